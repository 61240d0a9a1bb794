import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const updateOrganization: MutationResolvers['updateOrganization'] = (_parent, { input }, ctx) =>
  service.updateOrganization(ctx, input);
