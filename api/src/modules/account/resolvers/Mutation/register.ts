import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const register: MutationResolvers['register'] = (_parent, { input }, ctx) =>
  service.register(ctx, input);
