import type { MutationResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const fileComplaint: MutationResolvers['fileComplaint'] = (_p, { input }, ctx) =>
  service.fileComplaint(ctx, input);
