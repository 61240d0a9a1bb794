import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const requestListingChanges: MutationResolvers['requestListingChanges'] = (_p, { input }, ctx) =>
  service.reviewListing(ctx, 'CHANGES_REQUESTED', input);
