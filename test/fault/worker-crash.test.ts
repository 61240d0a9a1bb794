import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { initOrm } from '../../api/src/platform/database/orm';
import { createLogger } from '../../api/src/platform/logger';
import { SearchSync } from '../../api/src/modules/search/sync';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { owner, published, SEARCH, WITHDRAW, type Owner } from '../kit/listings';

/**
 * The search outbox worker dies mid-batch: after Meilisearch has taken the documents, before the rows are
 * marked done. (The e-mail queue's counterpart is in api/src/platform/mail/mail-queue.test.ts.)
 */
let app: TestApp;
let broker: Actor;
let seller: Owner;
const logger = createLogger('silent', 'worker-crash');

beforeAll(async () => {
  app = await startTestApp();
  // This file drives the sync workers itself: the API's own one stays out of the way until "restart".
  await app.searchSync.stop();
  broker = await app.world.broker();
  seller = await owner(app, broker);
}, 120_000);
afterAll(() => app?.close());

const sql = <T = Record<string, unknown>>(q: string, params: unknown[] = []) =>
  app.orm.em.fork().getConnection().execute<T[]>(q, params);

/**
 * The Meilisearch client of a worker whose process dies right after its documents were indexed: once the
 * `addDocuments` task has succeeded, `die()` runs before the worker can mark its rows.
 */
function dyingAfterIndexing(real: Meilisearch, indexName: string, die: () => Promise<void>): Meilisearch {
  const bound = <T extends object>(target: T, prop: string | symbol) => {
    const value = Reflect.get(target, prop, target);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  return new Proxy(real, {
    get(target, prop) {
      if (prop !== 'index') return bound(target, prop);
      return (uid: string) => {
        const index = target.index(uid);
        if (uid !== indexName) return index;
        return new Proxy(index, {
          get(i, p) {
            if (p !== 'addDocuments') return bound(i, p);
            return (...args: Parameters<typeof i.addDocuments>) => {
              const enqueued = i.addDocuments(...args);
              const wait = enqueued.waitTask.bind(enqueued);
              // The client's promise has a read-only `waitTask`: hand out a copy with ours.
              const copy = enqueued.then((task) => task);
              Object.defineProperty(copy, 'waitTask', {
                value: async (...opts: Parameters<typeof wait>) => {
                  const task = await wait(...opts);
                  await die();
                  return task;
                },
              });
              return copy as typeof enqueued;
            };
          },
        });
      };
    },
  });
}

describe('when the search sync worker dies mid-batch', () => {
  it('indexes every listing once and settles every row after the restart', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      ids.push(
        (await published(app, seller, broker, 'OFFER', { title: `Máy ép viên nhiên liệu trấu số ${i + 1}` }))
          .id,
      );
    }
    expect(await app.searchSync.backlog()).toBe(30);

    // A worker in its own "process" (its own one-connection pool) claims 20 rows, sends their documents,
    // Meilisearch indexes them, and the process dies: its database session is killed before the rows are
    // marked, in the middle of the claiming transaction.
    const crashOrm = await initOrm({ databaseUrl: app.config.DATABASE_URL!, poolMax: 1 });
    let killed = 0;
    // The killer uses a plain connection: inside the worker's transaction, MikroORM's async context would
    // route even another ORM's queries to the worker's (single, busy) connection.
    const die = async () => {
      const killer = new pg.Client({ connectionString: app.config.DATABASE_URL! });
      await killer.connect();
      try {
        const { rows } = await killer.query<{ killed: boolean }>(
          `select pg_terminate_backend(pid) as killed from pg_locks
            where locktype = 'advisory' and objid = 7402001 and granted
              and database = (select oid from pg_database where datname = current_database())`,
        );
        killed += rows.filter((r) => r.killed).length;
      } finally {
        await killer.end();
      }
    };
    const real = new Meilisearch({ host: app.config.MEILI_URL!, apiKey: app.config.MEILI_MASTER_KEY! });
    const crashing = new SearchSync({
      orm: crashOrm,
      search: dyingAfterIndexing(real, app.searchSync.indexName, die),
      config: { ...app.config, SEARCH_SYNC_BATCH: 20 },
      logger,
    });
    await expect(crashing.drainBatch()).rejects.toThrow();
    await crashOrm.close(true).catch(() => undefined);
    expect(killed).toBe(1);

    // Meilisearch has the 20 documents; PostgreSQL still has all 30 rows to do, none counted as an attempt.
    const index = real.index(app.searchSync.indexName);
    const sent = await index.getDocuments({ limit: 1000, fields: ['id'] });
    expect(sent.results).toHaveLength(20);
    const pending = await sql<{ n: number; attempted: number }>(
      `select count(*)::int as n, count(*) filter (where attempts > 0)::int as attempted
         from search_outbox where processed_at is null`,
    );
    expect(pending[0]).toEqual({ n: 30, attempted: 0 });

    // Before the restart the owner withdraws one of the listings already sent: the newest state must win.
    const withdrawn = ids[3]!;
    const w = await seller.client.ok(WITHDRAW, { id: withdrawn });
    expect(w.withdrawListing.errors).toEqual([]);

    // The API's worker starts again and catches up.
    app.searchSync.start();
    await app.searchSync.flushAll(60_000);

    const indexed = (await index.getDocuments({ limit: 1000, fields: ['id'] })).results.map((d) =>
      String(d.id),
    );
    expect(indexed).toHaveLength(29);
    expect(new Set(indexed)).toEqual(new Set(ids.filter((id) => id !== withdrawn)));
    const rows = await sql<{ listing_id: string; attempts: number }>(
      `select listing_id, attempts from search_outbox where processed_at is null or attempts <> 1`,
    );
    expect(rows).toEqual([]);
    const r = (await app.client().ok(SEARCH, { q: 'may ep vien nhien lieu trau', pageSize: 100 })).search;
    expect(r.degraded).toBe(false);
    expect(r.totalCount).toBe(29);
    const hitIds = r.hits.map((h: { listing: { id: string } }) => h.listing.id);
    expect(new Set(hitIds).size).toBe(29);
    expect(hitIds).not.toContain(withdrawn);
  }, 120_000);
});
