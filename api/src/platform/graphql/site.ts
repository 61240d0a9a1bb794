import type { Resolvers } from '../../generated/graphql';
import { findProvince, PROVINCES } from '../provinces';

/** Public facts about the exchange and the province list: shared by every feature. */
export const siteResolvers: Resolvers = {
  Query: {
    site: (_p, _a, ctx) => ({
      departmentName: ctx.lang === 'en' ? ctx.config.DEPARTMENT_NAME_EN : ctx.config.DEPARTMENT_NAME_VI,
      exchangeName: ctx.lang === 'en' ? ctx.config.EXCHANGE_NAME_EN : ctx.config.EXCHANGE_NAME_VI,
      province: findProvince(ctx.config.PROVINCE_CODE) ?? PROVINCES[0],
      logoUrl: ctx.config.LOGO_URL,
      devMailboxEnabled: ctx.config.devMailbox && !ctx.config.isProduction,
    }),
    provinces: (_p, _a, ctx) =>
      [...PROVINCES].sort((a, b) =>
        (ctx.lang === 'en' ? a.en : a.vi).localeCompare(ctx.lang === 'en' ? b.en : b.vi, ctx.lang),
      ),
  },
  Mutation: { ping: () => true },
  Province: {
    name: (p, _a, ctx) => (ctx.lang === 'en' ? p.en : p.vi),
  },
};
