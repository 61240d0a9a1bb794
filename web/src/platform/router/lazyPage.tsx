import type { ComponentType } from 'react';
import { lazy } from 'react';
import { loadAllMessages } from '../i18n';

/**
 * A page whose code (and the libraries only it uses) is fetched the first time it is shown, so that
 * each page ships only what it needs. The layout shows `PageLoader` meanwhile (AppLayout's Suspense).
 * Make each one once, at module level: the same component in two routes keeps its state.
 *
 * The page shows once every text of the language is in (loadAllMessages), except the public pages
 * (`publicPage`: home, search, listing), which use only the texts shipped with the app.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  { publicPage = false }: { publicPage?: boolean } = {},
): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => {
    const [module] = await Promise.all([load(), publicPage ? null : loadAllMessages()]);
    return { default: module[name] };
  });
}
