import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const periodReport: QueryResolvers['periodReport'] = (_p, args, ctx) =>
  service.periodReport(ctx, args);
