import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `fn` in one database transaction on this request's EntityManager (not a fork, so the
 * entities already loaded stay managed) and flushes once at the end. Native updates inside `fn`
 * join the same transaction; any error rolls everything back.
 */
export async function inTransaction<R>(em: EntityManager, fn: () => Promise<R>): Promise<R> {
  await em.begin();
  try {
    const result = await fn();
    await em.commit(); // flushes, then commits
    return result;
  } catch (err) {
    await em.rollback();
    throw err;
  }
}
