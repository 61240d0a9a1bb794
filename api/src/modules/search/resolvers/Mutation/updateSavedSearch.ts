import type { MutationResolvers } from '../../../../generated/graphql';
import * as savedSearches from '../../saved-searches';
import { toSavedSearch } from '../SavedSearch';

export const updateSavedSearch: MutationResolvers['updateSavedSearch'] = async (_p, { input }, ctx) => {
  const r = await savedSearches.updateSavedSearch(ctx, input);
  return { savedSearch: r.savedSearch && toSavedSearch(r.savedSearch), errors: r.errors };
};
