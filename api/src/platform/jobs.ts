import { PgBoss } from 'pg-boss';
import type { Logger } from './logger';

/** A recurring job: a pg-boss queue, a cron schedule, and what to do when it fires. */
export interface ScheduledJob {
  name: string;
  /** Cron expression (minute resolution), evaluated in UTC. */
  cron: string;
  run(): Promise<unknown>;
}

/**
 * Scheduled work on a PostgreSQL-backed queue (pg-boss), never `setInterval`: with several API processes
 * each cron tick creates one job, and one process runs it; a crash mid-job retries it.
 */
export class Jobs {
  private constructor(
    readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  static async start(databaseUrl: string, logger: Logger, jobs: ScheduledJob[]): Promise<Jobs> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      max: 3,
      application_name: 'techbridge-jobs',
    });
    boss.on('error', (error: unknown) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name, { retryLimit: 3, retryDelay: 60, retryBackoff: true });
      await boss.schedule(job.name, job.cron);
      await boss.work(job.name, async () => {
        const started = Date.now();
        const result = await job.run();
        logger.info({ job: job.name, ms: Date.now() - started, result }, 'job done');
        return result;
      });
    }
    return new Jobs(boss, logger);
  }

  /** Runs a job now through the queue (admins, tests), or sends one to a plain queue with its data. */
  send(name: string, data: object = {}): Promise<string | null> {
    return this.boss.send(name, data);
  }

  /**
   * Works a plain (non-cron) queue: jobs arrive with `send(name, data)`, one at a time per process; a
   * handler that throws is retried with back-off.
   */
  async work<T extends object>(
    name: string,
    handler: (data: T) => Promise<unknown>,
    options: { retryLimit?: number; retryDelay?: number } = {},
  ): Promise<void> {
    await this.boss.createQueue(name, { retryLimit: 5, retryDelay: 30, retryBackoff: true, ...options });
    await this.boss.work<T>(name, async (batch) => {
      const results = [];
      for (const job of batch) {
        const started = Date.now();
        const result = await handler(job.data);
        this.logger.info({ job: name, ms: Date.now() - started, result }, 'job done');
        results.push(result);
      }
      return results;
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, close: true });
  }
}
