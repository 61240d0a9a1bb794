import * as platform from './messages.en';
import * as home from '../../modules/home/i18n.en';
import * as account from '../../modules/account/i18n.en';
import * as organization from '../../modules/organization/i18n.en';
import * as mail from '../../modules/mail/i18n.en';
import * as admin from '../../modules/admin/i18n.en';
import * as listing from '../../modules/listing/i18n.en';
import * as search from '../../modules/search/i18n.en';
import * as brokering from '../../modules/brokering/i18n.en';
import * as matching from '../../modules/matching/i18n.en';
import * as notification from '../../modules/notification/i18n.en';
import * as report from '../../modules/report/i18n.en';
import type { Messages } from './types';
import type { vi } from './vi';
import type { viMore } from './vi.more';

/**
 * The English texts, in the shape of ./vi.ts and ./vi.more.ts together (the type check fails on a missing
 * key); one chunk, loaded when English is chosen.
 */
export const en: Messages<typeof vi & typeof viMore> = {
  ...platform.en,
  home: home.en,
  account: account.en,
  organization: organization.en,
  mail: mail.en,
  admin: admin.en,
  listing: listing.en,
  search: search.en,
  brokering: brokering.en,
  matching: matching.en,
  notification: notification.en,
  report: report.en,
  layout: {
    ...platform.en.layout,
    nav: {
      ...platform.en.layout.nav,
      ...brokering.en.nav,
      ...matching.en.nav,
      ...notification.en.nav,
      ...report.en.nav,
    },
  },
};
