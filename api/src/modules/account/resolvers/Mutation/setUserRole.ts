import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const setUserRole: MutationResolvers['setUserRole'] = (_parent, { input }, ctx) =>
  service.setUserRole(ctx, input);
