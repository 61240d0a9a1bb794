import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const updateSector: MutationResolvers['updateSector'] = (_p, { input }, ctx) =>
  service.updateSector(ctx, input);
