import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const declineInterest: MutationResolvers['declineInterest'] = (_p, { input }, ctx) =>
  service.declineInterest(ctx, input);
