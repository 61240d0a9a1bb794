import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const addCaseMeeting: MutationResolvers['addCaseMeeting'] = (_p, { input }, ctx) =>
  service.addCaseMeeting(ctx, input);
