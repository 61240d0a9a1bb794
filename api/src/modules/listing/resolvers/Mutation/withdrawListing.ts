import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const withdrawListing: MutationResolvers['withdrawListing'] = (_p, { input }, ctx) =>
  service.endOrRenew(ctx, 'withdraw', input);
