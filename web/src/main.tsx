import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './platform/theme/global.css';
import './platform/i18n';

import { ApolloProvider } from '@apollo/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './platform/apollo';
import { router } from './platform/router/router';
import { ThemeProvider } from './platform/theme/ThemeProvider';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <ThemeProvider>
        <RouterProvider router={router} />
      </ThemeProvider>
    </ApolloProvider>
  </StrictMode>,
);
