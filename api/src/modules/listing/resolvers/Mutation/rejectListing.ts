import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const rejectListing: MutationResolvers['rejectListing'] = (_p, { input }, ctx) =>
  service.reviewListing(ctx, 'REJECTED', input);
