import type { Resolvers } from '../../../generated/graphql';
import { devMailbox } from './Query/devMailbox';

export const mailResolvers: Resolvers = {
  Query: { devMailbox },
  DevMail: { sentAt: (m) => m.createdAt },
};
