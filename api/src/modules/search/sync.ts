import type { EntityManager } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import type { Orm } from '../../platform/database/orm';
import { findProvince } from '../../platform/provinces';
import { PUBLIC_DATA_CHANNEL, SEARCH_CHANGED } from '../../platform/public-cache';
import { Listing, Sector } from '../listing/entities';
import { maturityStage, priceBand, priceValue } from '../listing/content';
import { Organization } from '../organization/entities';
import { cardFieldsOf } from './card';
import { SearchOutbox, SearchSynonym } from './entities';
import { assertTask, ensureListingIndex, listingIndexName, synonymMap } from './index-config';

/** What Meilisearch holds for one published listing: public fields only, never confidential ones. */
export interface ListingDocument {
  id: string;
  slug: string;
  kind: string;
  title: string;
  summary: string;
  description: string;
  advantages: string;
  specification: string;
  expectedResult: string;
  keywords: string[];
  sector: string[];
  sectorLabels: string[];
  maturityStage: string | null;
  trl: number | null;
  ipStatus: string[];
  ipVerified: boolean;
  transferForm: string[];
  province: string | null;
  provinceName: string | null;
  organizationId: string | null;
  organizationType: string | null;
  organizationName: string | null;
  priceBand: string;
  price: number | null;
  publishedAt: number;
  confirmedAt: number;
  /** Read by result cards only (`card.ts`): not searched, filtered or sorted on. */
  anonymous: boolean;
  priceNegotiable: boolean;
  priceMin: number | null;
  priceMax: number | null;
  coverImageId: string | null;
}

