import type { Config } from '../../platform/config';
import { workingCalendar } from '../../platform/deadlines';
import type { Logger } from '../../platform/logger';
import type { Orm } from '../../platform/database/orm';

/**
 * Page views of listings, counted in memory and written every few seconds as one statement, so that
 * reading a listing page costs no write. Up to `everyMs` of counts may be lost if the process dies; the
 * figures are a listing-quality indicator, not a record of anything a user submitted. Readers of the
 * counts call `flush()` first, so what this process counted is always included.
 */
export class ViewCounter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: Orm,
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly everyMs = 5000,
  ) {}

  /**
   * One view of `listingId` now, counted for the department's calendar day, not UTC's: a view at 01:00 in
   * Hà Tĩnh counts for that day.
   */
  add(listingId: string): void {
    const key = `${listingId}|${workingCalendar(this.config).isoDay(new Date())}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.everyMs);
    this.timer.unref();
  }

  /** Writes what was counted so far (after any write already under way). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([key, n]) => {
      const [id, day] = key.split('|') as [string, string];
      return { id, day, n };
    });
    try {
      await this.orm.em.getConnection().execute(
        `insert into listing_view_counts (listing_id, day, count)
           select v.id, v.day, v.n from jsonb_to_recordset(?::jsonb) as v(id uuid, day date, n int)
             where exists (select 1 from listings l where l.id = v.id)
           on conflict (listing_id, day) do update set count = listing_view_counts.count + excluded.count`,
        [JSON.stringify(rows)],
      );
    } catch (error) {
      // Kept for the next round (the database may be restarting).
      for (const [key, n] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + n);
      this.logger.warn({ err: error, rows: batch.size }, 'listing view counts not written; will retry');
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
