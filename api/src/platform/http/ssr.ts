import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type express from 'express';
import { parse as parseCookie } from 'cookie';
import { sessionCookieName } from '../../modules/account/sessions';
import type { AppServices } from '../graphql/context';

/** What web/dist-ssr/entry-server.js exports (web/src/entry-server.tsx). */
interface ServerEntry {
  PAGE_MODULES: Record<PublicPage, string>;
  render(input: { url: string; graphqlUrl: string }): Promise<{ html: string; stateScript: string } | null>;
}

type PublicPage = 'home' | 'search' | 'listing';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** A rendered page: what replaces the app's placeholder in `<div id="root">`, and what its page chunk needs. */
export interface RenderedPage {
  root: string;
  /** The page chunk's styles, needed before the first paint. */
  styles: string[];
  /** The page chunk's scripts and those it imports, fetched with the app's after the first paint. */
  scripts: string[];
}

export type PageRenderer = (req: express.Request) => Promise<RenderedPage | null>;

/** A page the server renders: the visitors' home, search and listing pages. */
function publicPage(pathname: string): PublicPage | null {
  if (pathname === '/') return 'home';
  if (pathname === '/tim-kiem' || pathname === '/tim-kiem/') return 'search';
  if (/^\/cong-nghe\/[a-z0-9-]+\/?$/.test(pathname)) return 'listing';
  return null;
}

/** Where this server can be reached by itself: the address and port the request came in on. */
function selfGraphqlUrl(req: express.Request): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}/graphql`;
}

/**
 * Server rendering of the visitors' public pages (home, search, listing), so that a phone paints the page
 * with its HTML instead of after downloading and running the app: the built render
 * (`web/dist-ssr/entry-server.js`) asks this same server's GraphQL endpoint as a visitor (answers the
 * public cache already keeps), and the page's chunks and styles (from Vite's manifest) are announced in
 * `<head>` so they load in parallel. Signed-in people, other pages and any render that fails or takes
 * longer than `timeoutMs` get the app's usual shell: rendering is an optimisation, never a requirement.
 *
 * Returns null when the render was not built (`vite build --ssr`, part of the web build).
 */
export function pageRenderer(app: AppServices, distDir: string, timeoutMs = 3000): PageRenderer | null {
  const entryFile = path.join(path.dirname(distDir), 'dist-ssr', 'entry-server.js');
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(entryFile) || !fs.existsSync(manifestFile)) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const cookieName = sessionCookieName(app.config);
  let entry: Promise<ServerEntry> | null = null;
  const load = () => (entry ??= import(pathToFileURL(entryFile).href) as Promise<ServerEntry>);
  const assets = new Map<PublicPage, { styles: string[]; scripts: string[] }>();

  /** The page chunk's scripts and styles, and those of the chunks it imports. */
  function assetsFor(page: PublicPage, entryModule: ServerEntry) {
    const known = assets.get(page);
    if (known) return known;
    const scripts = new Set<string>();
    const styles = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || scripts.has(chunk.file)) return;
      scripts.add(chunk.file);
      for (const css of chunk.css ?? []) styles.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(entryModule.PAGE_MODULES[page]);
    const found = { styles: [...styles].map((f) => `/${f}`), scripts: [...scripts].map((f) => `/${f}`) };
    assets.set(page, found);
    return found;
  }

  return async (req) => {
    const page = publicPage(req.path);
    if (!page || req.method !== 'GET') return null;
    if (req.headers.cookie !== undefined && parseCookie(req.headers.cookie)[cookieName]) return null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const entryModule = await load();
      const rendered = await Promise.race([
        entryModule.render({ url: req.originalUrl, graphqlUrl: selfGraphqlUrl(req) }),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), timeoutMs);
        }),
      ]);
      if (!rendered) return null;
      return { ...assetsFor(page, entryModule), root: `${rendered.html}</div>${rendered.stateScript}` };
    } catch (error) {
      app.logger.warn({ err: error, url: req.originalUrl }, 'server rendering failed; sending the app shell');
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}

const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Puts a rendered page into the app's index.html, or returns null when the placeholder or the app's
 * script is not where Vite puts them. The page's styles stay in `<head>`; the app's scripts (and the
 * page chunk's) are left to `/take-over.js` (web/public), which fetches them once the page has loaded and
 * runs them when someone starts using the page.
 */
export function withRenderedPage(html: string, page: RenderedPage): string | null {
  const placeholder = /<div id="root">\s*<!--tb-boot:start-->[\s\S]*?<!--tb-boot:end-->\s*<\/div>/;
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry || !placeholder.test(html)) return null;
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const scripts = [...new Set([...preloads, ...page.scripts])].filter((f) => f !== entry);
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const head = [
    ...page.styles
      .filter((f) => !html.includes(`href="${f}"`))
      .map((f) => `<link rel="stylesheet" crossorigin href="${attr(f)}">`),
    `<script defer src="/take-over.js" data-entry="${attr(entry)}" data-preload="${attr(scripts.join(' '))}"></script>`,
  ].join('\n    ');
  return html
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(placeholder, () => `<div id="root">${page.root}`)
    .replace('</head>', () => `    ${head}\n  </head>`);
}
