import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { currentLanguage } from './i18n';

/**
 * The one Apollo Client of the app. The session is an HttpOnly cookie set by the server: the app never
 * sees a token, it only sends the cookie back (same origin). Every request says which language the
 * answer's messages should be in.
 */
export function createApolloClient() {
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': currentLanguage() },
    }));
    return forward(operation);
  });

  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The server runs Apollo's CSRF prevention: this header makes every request preflighted.
    headers: { 'apollo-require-preflight': 'true' },
  });

  return new ApolloClient({
    link: ApolloLink.from([languageLink, httpLink]),
    cache: new InMemoryCache({
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
    }),
  });
}
