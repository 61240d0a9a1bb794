import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './platform/theme/global.css';

import { ApolloProvider } from '@apollo/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './platform/apollo';
import { i18nReady } from './platform/i18n';
import { router } from './platform/router/router';
import { ThemeProvider } from './platform/theme/ThemeProvider';

const client = createApolloClient();

// At once in Vietnamese; in English once its texts have arrived (platform/i18n).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <ThemeProvider>
          <RouterProvider router={router} />
        </ThemeProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
