import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const interests: QueryResolvers['interests'] = (_p, args, ctx) => service.listInterests(ctx, args);
