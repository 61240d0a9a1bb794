import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';
import { ApolloProvider } from '@apollo/client';
import type { ReactNode } from 'react';
import { StrictMode, useEffect } from 'react';
import { ThemeProvider } from './theme/ThemeProvider';

/** What wraps the router, the same in the browser (main.tsx) and on the server (entry-server.tsx). */
export function AppRoot({
  client,
  children,
  onMounted,
}: {
  client: ApolloClient<NormalizedCacheObject>;
  children: ReactNode;
  /** Called once the first render is committed, after every effect of the page (main.tsx). */
  onMounted?: () => void;
}) {
  // AppRoot's own effect runs after those of everything inside it.
  useEffect(() => onMounted?.(), [onMounted]);
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        <ThemeProvider>{children}</ThemeProvider>
      </ApolloProvider>
    </StrictMode>
  );
}
