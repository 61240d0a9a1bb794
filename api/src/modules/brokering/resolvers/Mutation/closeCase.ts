import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const closeCase: MutationResolvers['closeCase'] = (_p, { input }, ctx) =>
  service.closeCase(ctx, input);
