/**
 * `pnpm backup [dir]`: writes a consistent backup of the exchange — every PostgreSQL table from one
 * snapshot, the uploaded files of the attachments in it, and a manifest with checksums — into `dir`
 * (default `DATA_DIR/backups/techbridge-<time>`). Safe while the exchange runs: it reads from
 * DATABASE_URL, or from the embedded PostgreSQL that `pnpm start` is running, or starts that one itself.
 * See api/src/platform/backup.ts for what is in it; `pnpm restore <dir>` puts it back.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, createBackup } from '../platform/backup';
import {
  ensureDatabase,
  runningEmbeddedPostgres,
  startEmbeddedPostgres,
} from '../platform/embedded/postgres';
import { cliLogger, loadConfigOrExit } from './runtime';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length > 1) {
  console.error('Usage: pnpm backup [dir]');
  process.exit(2);
}
const config = loadConfigOrExit();
const logger = cliLogger(config);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const dir = path.resolve(positionals[0] ?? path.join(config.DATA_DIR, 'backups', `techbridge-${stamp}`));

let stop: () => Promise<void> = () => Promise.resolve();
let databaseUrl = config.DATABASE_URL;
if (!databaseUrl) {
  const pgDir = path.join(config.DATA_DIR, 'postgres');
  const running = await runningEmbeddedPostgres(pgDir);
  if (running) databaseUrl = running.urlFor('techbridge');
  else {
    const server = await startEmbeddedPostgres(pgDir, logger);
    stop = server.stop;
    await ensureDatabase(server.adminUrl, 'techbridge');
    databaseUrl = server.urlFor('techbridge');
  }
}
try {
  const manifest = await createBackup({
    databaseUrl,
    dataDir: config.DATA_DIR,
    dir,
    onProgress: (m) => logger.info(m),
  });
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Backup written to ${dir}: ${manifest.tables.length} tables (${rows} rows), ` +
      `${manifest.uploads.length} uploaded files, at migration ${manifest.migrations.at(-1) ?? '(none)'}.`,
  );
  if (manifest.missingUploads.length) {
    console.error(
      `Warning: ${manifest.missingUploads.length} attachments had no files in ${path.join(config.DATA_DIR, 'uploads')}: ` +
        manifest.missingUploads.slice(0, 5).join(', '),
    );
    process.exitCode = 1;
  }
} catch (err) {
  if (!(err instanceof BackupError)) throw err;
  console.error(`Backup failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await stop();
}
