import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const inviteMember: MutationResolvers['inviteMember'] = (_parent, { input }, ctx) =>
  service.inviteMember(ctx, input);
