import {
  ChangeSetType,
  type ChangeSet,
  type EntityManager as CoreEntityManager,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { Logger } from './logger';

/** The channel PostgreSQL triggers notify (at commit) when data visitors can see changes. */
export const PUBLIC_DATA_CHANNEL = 'techbridge_public_data';

/** Entities stored in the tables that notify (see the migrations `public_data_notify` and `…_columns`). */
const PUBLIC_ENTITIES = new Set(['Listing', 'Organization', 'Sector', 'Attachment']);
/** The listing properties visitors see: updating only others (a reminder sent, a pending edit) changes nothing. */
const PUBLIC_LISTING_PROPS = new Set([
  'kind',
  'status',
  'slug',
  'organization',
  'content',
  'publishedAt',
  'expiresAt',
  'lastConfirmedAt',
]);

function changesPublicData(cs: ChangeSet<object>): boolean {
  if (!PUBLIC_ENTITIES.has(cs.name)) return false;
  if (cs.name !== 'Listing' || cs.type !== ChangeSetType.UPDATE) return true;
  return Object.keys(cs.payload ?? {}).some((prop) => PUBLIC_LISTING_PROPS.has(prop));
}

/** A GraphQL answer kept for visitors, and the listings whose page views it counts when served again. */
export interface CachedResponse {
  /** UTF-8: about half the memory of the JavaScript string, and sent as is. */
  body: Buffer;
  contentType: string;
  views: string[];
  /** The body gzipped, made on the first hit from a client that accepts gzip. */
  gzipped?: Buffer;
  /** Whether the answer also depends on the search index (emptied when the index changes). */
  search?: boolean;
}

/** The payload the search worker notifies with once Meilisearch has applied a change. */
export const SEARCH_CHANGED = 'search';

/**
 * Process-local caches of what visitors (no session) see: whole GraphQL answers to public reads, and
 * small derived values such as sector labels. Safe to lose, and never stale past a commit: statement
 * triggers on the tables these answers read (`listings`, `organizations`, `sectors`, `attachments`;
 * migration `public_data_notify`) send `NOTIFY techbridge_public_data`, which PostgreSQL delivers when
 * the writing transaction commits, to every API process; each one LISTENs on a connection of its own and
 * empties its caches. While that connection is down nothing is read from or written to the caches, so
 * several processes behind a load balancer never serve what another one has changed.
 *
 * A value computed while a change commits is not kept: writers pass the generation they saw before
 * reading (`generation`), and a store is dropped when an invalidation came in between.
 */
export class PublicDataCache {
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retryMs = 500;
  private retryTimer: NodeJS.Timeout | null = null;
  private gen = 0;
  /** Bumped when only the search index changed: empties the answers that read it, not the others. */
  private searchGen = 0;
  private readonly responses: LRUCache<string, CachedResponse>;
  private readonly values = new Map<string, unknown>();

  private readonly responsesOn: boolean;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    opts: { maxBytes?: number } = {},
  ) {
    this.responsesOn = opts.maxBytes !== 0;
    this.responses = new LRUCache<string, CachedResponse>({
      maxSize: Math.max(1, opts.maxBytes ?? 64 * 1024 * 1024),
      // A quarter more for the gzipped copy a browser's hit adds.
      sizeCalculation: (v, k) => Math.ceil(v.body.length * 1.25) + k.length * 2 + 128,
    });
  }

  /** Whether the caches may be used: the process is listening for changes. */
  get ready(): boolean {
    return this.listening && !this.closed;
  }

  /** Bumped by every invalidation; a value read under an older generation is not stored. */
  get generation(): number {
    return this.gen;
  }

  /** The generation an answer is computed under: answers that read the search index also count its changes. */
  generationFor(search: boolean): string {
    return search ? `${this.gen}.${this.searchGen}` : `${this.gen}`;
  }

  /**
   * Empties the caches as soon as this process commits a change to public data, without waiting for the
   * notification to come back from PostgreSQL (which other processes rely on).
   */
  subscriber(): EventSubscriber {
    const pending = new WeakSet<CoreEntityManager>();
    return {
      afterFlush: ({ em, uow }: FlushEventArgs) => {
        if (!uow.getChangeSets().some(changesPublicData)) return;
        this.invalidate();
        if (em.isInTransaction()) pending.add(em);
      },
      afterTransactionCommit: ({ em }: TransactionEventArgs) => {
        if (!pending.has(em)) return;
        pending.delete(em);
        this.invalidate();
      },
    };
  }

  /** Connects and LISTENs; resolves once listening (or when the first attempt failed: it retries). */
  async start(): Promise<void> {
    this.closed = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'public-cache' });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.invalidate();
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn({ err }, 'public cache: lost the change feed; caching off until it is back');
      this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
      this.retryTimer.unref();
      this.retryMs = Math.min(this.retryMs * 2, 30_000);
    };
    this.client = client;
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (msg) =>
      msg.payload === SEARCH_CHANGED
        ? this.invalidateSearch()
        : this.invalidate(`notified: ${msg.payload ?? ''}`),
    );
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_DATA_CHANNEL}`);
      if (this.client !== client) return;
      // Anything cached before (there is nothing, or it predates the outage) is dropped once more.
      this.invalidate();
      this.listening = true;
      this.retryMs = 500;
    } catch (error) {
      lost(error as Error);
    }
  }

  /** Empties every cache (a change committed, or the change feed was lost). */
  invalidate(reason = 'change'): void {
    this.logger.debug({ reason, generation: this.gen + 1 }, 'public cache emptied');
    this.gen++;
    this.responses.clear();
    this.values.clear();
  }

  /** The search index changed (PostgreSQL did not): empties the answers that read it. */
  invalidateSearch(): void {
    this.logger.debug({ searchGeneration: this.searchGen + 1 }, 'public cache: search answers emptied');
    this.searchGen++;
    for (const [key, value] of this.responses.entries()) if (value.search) this.responses.delete(key);
  }

  getResponse(key: string): CachedResponse | undefined {
    return this.ready ? this.responses.get(key) : undefined;
  }

  /** Keeps an answer computed under `generation` (see `generationFor`), unless a change came in meanwhile. */
  setResponse(key: string, value: CachedResponse, generation: string): void {
    if (this.responsesOn && this.ready && generation === this.generationFor(!!value.search)) {
      this.responses.set(key, value);
    }
  }

  /** A small value derived from public data (sector labels), computed once per change. */
  async value<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.ready) return compute();
    if (this.values.has(key)) return this.values.get(key) as T;
    const generation = this.gen;
    const computed = await compute();
    if (this.ready && generation === this.gen) this.values.set(key, computed);
    return computed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.invalidate();
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
