/**
 * `pnpm bench [--size 10000] [--no-web]` (BENCH_QUICK=1: 10,000 listings and shorter runs): loads a
 * generated exchange into its own PostgreSQL and Meilisearch (embedded, or DATABASE_URL / MEILI_URL),
 * indexes it through the search outbox, starts the real API in a child process and measures it under
 * load against baselines, then freshness, matchmaking, memory and the web app. Figures go to
 * bench/results/latest.json and BENCHMARKS.md. Every process it starts stops when it ends or is
 * interrupted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Meilisearch } from 'meilisearch';
import { loadConfig, ROOT_DIR } from '../api/src/platform/config';
import { createLogger } from '../api/src/platform/logger';
import { ensureServices, type Services } from '../api/src/platform/embedded/services';
import { initOrm, migrate, type Orm } from '../api/src/platform/database/orm';
import { SearchSync } from '../api/src/modules/search/sync';
import { listingIndexName } from '../api/src/modules/search/index-config';
import { computeMatches } from '../api/src/modules/matching/service';
import { sessionCookieName } from '../api/src/modules/account/sessions';
import { loadWorld } from './lib/seed';
import { probe, runLoad, summarize, type LoadResult, type Scenario } from './lib/load';
import {
  dashboardApi,
  detailApi,
  detailBaseline,
  detailMemberApi,
  PUBLISH_MUTATION,
  searchApi,
  searchDirect,
  typeaheadApi,
  typeaheadDirect,
} from './lib/scenarios';
import { ask, cpuMsOf, memoryOf, MemoryWatch, startChild, type Child } from './lib/processes';
import { buildWeb, firstTaps, javascriptPerRoute, lighthouse } from './lib/web';
import { writeResults, type BenchResults, type Machine } from './lib/report';

const { values: flags } = parseArgs({
  options: {
    size: { type: 'string' },
    'no-web': { type: 'boolean', default: false },
    'no-soak': { type: 'boolean', default: false },
    seed: { type: 'string', default: '2026' },
  },
  allowPositionals: true,
});

const quick = process.env.BENCH_QUICK === '1';
const size = Number(flags.size ?? (quick ? 10_000 : 100_000));
if (!Number.isInteger(size) || size < 1000) throw new Error('--size expects a whole number ≥ 1000');
const durationS = Number(process.env.BENCH_DURATION ?? (quick ? 5 : 10));
const warmupS = Number(process.env.BENCH_WARMUP ?? (quick ? 2 : 3));
const connections = 32;
const seed = Number(flags.seed);
const withWeb = !flags['no-web'] && process.env.BENCH_WEB !== '0';
const withSoak = !flags['no-soak'] && process.env.BENCH_SOAK !== '0';
const FRESHNESS_COUNT = 200;
const FRESHNESS_RATE = 10; // per second
const RESULTS_DIR = path.join(ROOT_DIR, 'bench', 'results');

const log = (line: string) => console.log(line);
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

// ---- clean-up: every process started here stops on exit, error or Ctrl-C --------------------------

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error('clean-up failed:', e));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping everything the benchmark started…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function machine(databaseUrl: string, meili: Meilisearch): Promise<Machine> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('show server_version');
  await client.end();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let osName = `${os.type()} ${os.release()}`;
  try {
    osName = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)/m)?.[1] ?? osName;
  } catch {
    // not Linux
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: osName,
    node: process.version,
    postgres: rows[0]?.server_version ?? '?',
    meilisearch: (await meili.getVersion()).pkgVersion,
  };
}

async function prepareExternalDatabase(url: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function loadScenario(
  key: string,
  scenario: Scenario,
  api: Child | null,
): Promise<LoadResult & { rssAfterMb?: number; loadAvg1m: number; apiCpuMsPerRequest?: number }> {
  // Every request of the mix must work before it is measured.
  for (let i = 0; i < 16; i++) {
    const check = await probe(scenario, i);
    if (check.status >= 300 || (scenario.check && !scenario.check(check.body))) {
      throw new Error(`probe ${i} answered ${check.status}: ${check.body.slice(0, 400)}`);
    }
  }
  const profile = api && process.env.BENCH_PROFILE === '1';
  if (profile) await ask(api, { type: 'profile:start' }, 'profile:started');
  let cpuFrom: number | null = null;
  let cpuMs: number | null = null;
  const result = await runLoad(scenario, {
    connections,
    durationS,
    warmupS,
    around: (at) => {
      if (!api) return;
      const now = cpuMsOf(api.pid);
      if (at === 'start') cpuFrom = now;
      else if (now !== null && cpuFrom !== null) cpuMs = now - cpuFrom;
    },
  });
  // API CPU time per answer during the measured run (clock ticks of /proc/<pid>/stat: 10 ms resolution).
  const apiCpuMsPerRequest = cpuMs !== null && result.requests ? cpuMs / result.requests : undefined;
  if (profile) {
    const file = path.join(RESULTS_DIR, 'profiles', `${key}.cpuprofile`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await ask(api, { type: 'profile:stop', file }, 'profile:written', 120_000);
  }
  const mem = api ? memoryOf(api.pid) : null;
  log(
    `  ${scenario.name.padEnd(42)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(result.latencyMs.p50)}  p95 ${ms(
      result.latencyMs.p95,
    )}  p99 ${ms(result.latencyMs.p99)}  errors ${result.errors}/${result.non2xx}/${result.badBodies}` +
      (mem ? `  API RSS ${mem.rssMb.toFixed(0)} MB` : '') +
      (apiCpuMsPerRequest !== undefined ? `  API CPU ${apiCpuMsPerRequest.toFixed(1)} ms/req` : '') +
      `  load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  // The machine's 1-minute load average: other work on it (tests, builds) shows here.
  return {
    ...result,
    ...(mem ? { rssAfterMb: mem.rssMb } : {}),
    ...(apiCpuMsPerRequest !== undefined ? { apiCpuMsPerRequest } : {}),
    loadAvg1m: os.loadavg()[0]!,
  };
}

async function main() {
  const started = new Date();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, 'bench.log');
  fs.writeFileSync(logFile, '');
  const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-bench-'));
  fs.chmodSync(dataDir, 0o755);
  if (!process.env.BENCH_DATA_DIR)
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  log(
    `techbridge bench: ${size.toLocaleString('en')} listings${quick ? ' (quick)' : ''}, data in ${dataDir}`,
  );

  const sessionSecret = randomBytes(32).toString('base64url');
  const external = process.env.DATABASE_URL
    ? await prepareExternalDatabase(process.env.DATABASE_URL, 'techbridge_bench')
    : undefined;
  const baseEnv: Record<string, string> = {
    NODE_ENV: 'production',
    SESSION_SECRET: sessionSecret,
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    MEILI_INDEX_PREFIX: 'bench_',
    ...(external ? { DATABASE_URL: external } : {}),
    ...(process.env.MEILI_URL ? { MEILI_URL: process.env.MEILI_URL } : {}),
    ...(process.env.MEILI_MASTER_KEY ? { MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY } : {}),
  };
  // Bulk indexing drains the outbox in the largest batches the product's setting allows.
  const loadConfigEnv = { ...baseEnv, SEARCH_SYNC_BATCH: process.env.BENCH_SYNC_BATCH ?? '5000' };
  const config = loadConfig(loadConfigEnv);
  const logger = createLogger(config.LOG_LEVEL, 'bench');

  // 1. Servers, schema, data.
  const services: Services = await ensureServices(config, logger, 'techbridge_bench');
  cleanups.push(() => services.stop());
  const meili = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
  const indexName = listingIndexName(config);
  await meili
    .deleteIndex(indexName)
    .waitTask()
    .catch(() => undefined);
  const orm: Orm = await initOrm({ databaseUrl: services.databaseUrl });
  cleanups.push(() => orm.close(true));
  await migrate(orm);
  const pool = new pg.Pool({ connectionString: services.databaseUrl, max: 4 });
  cleanups.push(() => pool.end());

  log('1. loading');
  const world = await loadWorld({
    pool,
    orm,
    config,
    size,
    organizations: 300,
    submitted: FRESHNESS_COUNT,
    seed,
    log,
  });
  log(
    `  generated and inserted ${size.toLocaleString('en')} listings + ${world.organizations} organisations in ${(
      world.timings.generateAndInsertMs / 1000
    ).toFixed(1)} s`,
  );
  const sync = new SearchSync({ orm, search: meili, config, logger });
  const indexStarted = performance.now();
  await sync.flushAll(60 * 60_000);
  const indexMs = performance.now() - indexStarted;
  const stats = await meili.index(indexName).getStats();
  log(
    `  indexed ${stats.numberOfDocuments.toLocaleString('en')} documents through the outbox (batch ${
      config.SEARCH_SYNC_BATCH
    }) in ${(indexMs / 1000).toFixed(1)} s`,
  );
  if (stats.numberOfDocuments !== size)
    throw new Error(`index holds ${stats.numberOfDocuments}, expected ${size}`);

  let webBuild: { ok: boolean; ms: number } | null = null;
  if (withWeb) {
    log('  building the web app (pnpm --filter @techbridge/web build)…');
    webBuild = await buildWeb(logFile);
    if (!webBuild.ok) log(`  web build failed: see ${path.relative(ROOT_DIR, logFile)}`);
  }

  // 2. The API and the baseline handler, each in its own process.
  const childEnv = {
    ...process.env,
    ...baseEnv,
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    PORT: '0',
    JOBS_ENABLED: 'true',
  };
  // The Node flags `pnpm start` runs the API with (its heap limit), then BENCH_API_NODE_ARGS, e.g.
  // "--cpu-prof --cpu-prof-dir=bench/results/profiles", to profile the API.
  const apiNodeArgs = [
    ...productionNodeFlags(),
    ...(process.env.BENCH_API_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
  ];
  const api: Child = await startChild(path.join(ROOT_DIR, 'bench', 'api-process.ts'), childEnv, {
    execArgv: apiNodeArgs,
  });
  cleanups.push(() => api.stop());
  const watch = new MemoryWatch(api.pid);
  cleanups.push(async () => watch.stop());
  const startRss = memoryOf(api.pid);
  log(
    `2. API started at ${api.url} (pid ${api.pid}, RSS ${startRss?.rssMb.toFixed(0)} MB, node ${apiNodeArgs.join(' ')})`,
  );
  const baseline: Child = await startChild(path.join(ROOT_DIR, 'bench', 'baseline-process.ts'), {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
  });
  cleanups.push(() => baseline.stop());

  const cookie = `${sessionCookieName(config)}=${world.member.token}`;
  const brokerCookie = `${sessionCookieName(config)}=${world.broker.token}`;
  log(`3. load: ${connections} connections, ${durationS} s per scenario after ${warmupS} s warm-up`);
  const http: BenchResults['http'] = {};
  const scenarioErrors: Record<string, string> = {};
  const scenarios: Array<[string, Scenario, boolean]> = [
    ['searchApi', searchApi(api.url), true],
    ['searchDirect', searchDirect(services.meiliUrl, services.meiliMasterKey, indexName), false],
    ['searchMemberApi', searchApi(api.url, cookie), true],
    ['typeaheadApi', typeaheadApi(api.url), true],
    ['typeaheadDirect', typeaheadDirect(services.meiliUrl, services.meiliMasterKey, indexName), false],
    ['detailApi', detailApi(api.url, world.detailSlugs), true],
    ['detailBaseline', detailBaseline(baseline.url, world.detailSlugs), false],
    ['detailMemberApi', detailMemberApi(api.url, world.detailSlugs, cookie), true],
    ['dashboardApi', dashboardApi(api.url, cookie), true],
  ];
  const only = process.env.BENCH_ONLY?.split(',');
  for (const [key, scenario, isApi] of scenarios) {
    if (only && !only.includes(key)) continue;
    try {
      http[key] = await loadScenario(key, scenario, isApi ? api : null);
    } catch (error) {
      scenarioErrors[key] = error instanceof Error ? error.message : String(error);
      log(`  ${scenario.name}: FAILED — ${scenarioErrors[key]}`);
    }
  }
  await baseline.stop();
  if (process.env.BENCH_PAUSE_S) {
    // For poking at a loaded system by hand: print where everything is and wait.
    log(
      `  pausing ${process.env.BENCH_PAUSE_S} s: API ${api.url} · DB ${services.databaseUrl} · member cookie ${cookie}`,
    );
    await new Promise((r) => setTimeout(r, Number(process.env.BENCH_PAUSE_S) * 1000));
  }

  // 4. Freshness: a broker publishes submitted listings at a steady rate through the API.
  log(`4. freshness: publishing ${FRESHNESS_COUNT} listings at ${FRESHNESS_RATE}/s`);
  const freshness = await measureFreshness(api.url, brokerCookie, world.submitted, services, indexName);
  log(
    `  commit → findable p50 ${ms(freshness.commitToFindableMs.p50)}, p95 ${ms(
      freshness.commitToFindableMs.p95,
    )} (${freshness.published}/${FRESHNESS_COUNT} published, ${freshness.notFound} never found); publish mutation p95 ${ms(
      freshness.mutationMs.p95,
    )}`,
  );
  const rssAfterFreshness = memoryOf(api.pid)?.rssMb ?? null;

  // 5. Matchmaking for the requests just published.
  log('5. matchmaking');
  const queueIdle = await waitForMatchQueue(pool);
  const requestIds = world.submitted.filter((l) => l.kind === 'REQUEST').map((l) => l.id);
  const matchTimes: number[] = [];
  let proposals = 0;
  for (const id of requestIds) {
    const t = performance.now();
    const runResult = await computeMatches({ orm, search: meili, searchSync: sync }, id);
    matchTimes.push(performance.now() - t);
    proposals += runResult.proposed;
  }
  const matching = {
    requests: requestIds.length,
    queueIdleBeforeMs: queueIdle,
    proposalsPerRequest: requestIds.length ? proposals / requestIds.length : 0,
    ms: summarize(matchTimes),
  };
  log(
    `  computeMatches over ${requestIds.length} requests: p50 ${ms(matching.ms.p50)}, p95 ${ms(
      matching.ms.p95,
    )}; ${matching.proposalsPerRequest.toFixed(1)} proposals each`,
  );

  // 6. Memory.
  const memNow = memoryOf(api.pid);
  const memory = {
    startMb: startRss?.rssMb ?? null,
    afterScenarioMb: Object.fromEntries(Object.entries(http).map(([k, v]) => [k, v.rssAfterMb ?? null])),
    afterFreshnessMb: rssAfterFreshness,
    peakMb: Math.max(watch.peakMb, memNow?.peakMb ?? 0),
    webMb: null as number | null,
  };
  log(`6. API RSS: peak ${memory.peakMb.toFixed(0)} MB, now ${memNow?.rssMb.toFixed(0)} MB`);

  // 7. Web: JavaScript per route and Lighthouse, against the production server.
  let web: BenchResults['web'] = null;
  if (withWeb && webBuild?.ok) {
    log('7. web');
    const listingRoute = `/cong-nghe/${world.detailSlugs[1]}`;
    const routes = ['/', '/tim-kiem?q=may+say+lua', listingRoute];
    try {
      const js = await javascriptPerRoute(api.url, routes);
      for (const r of js)
        log(
          `  ${r.route.padEnd(40)} ${r.scripts} scripts, ${r.gzipKb.toFixed(0)} KB gzipped (${r.rawKb.toFixed(0)} KB raw)`,
        );
      const scores = [];
      // The target is on Lighthouse's default (mobile) profile; the desktop preset is shown beside it.
      for (const profile of ['mobile', 'desktop'] as const) {
        for (const route of routes) {
          const s = await lighthouse(api.url, route, logFile, profile);
          scores.push(s);
          log(
            `  lighthouse ${profile.padEnd(7)} ${route.padEnd(40)} perf ${s.performance} · a11y ${s.accessibility} · best ${s.bestPractices} · SEO ${s.seo}${
              s.error ? ` (${s.error})` : ''
            }`,
          );
        }
      }
      const taps = await firstTaps(api.url, routes);
      for (const t of taps)
        log(
          `  first tap ${t.route.padEnd(40)} ${t.control}: ${t.firstMs?.toFixed(0) ?? '—'} ms, then ${t.thenMs?.toFixed(0) ?? '—'} ms${
            t.error ? ` (${t.error})` : ''
          }`,
        );
      web = { buildMs: webBuild.ms, javascript: js, lighthouse: scores, firstTaps: taps };
    } catch (error) {
      log(`  web part failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    memory.webMb = memoryOf(api.pid)?.rssMb ?? null;
    memory.peakMb = Math.max(memory.peakMb, watch.peakMb, memoryOf(api.pid)?.peakMb ?? 0);
  }

  // 8. The long soak: the CI test's 200 simulated people, for 3 minutes (30 s with BENCH_QUICK).
  let soak: BenchResults['soak'] = null;
  if (withSoak) soak = runSoak(Number(process.env.SOAK_SECONDS ?? (quick ? 30 : 180)));

  const results: BenchResults = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    size,
    quick,
    seed,
    machine: await machine(services.databaseUrl, meili),
    settings: {
      connections,
      durationS,
      warmupS,
      searchSyncBatchForLoading: config.SEARCH_SYNC_BATCH,
      nodeEnv: 'production',
      jobsEnabled: true,
    },
    loading: {
      organizations: world.organizations,
      listings: size,
      insertMs: world.timings.generateAndInsertMs,
      indexMs,
      totalMs: world.timings.generateAndInsertMs + indexMs,
    },
    http,
    scenarioErrors,
    freshness,
    matching,
    memory,
    web,
    soak,
  };
  // Partial or instrumented runs (one scenario, a profiler, a pause) keep BENCHMARKS.md as it is.
  const partial = !!(process.env.BENCH_ONLY || process.env.BENCH_PROFILE || process.env.BENCH_PAUSE_S);
  const written = writeResults(results, RESULTS_DIR, partial ? null : path.join(ROOT_DIR, 'BENCHMARKS.md'));
  log(`\nwrote ${written.map((f) => path.relative(ROOT_DIR, f)).join(', ')}`);
}

async function measureFreshness(
  apiUrl: string,
  cookie: string,
  submitted: { id: string }[],
  services: Services,
  indexName: string,
) {
  const lags: number[] = [];
  const mutation: number[] = [];
  let published = 0;
  let notFound = 0;
  const failures: string[] = [];
  // One poller for every listing waiting to be findable: a single documents request every 10 ms (one
  // poller per listing would put hundreds of requests a second on the Meilisearch that is indexing them).
  const waiting = new Map<string, { since: number; deadline: number; done: (lag: number | null) => void }>();
  let polling = false;
  const pollLoop = async () => {
    if (polling) return;
    polling = true;
    while (waiting.size) {
      const ids = [...waiting.keys()];
      const res = await fetch(`${services.meiliUrl}/indexes/${indexName}/documents/fetch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${services.meiliMasterKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ids, fields: ['id'], limit: ids.length }),
      }).catch(() => null);
      const found = res?.ok ? ((await res.json()) as { results: { id: string }[] }).results : [];
      const now = Date.now();
      for (const { id } of found) {
        const w = waiting.get(id);
        if (w) {
          waiting.delete(id);
          w.done(now - w.since);
        }
      }
      for (const [id, w] of waiting) {
        if (now > w.deadline) {
          waiting.delete(id);
          w.done(null);
        }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    polling = false;
  };
  const poll = (id: string, since: number) =>
    new Promise<number | null>((resolve) => {
      waiting.set(id, { since, deadline: Date.now() + 30_000, done: resolve });
      void pollLoop();
    });
  const one = async (id: string) => {
    const sent = performance.now();
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({
        query: PUBLISH_MUTATION,
        variables: { input: { listingId: id, reason: 'Hồ sơ đầy đủ, đã đối chiếu với tổ chức.' } },
      }),
    });
    const body = (await res.json()) as {
      data?: { publishListing?: { listing: { publishedAt: string } | null; errors: { message: string }[] } };
      errors?: { message: string }[];
    };
    mutation.push(performance.now() - sent);
    const payload = body.data?.publishListing;
    if (!payload?.listing) {
      failures.push(JSON.stringify(body.errors ?? payload?.errors ?? body).slice(0, 300));
      return;
    }
    published++;
    // `publishedAt` is set by the API just before its commit: the clock of the same machine.
    const lag = await poll(id, new Date(payload.listing.publishedAt).getTime());
    if (lag === null) notFound++;
    else lags.push(lag);
  };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const startedAt = new Date();
  for (const [i, l] of submitted.entries()) {
    const due = start + (i * 1000) / FRESHNESS_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(one(l.id));
  }
  await Promise.all(pending);
  if (failures.length) log(`  ${failures.length} publish failures, first: ${failures[0]}`);
  const batches = await indexingBatches(services, indexName, startedAt);
  log(
    `  Meilisearch batches: ${batches.count}, ${batches.documentsPerBatch.toFixed(1)} documents each, duration p50 ${ms(
      batches.durationMs.p50,
    )}, p95 ${ms(batches.durationMs.p95)}; slowest steps: ${batches.topSteps
      .slice(0, 4)
      .map((s) => `${s.step} ${s.shareOfTime}`)
      .join(', ')}`,
  );
  return {
    count: submitted.length,
    batches,
    ratePerS: FRESHNESS_RATE,
    published,
    notFound,
    failures: failures.length,
    commitToFindableMs: summarize(lags),
    mutationMs: summarize(mutation),
  };
}

/** The V8 flags of the `start` script in package.json (`--max-old-space-size=…`): what production runs. */
function productionNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts.start?.match(/--max-[a-z-]+=\d+/g) ?? [];
}

