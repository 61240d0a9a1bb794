import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const interest: QueryResolvers['interest'] = (_p, { id }, ctx) => service.getInterest(ctx, id);
