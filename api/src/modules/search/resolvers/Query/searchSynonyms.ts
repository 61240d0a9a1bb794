import type { QueryResolvers } from '../../../../generated/graphql';
import * as service from '../../service';

export const searchSynonyms: QueryResolvers['searchSynonyms'] = (_p, _a, ctx) => service.listSynonyms(ctx);
