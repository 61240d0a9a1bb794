import type { QueryResolvers } from '../../../../generated/graphql';

export const me: QueryResolvers['me'] = (_parent, _args, ctx) => ctx.viewer?.user ?? null;
