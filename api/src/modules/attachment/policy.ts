import { definePolicy, isBroker, roleIn } from '../../platform/policy';
import type { Attachment } from './entities';

/**
 * Who may do what with attachments. Staff = brokers and admins.
 * Reading also depends on the database (is a published listing showing it? has the reader's interest been
 * accepted?): `readAccess` and `mayReadConfidential` in service.ts combine these rules with those queries.
 */
export const attachmentPolicy = definePolicy({
  /** Upload for the organisation the viewer acts for. */
  'attachment:upload': (v, organizationId: string) => roleIn(v, organizationId) !== null,
  /** Any attachment, published or not, confidential or not: the owner organisation's members and staff. */
  'attachment:readPrivate': (v, a: Attachment) => isBroker(v) || roleIn(v, a.organization.id) !== null,
});
