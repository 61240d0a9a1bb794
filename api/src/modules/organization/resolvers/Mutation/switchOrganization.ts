import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const switchOrganization: MutationResolvers['switchOrganization'] = (_parent, { input }, ctx) =>
  service.switchOrganization(ctx, input);
