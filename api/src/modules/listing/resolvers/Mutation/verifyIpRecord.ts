import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const verifyIpRecord: MutationResolvers['verifyIpRecord'] = (_p, { input }, ctx) =>
  service.verifyIpRecord(ctx, input);
