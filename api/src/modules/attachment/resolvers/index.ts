import type { Resolvers } from '../../../generated/graphql';
import { Attachment } from './Attachment';

export const attachmentResolvers: Resolvers = {
  Attachment,
};
