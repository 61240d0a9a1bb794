import type { Resolvers } from '../../../generated/graphql';
import { listing } from './Query/listing';
import { listings } from './Query/listings';
import { reviewQueue } from './Query/reviewQueue';
import { sectors } from './Query/sectors';
import { createListing } from './Mutation/createListing';
import { updateListing } from './Mutation/updateListing';
import { submitListing } from './Mutation/submitListing';
import { publishListing } from './Mutation/publishListing';
import { requestListingChanges } from './Mutation/requestListingChanges';
import { rejectListing } from './Mutation/rejectListing';
import { withdrawListing } from './Mutation/withdrawListing';
import { markListingFulfilled } from './Mutation/markListingFulfilled';
import { renewListing } from './Mutation/renewListing';
import { verifyIpRecord } from './Mutation/verifyIpRecord';
import { createSector } from './Mutation/createSector';
import { updateSector } from './Mutation/updateSector';
import {
  Listing,
  ListingContent,
  ListingRevision,
  ListingReview,
  Sector,
  DongScalar,
  DateScalar,
} from './Listing';

export const listingResolvers: Resolvers = {
  Dong: DongScalar,
  Date: DateScalar,
  Query: { listing, listings, reviewQueue, sectors },
  Mutation: {
    createListing,
    updateListing,
    submitListing,
    publishListing,
    requestListingChanges,
    rejectListing,
    withdrawListing,
    markListingFulfilled,
    renewListing,
    verifyIpRecord,
    createSector,
    updateSector,
  },
  Listing,
  ListingContent,
  ListingRevision,
  ListingReview,
  Sector,
};
