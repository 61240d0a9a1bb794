/**
 * `pnpm start`: starts (or connects to) PostgreSQL and Meilisearch, applies migrations, seeds demo
 * data into an empty database (not in production), serves the API and the built web app, and prints
 * the URL and the demo logins. Ctrl-C stops everything it started.
 */
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { startApi, type RunningApi } from '../platform/bootstrap';
import { cliLogger, loadConfigOrExit, onShutdown } from './runtime';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo-data';

const config = loadConfigOrExit();
const logger = cliLogger(config);
let api: RunningApi | null = null;
const services = await ensureServices(config, logger);
onShutdown(logger, async () => {
  logger.info('stopping');
  await api?.close();
  await services.stop();
});

const orm = await initOrm({ databaseUrl: services.databaseUrl });
const applied = await migrate(orm);
if (applied.length) logger.info({ applied }, 'migrations applied');
const seeded = config.seedDemo ? await seedDemo(orm.em.fork(), config) : false;
await orm.close(true);

try {
  api = await startApi(config, logger, services);
} catch (err) {
  // Port 3000 taken and no PORT asked for: take any free port rather than fail.
  if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || process.env.PORT) throw err;
  api = await startApi(config, logger, services, { port: 0 });
}
const lines = ['', `  Sàn giao dịch công nghệ đang chạy / techbridge is running:  ${api.url}`, ''];
if (config.seedDemo) {
  lines.push(
    `  Tài khoản demo / demo logins${seeded ? ' (vừa tạo / just created)' : ''} — mật khẩu / password: ${DEMO_PASSWORD}`,
  );
  for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.email.padEnd(34)} ${a.label}`);
  lines.push('');
}
if (config.devMailbox && !config.isProduction)
  lines.push(`  Hộp thư phát triển / development mailbox: ${api.url}/dev/mailbox`, '');
lines.push('  Ctrl-C để dừng / to stop.', '');
console.log(lines.join('\n'));
