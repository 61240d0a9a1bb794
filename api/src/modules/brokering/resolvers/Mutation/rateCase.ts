import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const rateCase: MutationResolvers['rateCase'] = (_p, { input }, ctx) => service.rateCase(ctx, input);
