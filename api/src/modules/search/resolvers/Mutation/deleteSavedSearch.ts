import type { MutationResolvers } from '../../../../generated/graphql';
import * as savedSearches from '../../saved-searches';

export const deleteSavedSearch: MutationResolvers['deleteSavedSearch'] = (_p, { input }, ctx) =>
  savedSearches.deleteSavedSearch(ctx, input);
