import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const saveSearchSynonym: MutationResolvers['saveSearchSynonym'] = (_p, { input }, ctx) =>
  service.saveSynonym(ctx, input);
