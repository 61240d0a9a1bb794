import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ensureDatabase, startEmbeddedPostgres } from './postgres';
import { startEmbeddedMeilisearch } from './meilisearch';

export interface Services {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Stops whatever this process started; a no-op for configured external servers. */
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL and MEILI_URL when set; otherwise starts embedded PostgreSQL and
 * Meilisearch with their data under DATA_DIR, so a fresh machine needs nothing but Node.
 */
export async function ensureServices(
  config: Config,
  logger: Logger,
  database = 'techbridge',
): Promise<Services> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse())
      await s().catch((err) => logger.error({ err }, 'stopping a service failed'));
    stops.length = 0;
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const pgHandle = await startEmbeddedPostgres(path.join(config.DATA_DIR, 'postgres'), logger);
      stops.push(pgHandle.stop);
      await ensureDatabase(pgHandle.adminUrl, database);
      databaseUrl = pgHandle.urlFor(database);
    }
    let meiliUrl = config.MEILI_URL;
    let meiliMasterKey = config.MEILI_MASTER_KEY;
    if (!meiliUrl || !meiliMasterKey) {
      const meili = await startEmbeddedMeilisearch(path.join(config.DATA_DIR, 'meilisearch'), logger);
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
    }
    return { databaseUrl, meiliUrl, meiliMasterKey, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
