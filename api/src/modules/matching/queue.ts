import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../platform/graphql/context';
import { Jobs, type ScheduledJob } from '../../platform/jobs';
import { Listing } from '../listing/entities';
import { computeMatches, type MatchingServices } from './service';

/** The queue of listings to match: job data `{ listingId }`. */
export const MATCH_QUEUE = 'match-listing';
/** The hourly safety net: listings published or changed lately are matched again. */
export const MATCH_REFRESH_JOB = 'match-refresh';
/** How far back the safety net looks (twice its period, so a missed or failed run is covered). */
const REFRESH_WINDOW_MS = 2 * 3600_000;
const REFRESH_BATCH = 2000;

export interface MatchJobData {
  listingId: string;
}

/**
 * This process's queue client, by the ORM it was started with (set at start when jobs are enabled). A
 * handle, not shared state: the jobs themselves live in PostgreSQL.
 */
const queues = new WeakMap<object, Jobs>();

/**
 * Asks for a listing's proposals to be (re)computed, through the queue: any API process picks it up,
 * and a failure (Meilisearch down) is retried. Call it after a listing is published or its published
 * content changes. Never throws: if the job cannot be queued, the hourly `match-refresh` catches up.
 * Without a job queue (JOBS_ENABLED=false) it does nothing and returns null.
 */
export async function enqueueMatching(
  target: Jobs | Pick<AppServices, 'orm' | 'logger'>,
  listingId: string,
): Promise<string | null> {
  const jobs = target instanceof Jobs ? target : queues.get(target.orm);
  if (!jobs) return null;
  try {
    return await jobs.send(MATCH_QUEUE, { listingId } satisfies MatchJobData);
  } catch (error) {
    if (!(target instanceof Jobs)) target.logger.warn({ err: error, listingId }, 'could not queue matching');
    return null;
  }
}

/** Works the `match-listing` queue in this process (called at API start when jobs are enabled). */
export async function startMatchingWorker(services: MatchingServices, jobs: Jobs): Promise<void> {
  await jobs.work<MatchJobData>(MATCH_QUEUE, (data) => computeMatches(services, data.listingId), {
    retryLimit: 8,
    retryDelay: 30,
  });
  queues.set(services.orm, jobs);
}

/**
 * Queues every listing published or changed in the last two hours, or computes them here when this
 * process has no queue worker yet. Listings that left the exchange are included: their open proposals go.
 */
export async function refreshMatches(
  services: MatchingServices & Pick<AppServices, 'logger'>,
  now = new Date(),
): Promise<{ listings: number }> {
  const em = services.orm.em.fork() as EntityManager;
  const rows = await em.find(
    Listing,
    {
      status: { $in: ['PUBLISHED', 'EXPIRED', 'WITHDRAWN', 'FULFILLED'] },
      updatedAt: { $gte: new Date(now.getTime() - REFRESH_WINDOW_MS) },
    },
    { fields: ['id'], orderBy: { updatedAt: 'asc' }, limit: REFRESH_BATCH },
  );
  const jobs = queues.get(services.orm);
  for (const { id } of rows) {
    if (jobs) await jobs.send(MATCH_QUEUE, { listingId: id } satisfies MatchJobData);
    else await computeMatches(services, id);
  }
  return { listings: rows.length };
}

export function matchRefreshJob(services: MatchingServices & Pick<AppServices, 'logger'>): ScheduledJob {
  return { name: MATCH_REFRESH_JOB, cron: '0 * * * *', run: () => refreshMatches(services) };
}
