import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const createSector: MutationResolvers['createSector'] = (_p, { input }, ctx) =>
  service.createSector(ctx, input);
