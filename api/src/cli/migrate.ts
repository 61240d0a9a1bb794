/** `pnpm migrate`: applies pending migrations (embedded PostgreSQL when DATABASE_URL is unset). */
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { cliLogger, loadConfigOrExit } from './runtime';

const config = loadConfigOrExit();
const logger = cliLogger(config);
const services = await ensureServices(config, logger);
try {
  const orm = await initOrm({ databaseUrl: services.databaseUrl });
  const applied = await migrate(orm);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  await orm.close(true);
} finally {
  await services.stop();
}
