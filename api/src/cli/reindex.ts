/**
 * `pnpm reindex`: rebuilds the Meilisearch listing index from PostgreSQL into a new index and swaps it
 * in atomically, with a progress bar. Safe while the exchange runs: nothing written meanwhile is lost.
 */
import { Meilisearch } from 'meilisearch';
import { SingleBar, Presets } from 'cli-progress';
import { ensureServices } from '../platform/embedded/services';
import { initOrm, migrate } from '../platform/database/orm';
import { reindex } from '../modules/search/reindex';
import { SearchSync } from '../modules/search/sync';
import { cliLogger, loadConfigOrExit } from './runtime';

const config = loadConfigOrExit();
const logger = cliLogger(config);
const services = await ensureServices(config, logger);
try {
  const orm = await initOrm({ databaseUrl: services.databaseUrl });
  await migrate(orm);
  const search = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
  const bar = new SingleBar(
    { format: 'Reindexing listings [{bar}] {value}/{total} ({percentage}%)', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  const result = await reindex({ orm, search, config }, ({ total, done }) => {
    if (!started) {
      bar.start(total, done);
      started = true;
    } else {
      bar.setTotal(total);
      bar.update(done);
    }
  });
  bar.stop();
  // Replay what changed during the rebuild before exiting.
  await new SearchSync({ orm, search, config, logger }).flushAll();
  console.log(`Indexed ${result.indexed} published listings into "${result.index}".`);
  await orm.close(true);
} finally {
  await services.stop();
}
