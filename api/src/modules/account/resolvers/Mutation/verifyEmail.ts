import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const verifyEmail: MutationResolvers['verifyEmail'] = (_parent, { input }, ctx) =>
  service.verifyEmail(ctx, input);
