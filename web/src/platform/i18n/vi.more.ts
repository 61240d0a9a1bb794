import * as account from '../../modules/account/i18n';
import * as admin from '../../modules/admin/i18n';
import * as mail from '../../modules/mail/i18n';
import * as organization from '../../modules/organization/i18n';

/**
 * The Vietnamese texts that the layout and the public pages (home, search, listing) do not use: a chunk
 * of their own, added to ./vi.ts before any other page shows (loadAllMessages in ./index.ts).
 */
export const viMore = {
  account: account.vi,
  organization: organization.vi,
  mail: mail.vi,
  admin: admin.vi,
};
