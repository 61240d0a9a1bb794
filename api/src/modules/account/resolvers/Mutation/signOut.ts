import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const signOut: MutationResolvers['signOut'] = (_parent, { input }, ctx) => service.signOut(ctx, input);
