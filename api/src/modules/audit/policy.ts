import { definePolicy, isAdmin } from '../../platform/policy';

/** Who may read the audit log: the department's IT administrators only. */
export const auditPolicy = definePolicy({
  'audit:view': (v, _: null) => isAdmin(v),
});
