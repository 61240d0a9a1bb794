import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const caseQuery: QueryResolvers['case'] = (_p, { id }, ctx) => service.getCase(ctx, id);
