import type { Resolvers } from '../../../generated/graphql';
import { auditLog } from './Query/auditLog';

export const auditResolvers: Resolvers = {
  Query: { auditLog },
};
