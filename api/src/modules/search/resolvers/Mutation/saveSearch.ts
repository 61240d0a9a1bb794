import type { MutationResolvers } from '../../../../generated/graphql';
import * as savedSearches from '../../saved-searches';
import { toSavedSearch } from '../SavedSearch';

export const saveSearch: MutationResolvers['saveSearch'] = async (_p, { input }, ctx) => {
  const r = await savedSearches.saveSearch(ctx, input);
  return { savedSearch: r.savedSearch && toSavedSearch(r.savedSearch), errors: r.errors };
};
