import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const openCaseFromInterest: MutationResolvers['openCaseFromInterest'] = (_p, { input }, ctx) =>
  service.openCaseFromInterest(ctx, input);
