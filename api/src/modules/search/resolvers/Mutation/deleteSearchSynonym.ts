import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const deleteSearchSynonym: MutationResolvers['deleteSearchSynonym'] = (_p, { input }, ctx) =>
  service.deleteSynonym(ctx, input);
