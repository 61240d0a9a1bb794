import { definePolicy, isBroker, roleIn, type Viewer } from '../../platform/policy';
import type { Listing } from '../listing/entities';
import type { MatchProposal } from './entities';

const inOrg = (v: Viewer | null, l: Listing) => roleIn(v, l.organization.id) !== null;

/** Who may do what with match proposals. Staff = brokers and admins. */
export const matchingPolicy = definePolicy({
  /** Every proposal, in every status. */
  'match:viewAll': (v, _: null) => isBroker(v),
  /**
   * One proposal: staff; the owners of either listing only once a broker introduced it (until then a
   * proposal is the department's working note, and a dismissed one is none of the owners' business).
   */
  'match:view': (v, p: { proposal: MatchProposal; request: Listing; offer: Listing }) =>
    isBroker(v) || (p.proposal.status === 'INTRODUCED' && (inOrg(v, p.request) || inOrg(v, p.offer))),
  'match:dismiss': (v, _p: MatchProposal) => isBroker(v),
  'match:introduce': (v, _p: MatchProposal) => isBroker(v),
});
