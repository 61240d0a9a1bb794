import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, expect, inject, it } from 'vitest';
import { ensureListingIndex } from './index-config';

/** Setting the index up is safe when two callers (the start-up and the worker's first batch) race. */
const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('meiliMasterKey') });
const uid = `listings_race_${randomUUID().slice(0, 8)}`;

afterAll(async () => {
  await client.deleteIndex(uid).waitTask();
});

it('creates the index once when two callers set it up at the same time', async () => {
  const synonyms = { 'máy sấy': ['máy làm khô'] };
  await Promise.all([ensureListingIndex(client, uid, synonyms), ensureListingIndex(client, uid, synonyms)]);
  const index = await client.getIndex(uid);
  expect(index.primaryKey).toBe('id');
  expect(await client.index(uid).getSynonyms()).toEqual(synonyms);
}, 60_000);
