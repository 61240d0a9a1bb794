import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const createListing: MutationResolvers['createListing'] = (_p, { input }, ctx) =>
  service.createListing(ctx, input);