/** ISO 8601 durations as Meilisearch writes them ("PT0.123456S", "PT1M2.5S") → ms. */
function isoDurationMs(d: string | null | undefined): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(d ?? '');
  return m ? (Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 1000 : 0;
}
/** "12.34ms", "1.2s", "850.1µs" → ms. */
function traceMs(v: string): number {
  const m = /^([\d.]+)\s*(ns|µs|us|ms|s)$/.exec(v.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  return m[2] === 's' ? n * 1000 : m[2] === 'ms' ? n : m[2] === 'ns' ? n / 1e6 : n / 1000;
}

/**
 * Meilisearch's own account of the batches it indexed since `since` (GET /batches): how long each took,
 * how many documents each held, and which steps of its progress trace took the time (summed over batches).
 */
async function indexingBatches(services: Services, indexName: string, since: Date) {
  const res = await fetch(
    `${services.meiliUrl}/batches?limit=1000&indexUids=${indexName}&afterEnqueuedAt=${encodeURIComponent(since.toISOString())}`,
    { headers: { authorization: `Bearer ${services.meiliMasterKey}` } },
  );
  const body = (await res.json()) as {
    results?: {
      duration: string | null;
      details?: { receivedDocuments?: number; deletedDocuments?: number };
      stats?: { progressTrace?: Record<string, string> };
    }[];
  };
  const results = body.results ?? [];
  const steps = new Map<string, number>();
  for (const b of results) {
    for (const [step, v] of Object.entries(b.stats?.progressTrace ?? {})) {
      // Only leaves: a parent step's time includes its children's.
      const isParent = Object.keys(b.stats!.progressTrace!).some(
        (k) => k !== step && k.startsWith(`${step} >`),
      );
      if (!isParent) steps.set(step, (steps.get(step) ?? 0) + traceMs(v));
    }
  }
  const total = [...steps.values()].reduce((a, b) => a + b, 0) || 1;
  const durations = results.map((b) => isoDurationMs(b.duration));
  const documents = results.reduce(
    (n, b) => n + (b.details?.receivedDocuments ?? 0) + (b.details?.deletedDocuments ?? 0),
    0,
  );
  return {
    count: results.length,
    documentsPerBatch: results.length ? documents / results.length : 0,
    durationMs: summarize(durations),
    topSteps: [...steps]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([step, t]) => ({
        step,
        totalMs: Math.round(t),
        shareOfTime: `${((t / total) * 100).toFixed(0)} %`,
      })),
  };
}

