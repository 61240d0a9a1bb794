import type { MatchProposalResolvers } from '../../../generated/graphql';

/** A proposal as a broker (or, once introduced, an owner) reads it; reasons in the caller's language. */
export const MatchProposal: MatchProposalResolvers = {
  request: (p) => p.request.loadOrFail({ dataloader: true }),
  offer: (p) => p.offer.loadOrFail({ dataloader: true }),
  reasons: (p, _a, ctx) =>
    p.reasons.map((r) => ({
      criterion: r.criterion,
      text: ctx.lang === 'en' ? r.en : r.vi,
      points: r.points,
    })),
  dismissReason: (p) => p.dismissReason ?? null,
  caseId: (p) => p.caseId ?? null,
};
