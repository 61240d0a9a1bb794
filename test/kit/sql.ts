import type { TestApp } from './app';

/** Counts the SQL statements the API process sends while `fn` runs (every query, logged or not). */
export async function countQueries(app: TestApp, fn: () => Promise<unknown>): Promise<number> {
  const logger = app.orm.config.getLogger() as { logQuery: (...args: unknown[]) => void };
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args: unknown[]) => {
    count += 1;
    original(...args);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
