import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const resendVerificationEmail: MutationResolvers['resendVerificationEmail'] = (_parent, _args, ctx) =>
  service.resendVerificationEmail(ctx);
