import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const acceptInterest: MutationResolvers['acceptInterest'] = (_p, { input }, ctx) =>
  service.acceptInterest(ctx, input);
