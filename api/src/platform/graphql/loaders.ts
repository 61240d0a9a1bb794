import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

const registry = new WeakMap<EntityManager, Map<string, unknown>>();

/**
 * One instance per request (keyed by the request's EntityManager fork): DataLoaders and small caches
 * that batch what field resolvers ask for one row at a time, so a page costs the same few queries
 * whatever its size.
 */
export function perRequest<T>(em: EntityManager, key: string, create: () => T): T {
  let map = registry.get(em);
  if (!map) registry.set(em, (map = new Map()));
  if (!map.has(key)) map.set(key, create());
  return map.get(key) as T;
}

/** A DataLoader by id for one request; `fetch` returns the rows found, in any order. */
export function byIdLoader<T extends { id: string }>(
  em: EntityManager,
  key: string,
  fetch: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return perRequest(
    em,
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = new Map((await fetch(ids)).map((r) => [r.id, r]));
        return ids.map((id) => rows.get(id) ?? null);
      }),
  );
}
