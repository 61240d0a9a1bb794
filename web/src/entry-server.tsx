/**
 * The server's render of the visitors' public pages (home, search, listing), built by
 * `vite build --ssr` into web/dist-ssr and called by the API (api/src/platform/http/ssr.ts): the page
 * arrives as HTML, painted before any JavaScript has run, and the browser takes it over (main.tsx,
 * hydrateRoot) with the data this render read, without asking for it again.
 *
 * Only visitors' pages are rendered here (signed-in people get the app's shell and their own data), in
 * Vietnamese (a browser where English was chosen renders the page itself).
 */
import type { ReactElement } from 'react';
import { getMarkupFromTree } from '@apollo/client/react/ssr';
import { onError } from '@apollo/client/link/error';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppRoot } from './platform/AppRoot';
import { createApolloClient } from './platform/apollo';
import { i18nReady } from './platform/i18n';
import { routes } from './platform/router/router';
import type { SsrState } from './platform/ssr/state';
import { SSR_STATE_ID } from './platform/ssr/state';

/** The source module of each page rendered here: the server sends its styles and scripts with the HTML. */
export const PAGE_MODULES: Record<'home' | 'search' | 'listing', string> = {
  home: 'src/modules/home/pages/HomePage.tsx',
  search: 'src/modules/search/pages/SearchPage.tsx',
  listing: 'src/modules/listing/pages/ListingPage.tsx',
};

export interface RenderInput {
  /** Path and query string of the page, e.g. `/tim-kiem?q=may+say+lua`. */
  url: string;
  /** Where this render asks the API, e.g. `http://127.0.0.1:3000/graphql` (as a visitor, no cookie). */
  graphqlUrl: string;
}

export interface RenderOutput {
  /** The markup that goes inside `<div id="root">`. */
  html: string;
  /** The data block that goes after it: `<script type="application/json" id="…">…</script>`. */
  stateScript: string;
}

/**
 * Suspense boundaries (the lazily loaded page) are awaited, unlike renderToString's. An error inside one
 * would be left for the browser to render (with an inline script the Content-Security-Policy forbids):
 * it fails the render instead.
 */
async function toHtml(element: ReactElement): Promise<string> {
  let failure: unknown = null;
  const { prelude } = await prerenderToNodeStream(element, {
    // Every boundary inline, complete: a large one would otherwise be sent after the rest and swapped in
    // by an inline script, which the Content-Security-Policy (script-src 'self') forbids.
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    onError(error) {
      failure ??= error;
    },
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON that can sit inside a script element: nothing in it can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Renders one page, or returns null when it should not be served rendered: the router answered with a
 * redirect, or a request to the API failed (the browser then renders the page itself and shows the
 * error the usual way, rather than a page frozen with it).
 */
/** The routes, matched on the server; made once (it flattens and ranks every route). */
const handler = createStaticHandler(routes);

export async function render({ url, graphqlUrl }: RenderInput): Promise<RenderOutput | null> {
  await i18nReady;
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) return null;

  let failed = false;
  const client = createApolloClient({
    uri: graphqlUrl,
    ssrMode: true,
    links: [
      onError(() => {
        failed = true;
      }),
    ],
  });
  const router = createStaticRouter(handler.dataRoutes, context);
  const tree = (
    <AppRoot client={client}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppRoot>
  );
  try {
    const html = await getMarkupFromTree({ tree, renderFunction: toHtml });
    if (failed) return null;
    const state: SsrState = { apollo: client.extract(), language: 'vi' };
    return {
      html,
      stateScript: `<script type="application/json" id="${SSR_STATE_ID}">${scriptJson(state)}</script>`,
    };
  } finally {
    client.stop();
  }
}
