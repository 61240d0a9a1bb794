import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const updateListing: MutationResolvers['updateListing'] = (_p, { input }, ctx) =>
  service.updateListing(ctx, input);
