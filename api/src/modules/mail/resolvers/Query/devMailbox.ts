import type { QueryResolvers } from '../../../../generated/graphql';
import { listDevMail } from '../../service';

export const devMailbox: QueryResolvers['devMailbox'] = (_parent, args, ctx) => listDevMail(ctx, args);
