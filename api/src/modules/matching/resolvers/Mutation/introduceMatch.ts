import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const introduceMatch: MutationResolvers['introduceMatch'] = (_p, { input }, ctx) =>
  service.introduceMatch(ctx, input);
