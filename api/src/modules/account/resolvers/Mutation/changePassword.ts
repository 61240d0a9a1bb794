import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const changePassword: MutationResolvers['changePassword'] = (_parent, { input }, ctx) =>
  service.changePassword(ctx, input);
