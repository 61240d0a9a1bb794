import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const sectors: QueryResolvers['sectors'] = (_p, args, ctx) =>
  service.listSectors(ctx, args.includeInactive ?? false);
