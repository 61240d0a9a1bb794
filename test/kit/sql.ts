import type { TestApp } from './app';

/** The SQL statements the API process sends while `fn` runs (every query, logged or not). */
export async function recordQueries(app: TestApp, fn: () => Promise<unknown>): Promise<string[]> {
  const logger = app.orm.config.getLogger() as { logQuery: (...args: unknown[]) => void };
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (...args: unknown[]) => {
    statements.push(String((args[0] as { query?: unknown } | undefined)?.query ?? ''));
    original(...args);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return statements;
}

/** Counts the SQL statements the API process sends while `fn` runs (every query, logged or not). */
export async function countQueries(app: TestApp, fn: () => Promise<unknown>): Promise<number> {
  return (await recordQueries(app, fn)).length;
}
