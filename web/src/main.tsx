import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './platform/theme/global.css';

import { ApolloProvider } from '@apollo/client';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './platform/apollo';
import { i18nReady } from './platform/i18n';
import { router } from './platform/router/router';
import { ThemeProvider } from './platform/theme/ThemeProvider';

const client = createApolloClient();

// At once in Vietnamese; in English once its texts have arrived (platform/i18n). As a transition, the
// first render is done in slices that leave the browser free in between, not as one long task.
void i18nReady.then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <ApolloProvider client={client}>
          <ThemeProvider>
            <RouterProvider router={router} />
          </ThemeProvider>
        </ApolloProvider>
      </StrictMode>,
    ),
  );
});
