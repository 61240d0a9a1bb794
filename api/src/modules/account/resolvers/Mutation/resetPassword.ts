import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const resetPassword: MutationResolvers['resetPassword'] = (_parent, { input }, ctx) =>
  service.resetPassword(ctx, input);
