import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MultiSearchQuery } from 'meilisearch';
import { z } from 'zod';
import type { AppServices } from '../../platform/graphql/context';
import { Jobs } from '../../platform/jobs';
import { User } from '../account/entities';
import { Listing } from '../listing/entities';
import { Membership } from '../organization/entities';
import { deliver } from '../notification/service';
import { SavedSearch } from './entities';
import { filterExpression, informativeWords, meaningfulWords } from './service';

/** The queue of first publications to check against saved searches: job data `{ listingId }`. */
export const SAVED_SEARCH_ALERTS_QUEUE = 'saved-search-alerts';

export interface SavedSearchAlertJob {
  listingId: string;
}

/** That a saved search was told about a listing: each alert goes out once, even when a job is retried. */
export class SavedSearchAlert {
  savedSearchId: string;
  listingId: string;
  createdAt: Date & Opt = new Date();

  constructor(savedSearchId: string, listingId: string, createdAt: Date) {
    this.savedSearchId = savedSearchId;
    this.listingId = listingId;
    this.createdAt = createdAt;
  }
}

export const SavedSearchAlertSchema = new EntitySchema<SavedSearchAlert>({
  class: SavedSearchAlert,
  tableName: 'saved_search_alerts',
  indexes: [{ properties: ['listingId'] }],
  properties: {
    savedSearchId: { type: 'uuid', primary: true },
    listingId: { type: 'uuid', primary: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

export type AlertServices = Pick<AppServices, 'orm' | 'config' | 'mailer' | 'search' | 'searchSync'>;

export interface AlertRun {
  /** Saved searches (with alerts on, of people outside the owner organisation) asked. */
  checked: number;
  /** Those the listing matches. */
  matched: number;
  /** People notified (once each, however many of their searches match). */
  notified: number;
}

/** Saved searches read per database page, and queries per Meilisearch multi-search request. */
const PAGE = 500;
const QUERIES_PER_REQUEST = 100;
/** How long a job waits for the listing to become searchable before it fails and is retried. */
const SEARCHABLE_WAIT_MS = 10_000;

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A saved search's query as an alert runs it: every meaningful word must match (typo-tolerant,
 * diacritic-insensitive, with the department's synonyms), so that "máy sấy lúa" is not told about every
 * listing that says "máy". At most the ten words Meilisearch reads.
 */
export function alertQuery(query: string): string {
  return informativeWords(meaningfulWords(query.trim())).text;
}

function isDocumentNotFound(error: unknown): boolean {
  return (error as { cause?: { code?: string } })?.cause?.code === 'document_not_found';
}

/** Waits until the listing is in the search index (the outbox drains after the publication commits). */
async function waitUntilSearchable(services: AlertServices, listingId: string): Promise<void> {
  const index = services.search.index(services.searchSync.indexName);
  const until = Date.now() + SEARCHABLE_WAIT_MS;
  for (;;) {
    try {
      await index.getDocument(listingId, { fields: ['id'] });
      return;
    } catch (error) {
      if (!isDocumentNotFound(error)) throw error;
    }
    if (Date.now() > until) throw new Error(`listing ${listingId} is not searchable yet; retrying later`);
    services.searchSync.kick();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Tells the people whose saved searches match a newly published listing (in-app and by e-mail,
 * `savedSearch.match`). Each saved search with alerts on — saved before the publication, by someone
 * outside the listing's organisation — runs against Meilisearch restricted to that listing
 * (`filter: id = "<listingId>"`), many at a time through multi-search. A person is told once per
 * listing, naming their first matching search. Idempotent: alerts already recorded are skipped, and the
 * records, notifications and e-mails commit together.
 */
export async function checkSavedSearchAlerts(
  services: AlertServices,
  listingId: string,
  now = new Date(),
): Promise<AlertRun> {
  const run: AlertRun = { checked: 0, matched: 0, notified: 0 };
  if (!z.uuid().safeParse(listingId).success) return run;
  const em = services.orm.em.fork() as EntityManager;
  const listing = await em.findOne(Listing, listingId);
  if (!listing || listing.status !== 'PUBLISHED') return run;
  await waitUntilSearchable(services, listing.id);

  const owners = (
    await em.find(Membership, { organization: listing.organization.id }, { fields: ['user'] })
  ).map((m) => m.user.id);
  const done = new Set((await em.find(SavedSearchAlert, { listingId })).map((a) => a.savedSearchId));
  const indexUid = services.searchSync.indexName;
  const matched: SavedSearch[] = [];
  let after: string | null = null;
  for (;;) {
    const page: SavedSearch[] = await em.find(
      SavedSearch,
      {
        alerts: true,
        createdAt: { $lte: listing.publishedAt ?? now },
        ...(owners.length ? { userId: { $nin: owners } } : {}),
        ...(after ? { id: { $gt: after } } : {}),
      },
      { orderBy: { id: 'asc' }, limit: PAGE },
    );
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    const todo = page.filter((s) => !done.has(s.id));
    run.checked += todo.length;
    for (let i = 0; i < todo.length; i += QUERIES_PER_REQUEST) {
      const chunk = todo.slice(i, i + QUERIES_PER_REQUEST);
      const queries: MultiSearchQuery[] = chunk.map((s) => ({
        indexUid,
        q: alertQuery(s.query),
        filter: [`id = ${quote(listing.id)}`, ...filterExpression(s.where)],
        limit: 1,
        attributesToRetrieve: ['id'],
        matchingStrategy: 'all',
        locales: ['vie', 'eng'],
      }));
      const { results } = await services.search.multiSearch({ queries });
      results.forEach((r, j) => {
        if (r.hits.length) matched.push(chunk[j]!);
      });
    }
    if (page.length < PAGE) break;
  }
  run.matched = matched.length;
  if (!matched.length) return run;

  const publicUrl = (services.config.PUBLIC_URL ?? `http://localhost:${services.config.PORT}`).replace(
    /\/$/,
    '',
  );
  await em.transactional(async (tx) => {
    const byUser = new Map<string, SavedSearch[]>();
    for (const s of matched) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s]);
    const users = await tx.find(User, { id: { $in: [...byUser.keys()] } }, { orderBy: { id: 'asc' } });
    for (const user of users) {
      const first = byUser.get(user.id)!.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]!;
      await deliver({ em: tx, config: services.config, mailer: services.mailer, publicUrl }, [user], {
        kind: 'savedSearch.match',
        vars: { name: first.name, title: listing.content.title },
        link: `/cong-nghe/${listing.slug}`,
      });
      run.notified += 1;
    }
    for (const s of matched) tx.persist(new SavedSearchAlert(s.id, listing.id, now));
    await tx.nativeUpdate(SavedSearch, { id: { $in: matched.map((s) => s.id) } }, { lastAlertAt: now });
  });
  return run;
}

/**
 * This process's queue client, by the ORM it was started with (set at start when jobs are enabled): a
 * handle, not shared state; the jobs themselves live in PostgreSQL.
 */
const queues = new WeakMap<object, Jobs>();

/**
 * Asks for a newly published listing to be checked against saved searches, through the queue (any API
 * process runs it; a failure, e.g. Meilisearch down, is retried with back-off). Call it once, after the
 * first publication commits. Never throws; without a job queue (JOBS_ENABLED=false) it does nothing.
 */
export async function enqueueSavedSearchAlerts(
  target: Jobs | Pick<AppServices, 'orm' | 'logger'>,
  listingId: string,
): Promise<string | null> {
  const jobs = target instanceof Jobs ? target : queues.get(target.orm);
  if (!jobs) return null;
  try {
    return await jobs.send(SAVED_SEARCH_ALERTS_QUEUE, { listingId } satisfies SavedSearchAlertJob);
  } catch (error) {
    if (!(target instanceof Jobs))
      target.logger.warn({ err: error, listingId }, 'could not queue saved-search alerts');
    return null;
  }
}

/** Works the `saved-search-alerts` queue in this process (called at API start when jobs are enabled). */
export async function startSavedSearchAlertsWorker(services: AlertServices, jobs: Jobs): Promise<void> {
  await jobs.work<SavedSearchAlertJob>(
    SAVED_SEARCH_ALERTS_QUEUE,
    (data) => checkSavedSearchAlerts(services, data.listingId),
    { retryLimit: 8, retryDelay: 30 },
  );
  queues.set(services.orm, jobs);
}
