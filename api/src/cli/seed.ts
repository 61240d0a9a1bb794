/** `pnpm seed`: adds the demo accounts and organisations to an empty database (never in production). */
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { cliLogger, loadConfigOrExit } from './runtime';
import { seedDemo } from './demo-data';

const config = loadConfigOrExit();
if (config.isProduction) {
  console.error('Demo data is never seeded in production. Create the first admin with `pnpm user:create`.');
  process.exit(2);
}
const services = await ensureServices(config, cliLogger(config));
try {
  const orm = await initOrm({ databaseUrl: services.databaseUrl });
  await migrate(orm);
  console.log(
    (await seedDemo(orm.em.fork(), config))
      ? 'Demo data seeded.'
      : 'The database already has users: nothing seeded.',
  );
  await orm.close(true);
} finally {
  await services.stop();
}
