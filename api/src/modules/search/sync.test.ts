import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { owner, published, type Owner } from '../../../../test/kit/listings';

/**
 * The outbox worker as it runs in the API (not `flushAll`, which the other suites use): it sends each
 * committed change at once, without waiting for Meilisearch to apply the previous one, and settles the
 * rows when their tasks succeed.
 */
let app: TestApp;
let broker: Actor;
let seller: Owner;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker);
}, 120_000);
afterAll(() => app?.close());

interface Row {
  listing_id: string;
  processed: boolean;
  leased: boolean;
  attempts: number;
  lag_ms: number | null;
}
const rowsOf = (ids: string[]) =>
  app.orm.em
    .fork()
    .getConnection()
    .execute<Row[]>(
      `select listing_id, processed_at is not null as processed, next_attempt_at > now() as leased,
              attempts, lag_ms
         from search_outbox where listing_id in (${ids.map(() => '?').join(',')}) order by id`,
      ids,
    );

const inIndex = async (ids: string[]) =>
  (
    await app.services.search
      .index(app.searchSync.indexName)
      .getDocuments({ filter: `id IN [${ids.map((id) => `"${id}"`).join(', ')}]`, fields: ['id'] })
  ).results.map((d) => String(d.id));

describe('the search outbox worker', () => {
  it('makes publications searchable by itself, each row settled once with its lag', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await published(app, seller, broker, 'OFFER', { title: `Máy sấy cà phê ${i + 1}` })).id);
    }
    // The worker was kicked by each commit: no flushAll here.
    await vi.waitFor(async () => expect((await rowsOf(ids)).every((r) => r.processed)).toBe(true), {
      timeout: 20_000,
      interval: 50,
    });
    const rows = await rowsOf(ids);
    expect(rows.map((r) => r.attempts)).toEqual(rows.map(() => 1));
    expect(rows.every((r) => r.lag_ms !== null && r.lag_ms >= 0)).toBe(true);
    expect((await inIndex(ids)).sort()).toEqual([...ids].sort());
  });

  it('leases the rows it sent, and hands them back when it stops before they are settled', async () => {
    await app.searchSync.stop();
    const { id } = await published(app, seller, broker, 'REQUEST', { title: 'Cần dây chuyền sấy mít' });
    expect(await rowsOf([id])).toMatchObject([{ processed: false, leased: false, attempts: 0 }]);

    // Sent, not waited for: leased, so that the next round (or another process) does not send it again.
    expect(await app.searchSync.sendBatch()).toBe(1);
    expect(await rowsOf([id])).toMatchObject([{ processed: false, leased: true, attempts: 0 }]);
    expect(await app.searchSync.sendBatch()).toBe(0);

    // A stopping worker does not know whether Meilisearch applied it: due again at once, no attempt counted.
    await app.searchSync.stop();
    expect(await rowsOf([id])).toMatchObject([{ processed: false, leased: false, attempts: 0 }]);

    void app.searchSync.start();
    await app.searchSync.flushAll();
    expect(await rowsOf([id])).toMatchObject([{ processed: true, attempts: 1 }]);
    expect(await inIndex([id])).toEqual([id]);
  });
});
