import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const listings: QueryResolvers['listings'] = (_p, args, ctx) => service.listListings(ctx, args);
