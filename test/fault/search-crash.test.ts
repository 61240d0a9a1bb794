import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { createLogger } from '../../api/src/platform/logger';
import {
  startEmbeddedMeilisearch,
  type EmbeddedMeiliHandle,
} from '../../api/src/platform/embedded/meilisearch';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { completeContent, owner, sectorId, SEARCH, type Owner } from '../kit/listings';
import { call, pool, type CallResult } from './load';

/**
 * This file runs its own Meilisearch so that it can kill it (SIGKILL: no graceful shutdown, tasks in
 * flight, the sync worker mid-batch) and start it again on the same data and port.
 */
let meili: EmbeddedMeiliHandle;
let meiliDir: string;
let port: number;
let app: TestApp;
let brokers: Actor[];
let sellers: Owner[];
const logger = createLogger('warn', 'fault');

beforeAll(async () => {
  meiliDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-meili-crash-'));
  meili = await startEmbeddedMeilisearch(meiliDir, logger);
  port = Number(new URL(meili.url).port);
  app = await startTestApp({
    env: { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, SEARCH_SYNC_POLL_MS: '200' },
  });
  brokers = [await app.world.broker(), await app.world.broker()];
  sellers = [];
  for (let i = 0; i < 4; i++) sellers.push(await owner(app, brokers[0]!));
}, 120_000);

afterAll(async () => {
  await app?.close();
  await meili?.stop();
  fs.rmSync(meiliDir, { recursive: true, force: true });
});

async function restartOnSamePort(): Promise<EmbeddedMeiliHandle> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedMeilisearch(meiliDir, logger, { port });
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const TOTAL = 200;
const QUERY = 'loc nuoc nhiem phen';

describe('when Meilisearch is killed during a burst of writes', () => {
  it('keeps every acknowledged write and makes each searchable exactly once after it restarts', async () => {
    const sector = await sectorId(app);
    const acked = new Set<string>();
    const results: CallResult[] = [];
    const reads: CallResult[] = [];
    let next = 0;
    let killedAt = 0;
    let restartedAt = 0;
    let killing: Promise<void> | null = null;
    let restarting: Promise<void> | null = null;

    // Eight writers post and publish 200 listings; the crash comes when 60 are acknowledged, the restart
    // when 130 are, so writes land before, during and after the outage.
    const writers = pool(
      8,
      () => next >= TOTAL,
      async (lane) => {
        const i = next++;
        if (i >= TOTAL) return;
        const seller = sellers[lane % sellers.length]!;
        const broker = brokers[lane % brokers.length]!;
        const content = completeContent({
          sectorIds: [sector],
          title: `Bộ lọc nước nhiễm phèn mẫu ${i + 1}`,
          summary: 'Lọc nước giếng khoan nhiễm phèn, nhiễm mặn cho hộ gia đình vùng ven biển.',
        });
        const created = await call(
          seller.client,
          'create',
          { input: { kind: 'OFFER', content } },
          { payloadField: 'createListing' },
        );
        results.push(created);
        if (created.outcome !== 'ok') return;
        const id = created.data.createListing.listing.id as string;
        const submitted = await call(seller.client, 'submit', { id }, { payloadField: 'submitListing' });
        results.push(submitted);
        if (submitted.outcome !== 'ok') return;
        const publishedR = await call(broker.client, 'publish', { id }, { payloadField: 'publishListing' });
        results.push(publishedR);
        if (publishedR.outcome !== 'ok') return;
        acked.add(id);
        if (acked.size >= 60 && !killing) {
          killedAt = Date.now();
          killing = meili.kill();
        }
        if (acked.size >= 130 && killing && !restarting) {
          restarting = killing.then(async () => {
            meili = await restartOnSamePort();
            restartedAt = Date.now();
          });
        }
      },
    );
    // Meanwhile visitors search: answered throughout, from PostgreSQL while Meilisearch is gone.
    let writing = true;
    const readers = pool(
      2,
      () => !writing,
      async () => {
        reads.push(await call(app.client(), 'search', { q: QUERY }));
        await new Promise((r) => setTimeout(r, 50));
      },
    );
    await writers;
    writing = false;
    await readers;
    await restarting;
    expect(killedAt).toBeGreaterThan(0);
    expect(restartedAt).toBeGreaterThan(killedAt);

    // Every write was acknowledged: none of them needed Meilisearch.
    expect(results.filter((r) => r.outcome !== 'ok').map((r) => `${r.op}: ${r.body}`)).toEqual([]);
    expect(acked.size).toBe(TOTAL);
    expect(reads.filter((r) => r.outcome !== 'ok').map((r) => r.body)).toEqual([]);
    expect(reads.some((r) => r.data.search.degraded)).toBe(true);

    // The worker catches up after the restart.
    await app.searchSync.flushAll(120_000);
    const caughtUp = Date.now() - restartedAt;

    // In PostgreSQL: each once, published.
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ id: string; status: string }>>(
        `select id, status from listings where content->>'title' like 'Bộ lọc nước nhiễm phèn mẫu %'`,
      );
    expect(rows).toHaveLength(TOTAL);
    expect(new Set(rows.map((r) => r.id))).toEqual(acked);
    expect(rows.every((r) => r.status === 'PUBLISHED')).toBe(true);

    // In the index: each acknowledged listing once, nothing else.
    const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
    const docs = await client.index(app.searchSync.indexName).getDocuments({ limit: 10_000, fields: ['id'] });
    const indexed = docs.results.map((d) => String(d.id));
    expect(indexed).toHaveLength(TOTAL);
    expect(new Set(indexed)).toEqual(acked);

    // And through the API: searchable, not degraded, every hit once across the pages.
    const seen: string[] = [];
    for (let page = 1; page <= 10; page++) {
      const r = (await app.client().ok(SEARCH, { q: QUERY, page, pageSize: 50 })).search;
      expect(r.degraded).toBe(false);
      expect(r.totalCount).toBe(TOTAL);
      seen.push(...r.hits.map((h: { listing: { id: string } }) => h.listing.id));
      if (page >= r.pageCount) break;
    }
    expect(seen).toHaveLength(TOTAL);
    expect(new Set(seen)).toEqual(acked);

    // The crash did hit the worker: some rows failed at least once and were retried.
    const [outbox] = await app.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ pending: number; retried: number }>>(
        `select count(*) filter (where processed_at is null)::int as pending,
                count(*) filter (where attempts > 1)::int as retried
           from search_outbox where listing_id in (${[...acked].map(() => '?').join(',')})`,
        [...acked],
      );
    expect(outbox!.pending).toBe(0);
    expect(outbox!.retried).toBeGreaterThan(0);
    console.info(
      `Meilisearch crash: ${results.length} writes, killed after 60 acknowledged, down ` +
        `${restartedAt - killedAt} ms, ${outbox!.retried} outbox rows retried, index caught up ${caughtUp} ms after restart`,
    );
  }, 180_000);
});
