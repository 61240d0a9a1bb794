import type { SearchHitResolvers } from '../../../generated/graphql';
import { cardFromListing } from '../card';

export const SearchHit: SearchHitResolvers = {
  // From the index document; a hit read from PostgreSQL (degraded search, or a document indexed before
  // cards) builds the same card from its listing.
  card: async (hit) => {
    if (hit.card) return hit.card;
    const listing = hit.listing;
    if (!listing) throw new Error('search hit without card or listing');
    const org = listing.content.anonymous
      ? null
      : await listing.organization.loadOrFail({ dataloader: true });
    return cardFromListing(listing, org?.name ?? null);
  },
  listing: (hit) => {
    // The service reads listings whenever the query names `listing`.
    if (!hit.listing) throw new Error('search hit without its listing');
    return hit.listing;
  },
};
