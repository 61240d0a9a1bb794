import type { QueryResolvers } from '../../../../generated/graphql';
import { listUsers } from '../../service';

export const users: QueryResolvers['users'] = (_parent, args, ctx) => listUsers(ctx, args);
