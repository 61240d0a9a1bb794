import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const listingQuality: QueryResolvers['listingQuality'] = (_p, { listingId }, ctx) =>
  service.listingQuality(ctx, listingId);
