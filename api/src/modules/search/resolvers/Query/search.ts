import type { QueryResolvers } from '../../../../generated/graphql';
import { searchSelection } from '../../selection';
import * as service from '../../service';

export const search: QueryResolvers['search'] = (_p, args, ctx, info) =>
  service.search(ctx, args, searchSelection(info));
