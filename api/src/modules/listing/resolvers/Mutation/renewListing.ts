import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const renewListing: MutationResolvers['renewListing'] = (_p, { input }, ctx) =>
  service.endOrRenew(ctx, 'renew', input);
