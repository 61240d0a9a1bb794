import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const submitListing: MutationResolvers['submitListing'] = (_p, { input }, ctx) =>
  service.submitListing(ctx, input);
