import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';
import { recordView } from '../../../brokering/service';

export const listing: QueryResolvers['listing'] = async (_p, args, ctx) => {
  const found = await service.getListing(ctx, args);
  // Views feed the listing-quality figures; the public page asks by slug.
  if (found && args.slug) recordView(ctx, found);
  return found;
};
