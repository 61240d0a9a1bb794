import type { QueryResolvers } from '../../../../generated/graphql';
import { listSavedSearches } from '../../saved-searches';
import { toSavedSearch } from '../SavedSearch';

export const savedSearches: QueryResolvers['savedSearches'] = async (_p, _a, ctx) =>
  (await listSavedSearches(ctx)).map(toSavedSearch);
