import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const publishListing: MutationResolvers['publishListing'] = (_p, { input }, ctx) =>
  service.reviewListing(ctx, 'PUBLISHED', input);
