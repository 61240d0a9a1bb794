import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const requestPasswordReset: MutationResolvers['requestPasswordReset'] = (_parent, { input }, ctx) =>
  service.requestPasswordReset(ctx, input);
