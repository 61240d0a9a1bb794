import type { Resolvers } from '../../../generated/graphql';
import { search } from './Query/search';
import { SearchHit } from './SearchHit';
import { searchSynonyms } from './Query/searchSynonyms';
import { savedSearches } from './Query/savedSearches';
import { saveSearchSynonym } from './Mutation/saveSearchSynonym';
import { deleteSearchSynonym } from './Mutation/deleteSearchSynonym';
import { saveSearch } from './Mutation/saveSearch';
import { updateSavedSearch } from './Mutation/updateSavedSearch';
import { deleteSavedSearch } from './Mutation/deleteSavedSearch';

export const searchResolvers: Resolvers = {
  Query: { search, searchSynonyms, savedSearches },
  SearchHit,
  Mutation: { saveSearchSynonym, deleteSearchSynonym, saveSearch, updateSavedSearch, deleteSavedSearch },
};
