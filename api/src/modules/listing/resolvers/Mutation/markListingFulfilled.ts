import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const markListingFulfilled: MutationResolvers['markListingFulfilled'] = (_p, { input }, ctx) =>
  service.endOrRenew(ctx, 'fulfil', input);
