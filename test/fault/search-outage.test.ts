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
import { reindex } from '../../api/src/modules/search/reindex';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { SEARCH, owner, published, type Owner } from '../kit/listings';

/**
 * This file runs its own Meilisearch so that it can stop and restart it without disturbing the others.
 */
let meili: EmbeddedMeiliHandle;
let meiliDir: string;
let port: number;
let app: TestApp;
let broker: Actor;
let seller: Owner;
const logger = createLogger('warn', 'fault');

beforeAll(async () => {
  meiliDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-meili-fault-'));
  meili = await startEmbeddedMeilisearch(meiliDir, logger);
  port = Number(new URL(meili.url).port);
  app = await startTestApp({
    env: { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, SEARCH_SYNC_POLL_MS: '200' },
  });
  broker = await app.world.broker();
  seller = await owner(app, broker);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await meili?.stop();
  fs.rmSync(meiliDir, { recursive: true, force: true });
});

/** The same address as before the outage; the port may need a moment to be free again. */
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

const client = () => new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
const indexName = () => app.searchSync.indexName;

async function indexedIds(): Promise<string[]> {
  const docs = await client()
    .index(indexName())
    .getDocuments({ limit: 1000, fields: ['id'] });
  return docs.results.map((d) => String(d.id));
}

describe('when Meilisearch is down', () => {
  it('keeps every write, searches from PostgreSQL saying so, and catches up without loss or duplicates', async () => {
    await meili.stop();

    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const l = await published(app, seller, broker, 'OFFER', {
        title: `Thiết bị lọc nước nhiễm mặn số ${i + 1}`,
        summary: 'Lọc nước giếng nhiễm mặn cho vùng ven biển.',
      });
      ids.push(l.id);
    }
    // Search still answers: from PostgreSQL, flagged as degraded.
    const degraded = (await app.client().ok(SEARCH, { q: 'loc nuoc nhiem man', pageSize: 100 })).search;
    expect(degraded.degraded).toBe(true);
    expect(degraded.totalCount).toBe(50);
    // The search page's result cards too, built from the listings meanwhile.
    const cards = (
      await app.client().ok(
        `query ($q: String) { search(query: $q, pageSize: 3) { degraded hits { titleHighlight
          card { id title anonymous organizationName province { code } priceNegotiable priceMin } } } }`,
        { q: 'loc nuoc nhiem man' },
      )
    ).search;
    expect(cards.degraded).toBe(true);
    expect(cards.hits).toHaveLength(3);
    for (const { card, titleHighlight } of cards.hits) {
      expect(ids).toContain(card.id);
      expect(titleHighlight).toBe(card.title);
      expect(card).toMatchObject({ anonymous: false, province: { code: 'ha-tinh' }, priceMin: 350_000_000 });
      expect(card.organizationName).toEqual(expect.any(String));
    }
    const filtered = (
      await app.client().ok(SEARCH, {
        q: 'loc nuoc',
        where: { sector: ['agriculture'], kind: ['OFFER'], province: ['ha-tinh'] },
        pageSize: 5,
      })
    ).search;
    expect(filtered).toMatchObject({ degraded: true, totalCount: 50, pageCount: 10 });
    const otherSector = (await app.client().ok(SEARCH, { q: 'loc nuoc', where: { sector: ['health'] } }))
      .search;
    expect(otherSector.totalCount).toBe(0);
    expect(await app.searchSync.backlog()).toBeGreaterThanOrEqual(50);

    meili = await restartOnSamePort();
    await app.searchSync.flushAll(120_000);

    const indexed = await indexedIds();
    expect(indexed.sort()).toEqual([...ids].sort());
    expect(new Set(indexed).size).toBe(indexed.length);
    const r = (await app.client().ok(SEARCH, { q: 'loc nuoc nhiem man', pageSize: 100 })).search;
    expect(r.degraded).toBe(false);
    expect(r.totalCount).toBe(50);
    const failed = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from search_outbox where processed_at is null or attempts < 1`);
    expect(failed[0].n).toBe(0);
  }, 240_000);

  it('rebuilds the index while listings are being published, losing none of them', async () => {
    const before = await indexedIds();
    const written: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < 40; i++) {
        const l = await published(app, seller, broker, 'REQUEST', {
          title: `Nhu cầu máy bóc vỏ lạc đợt ${i}`,
        });
        written.push(l.id);
      }
    })();
    const progress: number[] = [];
    const result = await reindex(
      { orm: app.orm, search: client(), config: app.config },
      (p) => progress.push(p.done),
      10,
    );
    writing = false;
    await writer;
    await app.searchSync.flushAll(120_000);
    expect(result.indexed).toBeGreaterThanOrEqual(before.length);
    expect(progress.at(-1)).toBe(result.indexed);
    const indexed = new Set(await indexedIds());
    for (const id of [...before, ...written]) expect(indexed.has(id)).toBe(true);
    expect(indexed.size).toBe(before.length + written.length);
    const indexes = await client().getIndexes({ limit: 100 });
    expect(indexes.results.map((i) => i.uid).filter((uid) => uid.includes('_rebuild_'))).toEqual([]);
  }, 240_000);
});
