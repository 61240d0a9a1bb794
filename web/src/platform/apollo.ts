import type { NormalizedCacheObject } from '@apollo/client';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { currentLanguage } from './i18n';

/**
 * The one Apollo Client of the app. The session is an HttpOnly cookie set by the server: the app never
 * sees a token, it only sends the cookie back (same origin). Every request says which language the
 * answer's messages should be in.
 *
 * On the server (entry-server.tsx) it asks the API at `uri` as a visitor, in `ssrMode`; in the browser,
 * `state` is what that render read, so the first render shows the same page without asking again.
 */
export function createApolloClient({
  uri = '/graphql',
  ssrMode = false,
  state,
  links = [],
}: {
  uri?: string;
  ssrMode?: boolean;
  state?: NormalizedCacheObject;
  /** Links put before the app's own (the server watches for failed requests with one). */
  links?: ApolloLink[];
} = {}) {
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': currentLanguage() },
    }));
    return forward(operation);
  });

  const httpLink = new HttpLink({
    uri,
    credentials: 'same-origin',
    // The server runs Apollo's CSRF prevention: this header makes every request preflighted.
    headers: { 'apollo-require-preflight': 'true' },
  });

  const cache = new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['where']),
          devMailbox: relayStylePagination(['where']),
          listings: relayStylePagination(['where']),
          reviewQueue: relayStylePagination([]),
        },
      },
      // A listing's content has no id of its own: queries asking for different fields of it merge.
      ListingContent: { merge: true },
      // The same IP record (same id) can sit in the published content and in the pending changes,
      // verified in one and not in the other: each stays inside the content it belongs to.
      IpRecord: { keyFields: false },
      // Provinces are identified by their code; their names change with the language.
      Province: { keyFields: ['code'] },
      // There is one site.
      Site: { keyFields: [] },
    },
  });
  if (state) cache.restore(state);

  const client = new ApolloClient({
    link: ApolloLink.from([...links, languageLink, httpLink]),
    cache,
    ssrMode,
  });
  // While a server-rendered page is taken over, queries read what the server read instead of asking
  // again (even those that would normally go to the network): main.tsx lets them ask once the page is
  // the app's. Apollo's `ssrForceFetchDelay` counts from here instead, and a slow phone can take longer
  // than that to hydrate: the search was then fetched again and the page rendered twice.
  if (state) client.prioritizeCacheValues = true;
  return client;
}
