import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const search: QueryResolvers['search'] = (_p, args, ctx) => service.search(ctx, args);
