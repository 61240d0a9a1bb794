import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const brokerDashboard: QueryResolvers['brokerDashboard'] = (_p, _args, ctx) =>
  service.brokerDashboard(ctx);
