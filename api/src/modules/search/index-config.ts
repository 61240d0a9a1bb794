import type { Meilisearch, Settings } from 'meilisearch';
import type { Config } from '../../platform/config';

/** The live index's name; tests and tenants get their own prefix. */
export const listingIndexName = (config: Pick<Config, 'MEILI_INDEX_PREFIX'>) =>
  `${config.MEILI_INDEX_PREFIX}listings`;

/** The bound on hits one query can page through (Meilisearch `maxTotalHits`). */
export const MAX_TOTAL_HITS = 1000;

/** The facets the search page shows, by GraphQL name = document attribute. */
export const FACETS = [
  'kind',
  'sector',
  'maturityStage',
  'ipStatus',
  'transferForm',
  'province',
  'organizationType',
  'priceBand',
] as const;
export type FacetName = (typeof FACETS)[number];

/**
 * Settings applied before any document arrives (settings changes on a full index re-index it).
 * Searchable attributes go from the most to the least telling: a word in the title or keywords beats
 * the same word deep in the description.
 */
export const LISTING_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'keywords',
    'sectorLabels',
    'summary',
    'advantages',
    'specification',
    'expectedResult',
    'description',
    'organizationName',
    'provinceName',
  ],
  displayedAttributes: ['*'],
  // `id`: saved-search alerts run each saved query restricted to the one listing just published.
  filterableAttributes: [...FACETS, 'trl', 'price', 'organizationId', 'id'],
  sortableAttributes: ['publishedAt', 'price', 'confirmedAt'],
  // Word proximity counted per field, not per word position: indexing 100,000 listings takes about a
  // third less time, and every publish is indexed sooner. The cost, a relevance trade-off: proximity then
  // only ranks "all words in one field" above "spread over fields", and a quoted phrase only requires
  // its words in the same field, not side by side.
  proximityPrecision: 'byAttribute',
  // Among equally good matches, listings their owners confirmed recently come first.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'confirmedAt:desc'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    // Codes and numbers must match exactly.
    disableOnAttributes: [],
    disableOnNumbers: true,
  },
  // Text is Vietnamese (with English terms); telling Meilisearch so keeps its tokenizer from guessing
  // another script's rules for short syllables.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie', 'eng'] }],
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  // Nobody searches inside facet values (the page lists them): not building that index makes indexing faster.
  facetSearch: false,
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
};

/** Creates the index if needed and applies the settings, waiting for both. */
export async function ensureListingIndex(
  client: Meilisearch,
  uid: string,
  synonyms: Record<string, string[]>,
) {
  const existing = await client
    .getIndex(uid)
    .then(() => true)
    .catch((e: { cause?: { code?: string } }) => {
      if (e?.cause?.code === 'index_not_found') return false;
      throw e;
    });
  if (!existing) {
    const created = await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    // Another caller (the worker's first batch, another process) may have created it in between.
    if (created.error?.code !== 'index_already_exists') await assertTask(Promise.resolve(created));
  }
  await assertTask(
    client
      .index(uid)
      .updateSettings({ ...LISTING_INDEX_SETTINGS, synonyms })
      // Changed settings re-index a full index: that can take minutes.
      .waitTask({ timeout: 600_000 }),
  );
}

/** Waits on a Meilisearch task and throws when it did not succeed. */
export async function assertTask(task: Promise<{ status: string; error?: { message: string } | null }>) {
  const done = await task;
  if (done.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? 'no detail'}`);
  }
  return done;
}

/** Broker synonym groups → Meilisearch's mutual synonym map (each term lists the others). */
export function synonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, Set<string>> = {};
  for (const group of groups) {
    const terms = group.map((t) => t.trim().toLowerCase()).filter(Boolean);
    for (const term of terms) {
      map[term] ??= new Set();
      for (const other of terms) if (other !== term) map[term].add(other);
    }
  }
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [...v]]));
}
