import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const updateProfile: MutationResolvers['updateProfile'] = (_parent, { input }, ctx) =>
  service.updateProfile(ctx, input);
