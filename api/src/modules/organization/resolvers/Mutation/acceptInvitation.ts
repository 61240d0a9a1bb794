import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const acceptInvitation: MutationResolvers['acceptInvitation'] = (_parent, { input }, ctx) =>
  service.acceptInvitation(ctx, input);
