import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const revokeInvitation: MutationResolvers['revokeInvitation'] = (_parent, { input }, ctx) =>
  service.revokeInvitation(ctx, input);
