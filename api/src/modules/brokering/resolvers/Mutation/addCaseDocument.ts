import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const addCaseDocument: MutationResolvers['addCaseDocument'] = (_p, { input }, ctx) =>
  service.addCaseDocument(ctx, input);
