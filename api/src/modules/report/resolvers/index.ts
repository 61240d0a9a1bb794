import type { Resolvers } from '../../../generated/graphql';
import { publicStatistics } from './Query/publicStatistics';
import { statisticsRecords } from './Query/statisticsRecords';
import { brokerDashboard } from './Query/brokerDashboard';
import { periodReport } from './Query/periodReport';

export const reportResolvers: Resolvers = {
  Query: { publicStatistics, statisticsRecords, brokerDashboard, periodReport },
};
