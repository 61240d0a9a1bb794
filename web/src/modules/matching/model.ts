import type { MatchStatus } from '../../generated/graphql';

/** The broker's match review, for every open proposal or for one listing's (`?tin=<listing id>`). */
export const MATCH_REVIEW_PATH = '/quan-tri/ghep-noi';
export const matchReviewPath = (listingId?: string | null) =>
  listingId ? `${MATCH_REVIEW_PATH}?tin=${encodeURIComponent(listingId)}` : MATCH_REVIEW_PATH;

export const MATCH_STATUSES: MatchStatus[] = ['PROPOSED', 'INTRODUCED', 'DISMISSED'];

export const LIMITS = { dismissReason: 1000, introduceNote: 2000 } as const;
