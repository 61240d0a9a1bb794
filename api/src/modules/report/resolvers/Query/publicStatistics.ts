import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const publicStatistics: QueryResolvers['publicStatistics'] = (_p, _args, ctx) =>
  service.publicStatistics(ctx);
