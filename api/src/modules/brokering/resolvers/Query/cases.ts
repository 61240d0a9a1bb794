import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const cases: QueryResolvers['cases'] = (_p, args, ctx) => service.listCases(ctx, args);