/** Markdown → plain words for indexing. */
const plain = (md: string) =>
  md
    .replace(/[#*_`>[\]()!|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function toDocument(
  listing: Listing,
  org: Organization,
  sectors: Map<string, Sector>,
): ListingDocument {
  const c = listing.content;
  const secs = c.sectorIds.map((id) => sectors.get(id)).filter((s): s is Sector => !!s);
  const province = c.provinceCode ? findProvince(c.provinceCode) : null;
  return {
    id: listing.id,
    slug: listing.slug,
    kind: listing.kind,
    title: c.title,
    summary: c.summary,
    description: plain(c.description),
    advantages: c.advantages,
    specification: c.specification,
    expectedResult: c.expectedResult,
    keywords: c.keywords,
    sector: secs.map((s) => s.code),
    sectorLabels: secs.flatMap((s) => [s.labelVi, s.labelEn]),
    maturityStage: maturityStage(c.trl),
    trl: c.trl,
    ipStatus: [...new Set(c.ipRecords.map((r) => r.status))],
    ipVerified: c.ipRecords.some((r) => r.verified),
    transferForm: c.transferForms,
    province: c.provinceCode,
    provinceName: province ? `${province.vi} ${province.en}` : null,
    // Anonymous listings: the public index must not reveal the owner.
    organizationId: c.anonymous ? null : org.id,
    organizationType: c.anonymous ? null : org.type,
    organizationName: c.anonymous ? null : org.name,
    priceBand: priceBand(c),
    price: priceValue(c),
    publishedAt: (listing.publishedAt ?? listing.updatedAt).getTime(),
    confirmedAt: Math.floor(
      (listing.lastConfirmedAt ?? listing.publishedAt ?? listing.updatedAt).getTime() / 1000,
    ),
    ...cardFieldsOf(listing),
  };
}

/** Builds documents for listings (published ones) and the ids to delete (everything else). */
export async function documentsFor(em: EntityManager, ids: string[]) {
  const listings = ids.length ? await em.find(Listing, { id: { $in: ids } }) : [];
  const sectors = new Map((await em.find(Sector, {})).map((s) => [s.id, s]));
  const orgIds = [...new Set(listings.map((l) => l.organization.id))];
  const orgs = new Map(
    (orgIds.length ? await em.find(Organization, { id: { $in: orgIds } }) : []).map((o) => [o.id, o]),
  );
  const documents: ListingDocument[] = [];
  const published = new Set<string>();
  for (const l of listings) {
    const org = orgs.get(l.organization.id);
    if (l.status === 'PUBLISHED' && org) {
      documents.push(toDocument(l, org, sectors));
      published.add(l.id);
    }
  }
  return { documents, deletions: ids.filter((id) => !published.has(id)) };
}

export async function currentSynonyms(em: EntityManager) {
  return synonymMap((await em.find(SearchSynonym, {})).map((s) => s.terms));
}

/** Writes an outbox row for a listing change; persisted by the caller's flush, in its transaction. */
export function enqueueSearchSync(em: EntityManager, listingId: string) {
  em.persist(new SearchOutbox(listingId));
}

/**
 * Tells every API process (at commit when in a transaction) that search answers changed: the index
 * applied a batch or new synonyms. Their public answer caches empty, as for a change in PostgreSQL.
 */
export async function notifySearchChanged(em: EntityManager) {
  await em.execute(`select pg_notify('${PUBLIC_DATA_CHANNEL}', '${SEARCH_CHANGED}')`);
}

const LOCK_KEY = 7_402_001; // pg advisory lock: one drainer at a time across API processes
/** How often the worker asks Meilisearch about the tasks it sent (the client's default is 50 ms). */
const TASK_POLL_MS = 25;
/** A task not done after this long fails its rows (back-off, then sent again). */
const TASK_TIMEOUT_MS = 60_000;
/** Rows sent and not settled are leased this long: no process sends them again meanwhile. */
const LEASE_SECONDS = 60;
/** Sent and unsettled sends the worker allows itself before it waits for Meilisearch. */
const MAX_IN_FLIGHT = 8;

/** Rows whose documents the worker sent, and the Meilisearch tasks that carry them. */
interface InFlight {
  rowIds: string[];
  taskUids: number[];
  sentAt: number;
}

const placeholders = (ids: unknown[]) => ids.map(() => '?').join(',');

/** Marks rows done with their commit-to-searchable lag (rows another drainer settled are left alone). */
async function markProcessed(tx: EntityManager, rowIds: string[]) {
  await tx.execute(
    `update search_outbox
        set processed_at = clock_timestamp(), attempts = attempts + 1, last_error = null,
            lag_ms = least(2147483647, (extract(epoch from clock_timestamp() - created_at) * 1000)::bigint)
      where id in (${placeholders(rowIds)}) and processed_at is null`,
    rowIds,
  );
}

/** Pushes rows back with exponential back-off after a failed attempt. */
async function markFailed(tx: EntityManager, rowIds: string[], error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await tx.execute(
    `update search_outbox
        set attempts = attempts + 1, last_error = ?,
            next_attempt_at = now() + least(300, power(2, attempts)) * interval '1 second'
      where id in (${placeholders(rowIds)}) and processed_at is null`,
    [message.slice(0, 1000), ...rowIds],
  );
}

/**
 * Drains the search outbox to Meilisearch: claims due rows in id order, sends the current state of
 * their listings (upsert published ones, delete the rest: idempotent, order-free), marks the rows done
 * with the commit-to-searchable lag, and on failure pushes them back with exponential back-off.
 */
export class SearchSync {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = true;
  private indexReady = false;
  /** The index set-up `start()` began (it notifies when done): `stop()` waits for it. */
  private settingUp: Promise<void> = Promise.resolve();
  /** What the worker sent and Meilisearch has not yet applied, oldest first (see `sendBatch`). */
  private inFlight: InFlight[] = [];
  private watching: Promise<void> | null = null;
  private taskReadWarnedAt = 0;

  constructor(private readonly deps: { orm: Orm; search: Meilisearch; config: Config; logger: Logger }) {}

  get indexName() {
    return listingIndexName(this.deps.config);
  }

  /**
   * Polls for work until `stop()`; `kick()` after a commit starts a round at once. The promise it returns
   * settles once the index is set up (or that failed and the worker will retry); nobody needs to wait.
   */
  start(): Promise<void> {
    this.stopped = false;
    this.schedule(0);
    // The index (with its settings) exists before the first document or search arrives.
    this.settingUp = this.ensureIndex(this.deps.orm.em.fork() as EntityManager).catch((error: unknown) =>
      this.deps.logger.warn({ err: error }, 'search index not ready yet; the sync worker will retry'),
    );
    return this.settingUp;
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all([this.running?.catch(() => undefined), this.settingUp, this.watching]);
    // Sent but not known to be applied: due again at once, for whichever process drains next.
    const rowIds = this.inFlight.splice(0).flatMap((f) => f.rowIds);
    if (rowIds.length) {
      await this.deps.orm.em
        .fork()
        .getConnection()
        .execute(
          `update search_outbox set next_attempt_at = now()
            where id in (${placeholders(rowIds)}) and processed_at is null`,
          rowIds,
        )
        .catch(() => undefined);
    }
  }

  /** Whether this process has seen the index set up (created, with its settings applied). */
  get indexIsReady(): boolean {
    return this.indexReady;
  }

  /** The next round re-applies settings and synonyms before sending documents. */
  markIndexStale() {
    this.indexReady = false;
  }

  kick() {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.round().then((n) => {
        if (!this.stopped) this.schedule(n > 0 ? 0 : this.deps.config.SEARCH_SYNC_POLL_MS);
      });
    }, ms);
    this.timer.unref();
  }

  private round(): Promise<number> {
    this.running ??= this.sendBatch()
      .catch((error: unknown) => {
        this.deps.logger.warn({ err: error }, 'search sync round failed');
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async ensureIndex(em: EntityManager) {
    await ensureListingIndex(this.deps.search, this.indexName, await currentSynonyms(em));
    this.indexReady = true;
    await notifySearchChanged(em);
  }

  /** Processes one batch; returns how many outbox rows it settled (0: nothing due or lock busy). */
  async drainBatch(): Promise<number> {
    const em = this.deps.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ ok: boolean }[]>('select pg_try_advisory_xact_lock(?) as ok', [
        LOCK_KEY,
      ]);
      if (!lock?.ok) return 0;
      const rows = await tx.execute<{ id: string; listing_id: string }[]>(
        `select id, listing_id from search_outbox
          where processed_at is null and next_attempt_at <= now()
          order by id limit ?`,
        [this.deps.config.SEARCH_SYNC_BATCH],
      );
      if (!rows.length) return 0;
      const rowIds = rows.map((r) => r.id);
      try {
        if (!this.indexReady) await this.ensureIndex(tx);
        const { documents, deletions } = await documentsFor(tx, [...new Set(rows.map((r) => r.listing_id))]);
        const index = this.deps.search.index(this.indexName);
        // Asked every 25 ms (the client's default is 50): a publish is searchable that much sooner.
        const wait = { timeout: 60_000, interval: 25 };
        if (documents.length) await assertTask(index.addDocuments(documents).waitTask(wait));
        if (deletions.length) await assertTask(index.deleteDocuments(deletions).waitTask(wait));
        await notifySearchChanged(tx);
        await markProcessed(tx, rowIds);
        return rows.length;
      } catch (error) {
        this.indexReady = false;
        // Part of the batch may have been applied (documents added, then the deletion failed).
        await notifySearchChanged(tx).catch(() => undefined);
        await markFailed(tx, rowIds, error);
        this.deps.logger.warn({ err: error, rows: rows.length }, 'search sync failed; will retry');
        return 0;
      }
    });
  }

  /**
   * The worker's round: claims due rows like `drainBatch` and sends their documents, but does not wait
   * for Meilisearch to apply them: the rows are leased (`next_attempt_at` moved on) and `watch()`
   * settles them once their tasks succeed. A change committed while Meilisearch indexes is therefore
   * in its queue at once, and in the very next batch it makes (it batches the tasks it has waiting),
   * instead of waiting for the running batch to be reported done before it is even sent.
   * Returns how many rows it sent.
   */
  async sendBatch(): Promise<number> {
    if (this.inFlight.length >= MAX_IN_FLIGHT) return 0; // `watch()` kicks once one settles
    const em = this.deps.orm.em.fork() as EntityManager;
    const sent = await em.transactional(async (tx): Promise<InFlight | null> => {
      const [lock] = await tx.execute<{ ok: boolean }[]>('select pg_try_advisory_xact_lock(?) as ok', [
        LOCK_KEY,
      ]);
      if (!lock?.ok) return null;
      const rows = await tx.execute<{ id: string; listing_id: string }[]>(
        `select id, listing_id from search_outbox
          where processed_at is null and next_attempt_at <= now()
          order by id limit ?`,
        [this.deps.config.SEARCH_SYNC_BATCH],
      );
      if (!rows.length) return null;
      const rowIds = rows.map((r) => r.id);
      try {
        if (!this.indexReady) await this.ensureIndex(tx);
        const { documents, deletions } = await documentsFor(tx, [...new Set(rows.map((r) => r.listing_id))]);
        const index = this.deps.search.index(this.indexName);
        const taskUids: number[] = [];
        // In this order, and before the lock is released: Meilisearch applies tasks in the order it
        // received them, so a later change of the same listing, sent by a later round, wins.
        if (documents.length) taskUids.push((await index.addDocuments(documents)).taskUid);
        if (deletions.length) taskUids.push((await index.deleteDocuments(deletions)).taskUid);
        await tx.execute(
          `update search_outbox set next_attempt_at = now() + interval '${LEASE_SECONDS} seconds'
            where id in (${placeholders(rowIds)})`,
          rowIds,
        );
        return { rowIds, taskUids, sentAt: Date.now() };
      } catch (error) {
        this.indexReady = false;
        await notifySearchChanged(tx).catch(() => undefined);
        await markFailed(tx, rowIds, error);
        this.deps.logger.warn({ err: error, rows: rows.length }, 'search sync failed; will retry');
        return null;
      }
    });
    if (!sent) return 0;
    this.inFlight.push(sent);
    this.watch();
    return sent.rowIds.length;
  }

  /**
   * Asks Meilisearch every 25 ms about every task in flight (one request), and settles the sends
   * whose tasks are done: their rows marked processed (with a `NOTIFY`, in one transaction), or pushed
   * back with back-off when a task failed or took longer than a minute.
   */
  private watch() {
    if (this.watching) return;
    this.watching = (async () => {
      while (this.inFlight.length && !this.stopped) {
        await new Promise((resolve) => setTimeout(resolve, TASK_POLL_MS));
        const uids = this.inFlight.flatMap((f) => f.taskUids);
        let tasks: Map<number, { status: string; error?: { message: string } | null }>;
        try {
          const { results } = await this.deps.search.tasks.getTasks({ uids, limit: uids.length });
          tasks = new Map(results.map((t) => [t.uid, t]));
        } catch (error) {
          // Asked again in 25 ms: said once every 10 s at most (a task unknown for a minute fails).
          if (Date.now() - this.taskReadWarnedAt > 10_000) {
            this.taskReadWarnedAt = Date.now();
            this.deps.logger.warn({ err: error }, 'search sync could not read its tasks; will ask again');
          }
          tasks = new Map();
        }
        const done: InFlight[] = [];
        const failed: { flight: InFlight; error: unknown }[] = [];
        for (const flight of this.inFlight) {
          const states = flight.taskUids.map((uid) => tasks.get(uid));
          const bad = states.find(
            (t) => t && t.status !== 'succeeded' && t.status !== 'enqueued' && t.status !== 'processing',
          );
          if (bad)
            failed.push({
              flight,
              error: new Error(`Meilisearch task ${bad.status}: ${bad.error?.message ?? 'no detail'}`),
            });
          else if (states.every((t) => t?.status === 'succeeded')) done.push(flight);
          else if (Date.now() - flight.sentAt > TASK_TIMEOUT_MS)
            failed.push({ flight, error: new Error('Meilisearch task not done within a minute') });
        }
        if (!done.length && !failed.length) continue;
        const settled = new Set([...done, ...failed.map((f) => f.flight)]);
        this.inFlight = this.inFlight.filter((f) => !settled.has(f));
        if (failed.length) this.indexReady = false;
        try {
          await (this.deps.orm.em.fork() as EntityManager).transactional(async (tx) => {
            // Failed tasks may have been applied in part: answers cached meanwhile go too.
            await notifySearchChanged(tx);
            if (done.length)
              await markProcessed(
                tx,
                done.flatMap((f) => f.rowIds),
              );
            for (const { flight, error } of failed) {
              await markFailed(tx, flight.rowIds, error);
              this.deps.logger.warn(
                { err: error, rows: flight.rowIds.length },
                'search sync failed; will retry',
              );
            }
          });
        } catch (error) {
          // The leases run out and the rows are sent again: idempotent.
          this.deps.logger.warn({ err: error }, 'search sync could not settle its rows');
        }
        // Rows held back by MAX_IN_FLIGHT (or due meanwhile) go now.
        this.kick();
      }
    })().finally(() => {
      this.watching = null;
      if (this.inFlight.length && !this.stopped) this.watch();
    });
  }

  /** Pending rows (for health and tests). */
  async backlog(): Promise<number> {
    return this.deps.orm.em.fork().count(SearchOutbox, { processedAt: null });
  }

  /**
   * Drains until nothing is pending, retrying due rows at once (tests and the reindex command). Gives up
   * after `timeoutMs` and throws.
   */
  async flushAll(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const em = this.deps.orm.em.fork();
      await em
        .getConnection()
        .execute(`update search_outbox set next_attempt_at = now() where processed_at is null`);
      const settled = await this.drainBatch();
      if (settled === 0 && (await this.backlog()) === 0) return;
      if (Date.now() > until) throw new Error('search outbox did not drain in time');
      if (settled === 0) await new Promise((r) => setTimeout(r, 100));
    }
  }
}
