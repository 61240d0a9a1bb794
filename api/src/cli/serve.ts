/**
 * Serves the API against DATABASE_URL and MEILI_URL (no embedded servers, no migrations):
 * what `pnpm dev` restarts on every change, and what a production process runs after `pnpm migrate`.
 */
import { startApi, type RunningApi } from '../platform/bootstrap';
import { cliLogger, loadConfigOrExit, onShutdown } from './runtime';

const config = loadConfigOrExit();
const logger = cliLogger(config);
if (!config.DATABASE_URL || !config.MEILI_URL || !config.MEILI_MASTER_KEY) {
  console.error(
    'serve needs DATABASE_URL, MEILI_URL and MEILI_MASTER_KEY (use `pnpm start` for embedded servers)',
  );
  process.exit(2);
}
let api: RunningApi | null = null;
onShutdown(logger, async () => {
  await api?.close();
});
api = await startApi(config, logger, {
  databaseUrl: config.DATABASE_URL,
  meiliUrl: config.MEILI_URL,
  meiliMasterKey: config.MEILI_MASTER_KEY,
});
logger.info({ url: api.url }, 'API listening');
