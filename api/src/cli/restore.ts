/**
 * `pnpm restore <dir> [--force]`: restores a backup made by `pnpm backup` into this exchange (DATABASE_URL
 * and MEILI_URL, or the embedded servers under DATA_DIR): checks its checksums, refuses a database or
 * uploads folder that already holds data unless `--force` (which replaces it), loads the data, applies the
 * migrations newer than the backup, copies the uploaded files back and rebuilds the search index. Stop the
 * exchange first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Meilisearch } from 'meilisearch';
import { BackupError, restoreBackup } from '../platform/backup';
import { runningEmbeddedPostgres } from '../platform/embedded/postgres';
import { ensureServices } from '../platform/embedded/services';
import { cliLogger, loadConfigOrExit } from './runtime';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('Usage: pnpm restore <dir> [--force]');
  process.exit(2);
}
const config = loadConfigOrExit();
const logger = cliLogger(config);
if (!config.DATABASE_URL && (await runningEmbeddedPostgres(path.join(config.DATA_DIR, 'postgres')))) {
  console.error(
    `The exchange is running on ${config.DATA_DIR}: stop it (Ctrl-C in its terminal) before restoring.`,
  );
  process.exit(1);
}
const services = await ensureServices(config, logger);
try {
  const result = await restoreBackup({
    dir: path.resolve(positionals[0]!),
    databaseUrl: services.databaseUrl,
    config,
    search: new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey }),
    logger,
    force: values.force,
    onProgress: (m) => logger.info(m),
  });
  const rows = result.manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Restored the backup of ${result.manifest.createdAt}: ${rows} rows, ${result.manifest.uploads.length} files, ` +
      `${result.migrated.length} newer migrations applied, ${result.indexed} listings indexed.`,
  );
} catch (err) {
  if (!(err instanceof BackupError)) throw err;
  console.error(`Restore refused: ${err.message}`);
  process.exitCode = 1;
} finally {
  await services.stop();
}
