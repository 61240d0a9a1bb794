import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const withdrawInterest: MutationResolvers['withdrawInterest'] = (_p, { input }, ctx) =>
  service.withdrawInterest(ctx, input);
