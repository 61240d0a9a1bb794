import type { ComponentType } from 'react';
import { createElement, lazy } from 'react';
import { loadAllMessages } from '../i18n';

/** A page component made by `lazyPage`, with a way to fetch its code ahead of rendering it. */
export type LazyPage = ComponentType & { preload: () => Promise<void> };

/**
 * A page whose code (and the libraries only it uses) is fetched the first time it is shown, so that
 * each page ships only what it needs. The layout shows `PageLoader` meanwhile (AppLayout's Suspense).
 * Make each one once, at module level: the same component in two routes keeps its state.
 *
 * The page shows once every text of the language is in (loadAllMessages), except the public pages
 * (`publicPage`: home, search, listing), which use only the texts shipped with the app.
 *
 * Once its code is in (`preload`, or a first render), the page renders at once, without suspending: a
 * page the server rendered is taken over in one pass (main.tsx preloads it before hydrating), instead of
 * its content waiting, and being rendered again, while the rest of the page is hydrated.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  { publicPage = false }: { publicPage?: boolean } = {},
): LazyPage {
  let loaded: ComponentType | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= Promise.all([load(), publicPage ? null : loadAllMessages()]).then(
      ([module]) => {
        loaded = module[name];
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(async (): Promise<{ default: ComponentType }> => {
    await preload();
    return { default: loaded! };
  });
  const Page = () => createElement(loaded ?? Lazy);
  Page.displayName = name;
  return Object.assign(Page, { preload });
}
