import type { ComponentType } from 'react';
import { lazy } from 'react';

/**
 * A page whose code (and the libraries only it uses) is fetched the first time it is shown, so that
 * each page ships only what it needs. The layout shows `PageLoader` meanwhile (AppLayout's Suspense).
 * Make each one once, at module level: the same component in two routes keeps its state.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}
