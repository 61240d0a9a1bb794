import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const verifyOrganization: MutationResolvers['verifyOrganization'] = (_parent, { input }, ctx) =>
  service.verifyOrganization(ctx, input);
