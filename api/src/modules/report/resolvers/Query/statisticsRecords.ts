import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const statisticsRecords: QueryResolvers['statisticsRecords'] = (_p, args, ctx) =>
  service.statisticsRecords(ctx, args);
