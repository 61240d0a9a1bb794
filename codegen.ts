import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates from the SDL in schema/ (never from a running server):
 * - api/src/generated/graphql.ts: resolver types, mapped to our entities, with the typed context;
 * - web/src/generated/: typed documents for the operations written with `graphql()` in web/src.
 * Generated files are committed; `pnpm codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        makeResolverTypeCallable: true,
        mapperTypeSuffix: 'Model',
        contextType: '../platform/graphql/context.js#GraphQLContext',
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          Dong: { input: 'number', output: 'number' },
          Date: { input: 'string', output: 'string' },
        },
        mappers: {
          User: '../modules/account/entities.js#User',
          Organization: '../modules/organization/entities.js#Organization',
          Membership: '../modules/organization/entities.js#Membership',
          Invitation: '../modules/organization/entities.js#Invitation',
          DevMail: '../modules/mail/entities.js#DevMail',
          Province: '../platform/provinces.js#ProvinceRecord',
          Listing: '../modules/listing/entities.js#Listing',
          ListingContent: '../modules/listing/content.js#ContentView',
          IpRecord: '../modules/listing/entities.js#IpRecordData',
          ListingRevision: '../modules/listing/entities.js#ListingRevision',
          ListingReview: '../modules/listing/entities.js#ListingReview',
          Sector: '../modules/listing/entities.js#Sector',
          Attachment: '../modules/attachment/entities.js#Attachment',
          SearchSynonym: '../modules/search/entities.js#SearchSynonym',
          Notification: '../modules/notification/entities.js#Notification',
          Interest: '../modules/brokering/entities.js#Interest',
          BrokeringCase: '../modules/brokering/entities.js#BrokeringCase',
          CaseEvent: '../modules/brokering/entities.js#CaseEvent',
          Complaint: '../modules/brokering/entities.js#Complaint',
          MatchProposal: '../modules/matching/entities.js#MatchProposal',
          SearchHit: '../modules/search/service.js#SearchHitModel',
          SearchResults: '../modules/search/service.js#SearchResultsModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    'web/src/generated/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Dong: 'number', Date: 'string' },
      },
    },
  },
};

export default config;
