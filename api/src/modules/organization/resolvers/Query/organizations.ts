import type { QueryResolvers } from '../../../../generated/graphql';
import { listOrganizations } from '../../service';

export const organizations: QueryResolvers['organizations'] = (_parent, args, ctx) =>
  listOrganizations(ctx, args);
