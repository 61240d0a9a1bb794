import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const dismissMatch: MutationResolvers['dismissMatch'] = (_p, { input }, ctx) =>
  service.dismissMatch(ctx, input);
