import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { Config } from '../config';

/** The query-shape limits, read from the configuration (GRAPHQL_MAX_* in .env.example). */
export interface QueryLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
  /** Show the limit and the value found in the error message (never in production). */
  exposeLimits: boolean;
}

export function queryLimits(config: Config): QueryLimits {
  return {
    depth: config.GRAPHQL_MAX_DEPTH,
    aliases: config.GRAPHQL_MAX_ALIASES,
    directives: config.GRAPHQL_MAX_DIRECTIVES,
    tokens: config.GRAPHQL_MAX_TOKENS,
    cost: config.GRAPHQL_MAX_COST,
    exposeLimits: !config.isProduction,
  };
}

/** What a refused query is told when the limits are not exposed (production). */
export const HIDDEN_LIMIT_MESSAGE = 'Query validation error.';

/**
 * Query-shape limits from GraphQL Armor (Escape), checked while the document is validated, before
 * anything runs: a refused query runs no resolver and sends no SQL (beyond the session lookup that builds
 * the request context of a signed-in caller), and answers 400 GRAPHQL_VALIDATION_FAILED.
 *
 * - Depth counts fields on the longest path of the response (fragments flattened, so a fragment spread
 *   costs nothing by itself). `__schema` is not counted: introspection is off in production, and in
 *   development the IDE's introspection query must pass. `__type` is counted.
 * - Cost is Armor's estimate: objects 2, scalars 1, ×1.5 per level, × a literal `first`. A `first` passed as
 *   a variable is not seen here; `pageSize()` caps it at run time (100) before any SQL.
 * - Field suggestions ("Did you mean …") are masked by Armor's plugin as well as by Apollo's
 *   `hideSchemaDetailsFromClientErrors`.
 * - Tokens: Armor's Apollo max-tokens plugin parses in `parsingDidStart` and answers a refused (or merely
 *   malformed) document with HTTP 500 (graphql-armor issues #571, #751). graphql-js has the same limit built
 *   into its parser (`maxLexicalTokens`), which Apollo reports as a 400 GRAPHQL_PARSE_FAILED: that is
 *   used instead, and `maskLimitMessages` hides its count in production.
 */
export function graphqlLimits(config: Config): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const limits = queryLimits(config);
  const common = { exposeLimits: limits.exposeLimits, errorMessage: HIDDEN_LIMIT_MESSAGE };
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    maxTokens: { enabled: false },
    maxDepth: { ...common, n: limits.depth, flattenFragments: true, ignoreIntrospection: true },
    maxAliases: { ...common, n: limits.aliases },
    maxDirectives: { ...common, n: limits.directives },
    costLimit: { ...common, maxCost: limits.cost, flattenFragments: true, ignoreIntrospection: true },
  }).protect();
  return {
    plugins: [...armor.plugins, maskLimitMessages(limits)],
    validationRules: armor.validationRules,
    parseOptions: { maxLexicalTokens: limits.tokens },
  };
}

/** graphql-js names the token limit in its message; production says only that the query was refused. */
function maskLimitMessages(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          if (limits.exposeLimits) return;
          for (const error of errors) {
            if (/^Syntax Error: Document contains more th\w+ \d+ tokens/.test(error.message)) {
              error.message = `Syntax Error: ${HIDDEN_LIMIT_MESSAGE}`;
            }
          }
        },
      };
    },
  };
}
