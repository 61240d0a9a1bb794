import { definePolicy, isBroker } from '../../platform/policy';

/** Who may see which reports. Public statistics need no rule: anyone may see them. Staff = brokers and admins. */
export const reportPolicy = definePolicy({
  /** The broker's work queue and on-time rates. */
  'report:dashboard': (v, _: null) => isBroker(v),
  /** Period reports (on screen and as spreadsheets) and the records behind any figure. */
  'report:view': (v, _: null) => isBroker(v),
});
