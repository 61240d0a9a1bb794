import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const removeMember: MutationResolvers['removeMember'] = (_parent, { input }, ctx) =>
  service.removeMember(ctx, input);
