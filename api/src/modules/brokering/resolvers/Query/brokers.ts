import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const brokers: QueryResolvers['brokers'] = (_p, _a, ctx) => service.listBrokers(ctx);
