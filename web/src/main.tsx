import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './platform/theme/global.css';

import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { AppRoot } from './platform/AppRoot';
import { createApolloClient } from './platform/apollo';
import { currentLanguage, i18nReady } from './platform/i18n';
import type { LazyPage } from './platform/router/lazyPage';
import { routes } from './platform/router/router';
import type { SsrState } from './platform/ssr/state';
import { whenPageCommitted } from './platform/ssr/takeOver';
import { SSR_STATE_ID } from './platform/ssr/state';

declare global {
  interface Window {
    /** Set by public/take-over.js on a page the server rendered. */
    tbTakeOver?: { done(): void };
  }
}

/** The data of a page the server rendered (visitors' home, search and listing pages), if it is one. */
function serverState(): SsrState | null {
  const block = document.getElementById(SSR_STATE_ID);
  if (!block?.textContent) return null;
  try {
    return JSON.parse(block.textContent) as SsrState;
  } catch {
    return null;
  }
}

const ssr = serverState();
const client = createApolloClient({ state: ssr?.apollo });
const router = createBrowserRouter(routes);

/** Fetches the code of the page at this URL, so that a server-rendered page is taken over in one pass. */
function preloadPage(): Promise<unknown> {
  const pages = (matchRoutes(routes, window.location) ?? []).map(
    (match) => (match.route.element as ReactElement<unknown, LazyPage> | undefined)?.type.preload,
  );
  return Promise.all(pages.map((preload) => (typeof preload === 'function' ? preload() : null))).catch(
    () => null,
  );
}

// At once in Vietnamese; in English once its texts have arrived (platform/i18n). As a transition, the
// first render is done in slices that leave the browser free in between, not as one long task.
void Promise.all([i18nReady, ssr ? preloadPage() : null]).then(() => {
  const container = document.getElementById('root')!;
  // Once the page the server rendered is the app's (its queries subscribed to what the server read),
  // queries may ask the network again: a second later, as Apollo's `ssrForceFetchDelay` would. The
  // page's loader (public/take-over.js) then does again the click that started the app, if one did.
  if (ssr)
    whenPageCommitted(() => {
      setTimeout(() => (client.prioritizeCacheValues = false), 1000);
      window.tbTakeOver?.done();
    });
  const app = (
    <AppRoot client={client}>
      <RouterProvider router={router} />
    </AppRoot>
  );
  // A page the server rendered in the language shown is taken over as it is (hydrated): nothing is
  // painted again. Otherwise (the app's placeholder, or English chosen in this browser) it is rendered.
  if (ssr && ssr.language === currentLanguage()) {
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    const root = createRoot(container);
    startTransition(() => root.render(app));
  }
});
