import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const openCase: MutationResolvers['openCase'] = (_p, { input }, ctx) => service.openCase(ctx, input);
