import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const signIn: MutationResolvers['signIn'] = (_parent, { input }, ctx) => service.signIn(ctx, input);
