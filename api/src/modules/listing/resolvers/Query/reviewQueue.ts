import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const reviewQueue: QueryResolvers['reviewQueue'] = (_p, args, ctx) => service.reviewQueue(ctx, args);
