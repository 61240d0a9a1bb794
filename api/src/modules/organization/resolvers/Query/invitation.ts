import type { QueryResolvers } from '../../../../generated/graphql';
import { findInvitationByToken } from '../../service';

export const invitation: QueryResolvers['invitation'] = (_parent, { token }, ctx) =>
  findInvitationByToken(ctx, token);
