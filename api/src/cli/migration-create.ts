/**
 * `pnpm migration:create [name]`: diffs the entities against the migrations applied to a scratch
 * database and writes a new migration file into api/src/migrations (review it, then commit it).
 */
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { cliLogger, loadConfigOrExit } from './runtime';

const config = loadConfigOrExit();
const logger = cliLogger(config);
const services = await ensureServices(config, logger, 'techbridge_migration_scratch');
try {
  const orm = await initOrm({ databaseUrl: services.databaseUrl });
  await orm.schema.dropSchema({ dropMigrationsTable: true });
  await migrate(orm);
  const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `Created ${result.fileName}` : 'No changes: entities match the migrations.');
  await orm.close(true);
} finally {
  await services.stop();
}
