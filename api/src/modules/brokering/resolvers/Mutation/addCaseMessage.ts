import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const addCaseMessage: MutationResolvers['addCaseMessage'] = (_p, { input }, ctx) =>
  service.addCaseMessage(ctx, input);
