import { definePolicy, isBroker, roleIn, type Viewer } from '../../platform/policy';
import type { Listing } from '../listing/entities';
import type { BrokeringCase, Interest } from './entities';

const inOrg = (v: Viewer | null, orgId: string) => roleIn(v, orgId) !== null;
const ownsListing = (v: Viewer | null, i: Interest) => inOrg(v, i.listing.getEntity().organization.id);
/** The requester or a counterpart introduced into the case. */
const isParty = (v: Viewer | null, c: BrokeringCase) =>
  inOrg(v, c.requester.id) || c.counterpartIds.some((id) => inOrg(v, id));

/** Who may do what with interests, cases and complaints. Staff = brokers and admins. */
export const brokeringPolicy = definePolicy({
  'interest:express': (v, organizationId: string) => inOrg(v, organizationId),
  'interest:view': (v, i: Interest) => isBroker(v) || inOrg(v, i.organization.id) || ownsListing(v, i),
  'interest:answer': (v, i: Interest) => ownsListing(v, i),
  'interest:withdraw': (v, i: Interest) => inOrg(v, i.organization.id),
  /** The interested organisation's contact person: the owner once accepted, and brokers. */
  'interest:viewContact': (v, i: Interest) =>
    isBroker(v) || inOrg(v, i.organization.id) || (ownsListing(v, i) && i.status === 'ACCEPTED'),
  'listing:quality': (v, l: Listing) => isBroker(v) || inOrg(v, l.organization.id),
  'case:open': (v, organizationId: string) => inOrg(v, organizationId),
  'case:view': (v, c: BrokeringCase) => isBroker(v) || isParty(v, c),
  /** Stage changes, assignment, internal notes, meetings, closing. */
  'case:manage': (v, _c: BrokeringCase) => isBroker(v),
  'case:message': (v, c: BrokeringCase) => isBroker(v) || isParty(v, c),
  'case:withdraw': (v, c: BrokeringCase) => isBroker(v) || inOrg(v, c.requester.id),
  'case:rate': (v, c: BrokeringCase) => inOrg(v, c.requester.id),
  /** Internal notes are for staff only, never parties. */
  'case:viewInternal': (v, _c: BrokeringCase) => isBroker(v),
  'broker:work': (v, _: null) => isBroker(v),
});