/**
 * Runs test/fault/soak.test.ts for `seconds` (its own PostgreSQL, Meilisearch and API process, through
 * vitest) and keeps the summary it prints: requests, errors, latencies per action, API CPU and memory.
 */
function runSoak(seconds: number): NonNullable<BenchResults['soak']> {
  log(`8. soak: 200 simulated people for ${seconds} s (test/fault/soak.test.ts)`);
  const run = spawnSync(
    path.join(ROOT_DIR, 'node_modules', '.bin', 'vitest'),
    ['run', 'test/fault/soak.test.ts'],
    {
      cwd: ROOT_DIR,
      env: { ...process.env, SOAK_SECONDS: String(seconds) },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // eslint-disable-next-line no-control-regex
  const text = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('Soak:'));
  const summary: string[] = [];
  for (let i = from; from >= 0 && i < lines.length && (i === from || lines[i]!.startsWith('  ')); i++)
    summary.push(lines[i]!);
  const passed = run.status === 0;
  for (const l of summary) log(`  ${l.trim()}`);
  log(`  soak ${passed ? 'passed' : 'FAILED'}`);
  if (!passed) fs.appendFileSync(path.join(RESULTS_DIR, 'bench.log'), text);
  return { seconds, passed, summary: summary.map((l) => l.trim()) };
}

/** Waits until the API's matching queue has nothing left from the publications (pg-boss table). */
async function waitForMatchQueue(pool: pg.Pool): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { rows } = await pool
      .query<{ n: number }>(
        `select count(*)::int as n from pgboss.job
          where name = 'match-listing' and state in ('created', 'retry', 'active')`,
      )
      .catch(() => ({ rows: [{ n: 0 }] }));
    if (!rows[0]?.n || performance.now() - started > 120_000) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
}

main()
  .then(() => cleanUp())
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
