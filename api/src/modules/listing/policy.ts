import { definePolicy, isAdmin, isBroker, roleIn } from '../../platform/policy';
import type { Listing } from './entities';

const orgId = (l: Listing) => l.organization.id;
const isMemberOf = (v: Parameters<typeof roleIn>[0], l: Listing) => roleIn(v, orgId(l)) !== null;

/** Statuses the public may see. */
export const PUBLIC_STATUSES = ['PUBLISHED'] as const;

/** Who may do what with listings. Staff = brokers and admins. */
export const listingPolicy = definePolicy({
  /** Any member acting for an organisation. */
  'listing:create': (v, organizationId: string) => roleIn(v, organizationId) !== null,
  'listing:view': (v, l: Listing) => l.status === 'PUBLISHED' || isBroker(v) || isMemberOf(v, l),
  /** Contact person, reviews, revisions, pending changes, the owner of an anonymous listing. */
  'listing:viewPrivate': (v, l: Listing) => isBroker(v) || isMemberOf(v, l),
  /** Confidential detail, test results, confidential documents (accepted interests join in a later issue). */
  'listing:viewConfidential': (v, l: Listing) => isBroker(v) || isMemberOf(v, l),
  'listing:edit': (v, l: Listing) =>
    isMemberOf(v, l) && !['REJECTED', 'WITHDRAWN', 'FULFILLED'].includes(l.status),
  'listing:submit': (v, l: Listing) => isMemberOf(v, l),
  'listing:review': (v, _l: Listing) => isBroker(v),
  'listing:withdraw': (v, l: Listing) => isBroker(v) || isMemberOf(v, l),
  'listing:fulfil': (v, l: Listing) => isBroker(v) || isMemberOf(v, l),
  'listing:renew': (v, l: Listing) => isMemberOf(v, l),
  'listing:verifyIp': (v, _l: Listing) => isBroker(v),
  'listing:viewAll': (v, _: null) => isBroker(v),
  'sector:manage': (v, _: null) => isAdmin(v),
  'synonym:manage': (v, _: null) => isBroker(v),
});
