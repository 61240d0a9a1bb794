import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const auditLog: QueryResolvers['auditLog'] = (_p, args, ctx) => service.auditLog(ctx, args);
