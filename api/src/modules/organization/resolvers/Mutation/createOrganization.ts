import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const createOrganization: MutationResolvers['createOrganization'] = (_parent, { input }, ctx) =>
  service.createOrganization(ctx, input);
