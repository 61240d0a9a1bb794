/**
 * The API under test, in its own process so that its memory can be read from /proc: the real `startApi`
 * with the environment the benchmark passes. Started with `fork(…, { execArgv: ['--import', 'tsx'] })`;
 * reports `{ type: 'ready', url, pid }` over IPC and stops on `{ type: 'stop' }`, SIGTERM, SIGINT or
 * when the benchmark goes away.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../api/src/platform/config';
import { createLogger } from '../api/src/platform/logger';
import { startApi, type RunningApi } from '../api/src/platform/bootstrap';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL, 'bench-api');
let api: RunningApi | null = null;
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const timer = setTimeout(() => process.exit(code || 1), 10_000);
  timer.unref();
  try {
    await api?.close();
  } catch (error) {
    logger.error({ err: error }, 'closing the API failed');
  }
  process.exit(code);
}

process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('disconnect', () => void stop());
let profiler: Session | null = null;
process.on('message', (m: { type?: string; file?: string }) => {
  if (m?.type === 'stop') void stop();
  // BENCH_PROFILE=1: a CPU profile per scenario, written where the benchmark says.
  else if (m?.type === 'profile:start' && !profiler) {
    profiler = new Session();
    profiler.connect();
    void profiler
      .post('Profiler.enable')
      .then(() => profiler!.post('Profiler.start'))
      .then(() => process.send?.({ type: 'profile:started' }));
  } else if (m?.type === 'profile:stop' && profiler && m.file) {
    const session = profiler;
    profiler = null;
    void session.post('Profiler.stop').then(({ profile }) => {
      fs.writeFileSync(m.file!, JSON.stringify(profile));
      session.disconnect();
      process.send?.({ type: 'profile:written', file: m.file });
    });
  }
});

try {
  api = await startApi(
    config,
    logger,
    {
      databaseUrl: config.DATABASE_URL!,
      meiliUrl: config.MEILI_URL!,
      meiliMasterKey: config.MEILI_MASTER_KEY!,
    },
    { port: 0, host: '127.0.0.1' },
  );
  process.send?.({ type: 'ready', url: api.url, pid: process.pid });
} catch (error) {
  logger.error({ err: error }, 'API did not start');
  process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  await stop(1);
}
