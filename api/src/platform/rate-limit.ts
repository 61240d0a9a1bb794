import { EntitySchema, type EntityManager } from '@mikro-orm/postgresql';

/**
 * Fixed-window counters kept in PostgreSQL, so every API process behind a load balancer
 * shares them (nothing in one process's memory).
 */
export class RateLimitBucket {
  key!: string;
  count!: number;
  resetAt!: Date;
}

export const RateLimitBucketSchema = new EntitySchema<RateLimitBucket>({
  class: RateLimitBucket,
  tableName: 'rate_limit_buckets',
  properties: {
    key: { type: 'string', length: 200, primary: true },
    count: { type: 'integer' },
    resetAt: { type: 'Date', columnType: 'timestamptz', index: true },
  },
});

export interface RateLimitHit {
  count: number;
  resetAt: Date;
}

/** Counts one hit on `key` in a window of `windowSeconds`, atomically; returns the count so far. */
export async function hitRateLimit(
  em: EntityManager,
  key: string,
  windowSeconds: number,
): Promise<RateLimitHit> {
  const rows = await em.getConnection().execute<{ count: number; reset_at: Date }[]>(
    `insert into rate_limit_buckets (key, count, reset_at)
       values (?, 1, now() + make_interval(secs => ?))
     on conflict (key) do update set
       count = case when rate_limit_buckets.reset_at <= now() then 1 else rate_limit_buckets.count + 1 end,
       reset_at = case when rate_limit_buckets.reset_at <= now() then excluded.reset_at else rate_limit_buckets.reset_at end
     returning count, reset_at`,
    [key, windowSeconds],
  );
  return { count: Number(rows[0].count), resetAt: new Date(rows[0].reset_at) };
}

export async function resetRateLimit(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute('delete from rate_limit_buckets where key = ?', [key]);
}
