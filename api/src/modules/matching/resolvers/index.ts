import type { Resolvers } from '../../../generated/graphql';
import { matchProposals } from './Query/matchProposals';
import { dismissMatch } from './Mutation/dismissMatch';
import { introduceMatch } from './Mutation/introduceMatch';
import { MatchProposal } from './MatchProposal';

export const matchingResolvers: Resolvers = {
  Query: { matchProposals },
  Mutation: { dismissMatch, introduceMatch },
  MatchProposal,
};
