import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const expressInterest: MutationResolvers['expressInterest'] = (_p, { input }, ctx) =>
  service.expressInterest(ctx, input);
