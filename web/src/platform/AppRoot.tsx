import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';
import { ApolloProvider } from '@apollo/client';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { ThemeProvider } from './theme/ThemeProvider';

/** What wraps the router, the same in the browser (main.tsx) and on the server (entry-server.tsx). */
export function AppRoot({
  client,
  children,
}: {
  client: ApolloClient<NormalizedCacheObject>;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        <ThemeProvider>{children}</ThemeProvider>
      </ApolloProvider>
    </StrictMode>
  );
}
