import type { EntityManager } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../../platform/config';
import type { Orm } from '../../platform/database/orm';
import { Listing } from '../listing/entities';
import { assertTask, ensureListingIndex, listingIndexName } from './index-config';
import { currentSynonyms, documentsFor, notifySearchChanged } from './sync';

export interface ReindexProgress {
  total: number;
  done: number;
}

/**
 * Rebuilds the listing index from PostgreSQL into a fresh index and swaps it in atomically; searches
 * keep answering from the old one meanwhile. Changes committed while it runs are not lost: every
 * outbox row written after the start is queued again once the new index is live.
 */
export async function reindex(
  deps: { orm: Orm; search: Meilisearch; config: Config },
  onProgress: (p: ReindexProgress) => void = () => undefined,
  batchSize = 500,
): Promise<{ indexed: number; index: string }> {
  const em = deps.orm.em.fork() as EntityManager;
  const conn = em.getConnection();
  const [mark] = await conn.execute<{ id: string }[]>(
    `select coalesce(max(id), 0)::text as id from search_outbox`,
  );
  const live = listingIndexName(deps.config);
  const fresh = `${live}_rebuild_${Date.now()}`;
  const synonyms = await currentSynonyms(em);
  await ensureListingIndex(deps.search, fresh, synonyms);
  const total = await em.count(Listing, { status: 'PUBLISHED' });
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  onProgress({ total, done });
  for (;;) {
    const page = await em
      .fork()
      .find(
        Listing,
        { status: 'PUBLISHED', id: { $gt: after } },
        { orderBy: { id: 'asc' }, limit: batchSize, fields: ['id'] },
      );
    if (!page.length) break;
    after = page.at(-1)!.id;
    const { documents } = await documentsFor(
      em.fork() as EntityManager,
      page.map((l) => l.id),
    );
    if (documents.length) {
      await assertTask(deps.search.index(fresh).addDocuments(documents).waitTask({ timeout: 300_000 }));
    }
    done += documents.length;
    onProgress({ total: Math.max(total, done), done });
  }
  await ensureListingIndex(deps.search, live, synonyms);
  await assertTask(deps.search.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask());
  await notifySearchChanged(em);
  await assertTask(deps.search.deleteIndex(fresh).waitTask());
  // Writes that landed during the rebuild may have gone to the old index only: replay them.
  await conn.execute(
    `insert into search_outbox (listing_id, created_at, attempts, next_attempt_at)
     select distinct listing_id, now(), 0, now() from search_outbox where id > ?::bigint`,
    [mark!.id],
  );
  return { indexed: done, index: live };
}
