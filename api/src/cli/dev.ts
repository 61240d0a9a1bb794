/**
 * `pnpm dev`: embedded (or configured) PostgreSQL and Meilisearch stay up while the API reloads on
 * every change (`tsx watch`) and Vite serves the web app with hot reload, proxying /graphql.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from '../platform/config';
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { freePort } from '../platform/net';
import { cliLogger, loadConfigOrExit, onShutdown } from './runtime';
import { seedDemo } from './demo-data';

const config = loadConfigOrExit();
const logger = cliLogger(config);
const children: ChildProcess[] = [];
const services = await ensureServices(config, logger);
onShutdown(logger, async () => {
  for (const c of children) c.kill('SIGTERM');
  await services.stop();
});
const orm = await initOrm({ databaseUrl: services.databaseUrl });
await migrate(orm);
if (config.seedDemo) await seedDemo(orm.em.fork(), config);
await orm.close(true);

const apiPort = config.PORT || (await freePort());
const env = {
  ...process.env,
  DATABASE_URL: services.databaseUrl,
  MEILI_URL: services.meiliUrl,
  MEILI_MASTER_KEY: services.meiliMasterKey,
  PORT: String(apiPort),
  TECHBRIDGE_API_URL: `http://127.0.0.1:${apiPort}`,
};
const bin = (pkg: string, name: string) => path.join(ROOT_DIR, pkg, 'node_modules', '.bin', name);
children.push(
  spawn(bin('.', 'tsx'), ['watch', '--clear-screen=false', path.join(ROOT_DIR, 'api/src/cli/serve.ts')], {
    env: { ...env, WEB_DIST_DIR: path.join(ROOT_DIR, '.no-web-dist') },
    stdio: 'inherit',
  }),
  spawn(bin('web', 'vite'), ['--host', '127.0.0.1'], {
    cwd: path.join(ROOT_DIR, 'web'),
    env,
    stdio: 'inherit',
  }),
);
for (const c of children) c.on('exit', (code) => logger.info({ code }, 'dev child exited'));
