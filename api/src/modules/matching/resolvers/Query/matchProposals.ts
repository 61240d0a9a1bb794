import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const matchProposals: QueryResolvers['matchProposals'] = (_p, args, ctx) =>
  service.listMatchProposals(ctx, args);
