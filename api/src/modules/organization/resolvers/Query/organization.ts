import type { QueryResolvers } from '../../../../generated/graphql';
import { getOrganization } from '../../service';

export const organization: QueryResolvers['organization'] = (_parent, { id }, ctx) =>
  getOrganization(ctx, id);
