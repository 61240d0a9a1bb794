import type { Resolvers } from '../../../generated/graphql';
import { search } from './Query/search';
import { searchSynonyms } from './Query/searchSynonyms';
import { saveSearchSynonym } from './Mutation/saveSearchSynonym';
import { deleteSearchSynonym } from './Mutation/deleteSearchSynonym';

export const searchResolvers: Resolvers = {
  Query: { search, searchSynonyms },
  Mutation: { saveSearchSynonym, deleteSearchSynonym },
};
