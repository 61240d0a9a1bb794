import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const listing: QueryResolvers['listing'] = (_p, args, ctx) => service.getListing(ctx, args);
