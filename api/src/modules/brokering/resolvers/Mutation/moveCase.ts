import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const moveCase: MutationResolvers['moveCase'] = (_p, { input }, ctx) => service.moveCase(ctx, input);
