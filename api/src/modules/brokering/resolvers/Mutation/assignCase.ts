import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const assignCase: MutationResolvers['assignCase'] = (_p, { input }, ctx) =>
  service.assignCase(ctx, input);
