import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const answerComplaint: MutationResolvers['answerComplaint'] = (_p, { input }, ctx) =>
  service.answerComplaint(ctx, input);
