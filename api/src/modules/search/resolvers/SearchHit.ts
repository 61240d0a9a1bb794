import type { SearchHitResolvers } from '../../../generated/graphql';
import type { Listing } from '../../listing/entities';
import { cardFromListing } from '../card';

/** The card of a hit read from PostgreSQL: its organisation's name through the request's loader. */
async function cardOfListing(listing: Listing | null) {
  if (!listing) throw new Error('search hit without card or listing');
  const org = listing.content.anonymous ? null : await listing.organization.loadOrFail({ dataloader: true });
  return cardFromListing(listing, org?.name ?? null);
}

export const SearchHit: SearchHitResolvers = {
  // From the index document, returned as it is: not a promise, so graphql-js completes the hit's fields
  // without a Promise.all per hit (an async resolver here cost every hit of every search that). A hit read
  // from PostgreSQL (degraded search, or a document indexed before cards) builds the same card from its
  // listing.
  card: (hit) => hit.card ?? cardOfListing(hit.listing),
  listing: (hit) => {
    // The service reads listings whenever the query names `listing`.
    if (!hit.listing) throw new Error('search hit without its listing');
    return hit.listing;
  },
};
