import fs from 'node:fs';
import path from 'node:path';
import type { LatencySummary, LoadResult } from './load';
import type { FirstTap, LighthouseScores, RouteJs } from './web';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  meilisearch: string;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  size: number;
  quick: boolean;
  seed: number;
  machine: Machine;
  settings: {
    connections: number;
    durationS: number;
    warmupS: number;
    searchSyncBatchForLoading: number;
    nodeEnv: string;
    jobsEnabled: boolean;
  };
  loading: { organizations: number; listings: number; insertMs: number; indexMs: number; totalMs: number };
  http: Record<string, LoadResult & { rssAfterMb?: number; loadAvg1m: number; apiCpuMsPerRequest?: number }>;
  scenarioErrors: Record<string, string>;
  freshness: {
    count: number;
    ratePerS: number;
    published: number;
    notFound: number;
    failures: number;
    commitToFindableMs: LatencySummary;
    mutationMs: LatencySummary;
    /** Meilisearch's batches meanwhile (GET /batches), and the steps of its progress trace that took the time. */
    batches?: {
      count: number;
      documentsPerBatch: number;
      durationMs: LatencySummary;
      topSteps: { step: string; totalMs: number; shareOfTime: string }[];
    };
  };
  matching: { requests: number; queueIdleBeforeMs: number; proposalsPerRequest: number; ms: LatencySummary };
  memory: {
    startMb: number | null;
    afterScenarioMb: Record<string, number | null>;
    afterFreshnessMb: number | null;
    webMb: number | null;
    peakMb: number;
  };
  web: {
    buildMs: number;
    javascript: RouteJs[];
    lighthouse: LighthouseScores[];
    /** Absent from runs before the app took pages over on first use. */
    firstTaps?: FirstTap[];
  } | null;
  /** The long soak (test/fault/soak.test.ts): its printed summary. */
  soak?: { seconds: number; passed: boolean; summary: string[] } | null;
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const f0 = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '—' : v.toFixed(0));
const f1 = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '—' : v.toFixed(1));
const f2 = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '—' : v.toFixed(2));
const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? '✅ met' : '❌ missed');

export function targets(r: BenchResults): Target[] {
  const s = r.http.searchApi;
  const sd = r.http.searchDirect;
  const d = r.http.detailApi;
  const db = r.http.detailBaseline;
  const out: Target[] = [];
  const ratio = (a?: LoadResult, b?: LoadResult) => (a && b && b.rps ? a.rps / b.rps : null);
  const sr = ratio(s, sd);
  out.push({
    name: 'Search throughput (visitors)',
    target: '≥ 0.7 × direct Meilisearch',
    measured: sr === null ? '—' : `${f2(sr)} × (${f0(s?.rps)} vs ${f0(sd?.rps)} req/s)`,
    met: sr === null ? false : sr >= 0.7,
  });
  out.push({
    name: 'Search p95 (visitors)',
    target: '≤ direct p95 + 10 ms',
    measured: s && sd ? `${f1(s.latencyMs.p95)} ms vs ${f1(sd.latencyMs.p95)} + 10 ms` : '—',
    met: s && sd ? s.latencyMs.p95 <= sd.latencyMs.p95 + 10 : false,
  });
  // The same targets without the cache: every search asked by a signed-in member.
  const sm = r.http.searchMemberApi;
  const smr = ratio(sm, sd);
  out.push({
    name: 'Search throughput, uncached (signed in)',
    target: '≥ 0.7 × direct Meilisearch',
    measured: smr === null ? '—' : `${f2(smr)} × (${f0(sm?.rps)} vs ${f0(sd?.rps)} req/s)`,
    met: smr === null ? false : smr >= 0.7,
  });
  out.push({
    name: 'Search p95, uncached (signed in)',
    target: '≤ direct p95 + 10 ms',
    measured: sm && sd ? `${f1(sm.latencyMs.p95)} ms vs ${f1(sd.latencyMs.p95)} + 10 ms` : '—',
    met: sm && sd ? sm.latencyMs.p95 <= sd.latencyMs.p95 + 10 : false,
  });
  out.push({
    name: 'Detail p95 (visitors)',
    target: '≤ 25 ms',
    measured: d ? `${f1(d.latencyMs.p95)} ms` : '—',
    met: d ? d.latencyMs.p95 <= 25 : false,
  });
  const dr = ratio(d, db);
  out.push({
    name: 'Detail throughput (visitors)',
    target: '≥ 0.5 × minimal handler',
    measured: dr === null ? '—' : `${f2(dr)} × (${f0(d?.rps)} vs ${f0(db?.rps)} req/s)`,
    met: dr === null ? false : dr >= 0.5,
  });
  out.push({
    name: 'Freshness p95 (commit → findable)',
    target: '≤ 1.5 s',
    measured: `${f0(r.freshness.commitToFindableMs.p95)} ms`,
    met: r.freshness.notFound === 0 && r.freshness.commitToFindableMs.p95 <= 1500,
  });
  out.push({
    name: 'Proposals p95 (computeMatches)',
    target: '≤ 300 ms',
    measured: `${f0(r.matching.ms.p95)} ms`,
    met: r.matching.ms.p95 <= 300,
  });
  out.push({
    name: 'Loading + indexing 100,000',
    target: '≤ 3 min',
    measured: `${f1(r.loading.totalMs / 1000)} s for ${r.size.toLocaleString('en')}`,
    met: r.size === 100_000 ? r.loading.totalMs <= 180_000 : null,
  });
  out.push({
    name: 'API peak RSS',
    target: '≤ 400 MB',
    measured: `${f0(r.memory.peakMb)} MB`,
    met: r.memory.peakMb <= 400,
  });
  if (r.web) {
    const js = Math.max(...r.web.javascript.map((j) => j.gzipKb));
    out.push({
      name: 'JavaScript per route, all the app needs once used (gzipped)',
      target: '≤ 250 KB',
      measured: `${f0(js)} KB at most`,
      met: js <= 250,
    });
    const mobile = r.web.lighthouse.filter((l) => (l.profile ?? 'mobile') === 'mobile');
    const low = (k: 'performance' | 'accessibility') =>
      mobile.some((l) => l[k] == null) ? null : Math.min(...mobile.map((l) => l[k]!));
    const perf = low('performance');
    const a11y = low('accessibility');
    out.push({
      name: 'Lighthouse performance (mobile), 3 pages',
      target: '≥ 90',
      measured: perf == null ? '—' : `${perf} at lowest`,
      met: perf != null && perf >= 90,
    });
    out.push({
      name: 'Lighthouse accessibility, 3 pages',
      target: '≥ 95',
      measured: a11y == null ? '—' : `${a11y} at lowest`,
      met: a11y != null && a11y >= 95,
    });
  }
  return out;
}

const HTTP_ROWS: Array<[string, string, string | null]> = [
  ['searchApi', 'Search (API, visitors: 12 searches, cached)', 'searchDirect'],
  ['searchDirect', 'Search (Meilisearch direct)', null],
  ['searchMemberApi', 'Search (API, signed in: uncached)', 'searchDirect'],
  ['typeaheadApi', 'Search-as-you-type (API)', 'typeaheadDirect'],
  ['typeaheadDirect', 'Search-as-you-type (Meilisearch direct)', null],
  ['detailApi', 'Listing detail (API, visitors: hot set cached)', 'detailBaseline'],
  ['detailBaseline', 'Listing detail (minimal handler, 1 SQL)', null],
  ['detailMemberApi', 'Listing detail (API, signed in: uncached)', 'detailBaseline'],
  ['dashboardApi', 'Member dashboard (API)', null],
];

export function markdownSection(r: BenchResults): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(`## ${r.size.toLocaleString('en')} listings — ${r.startedAt.slice(0, 10)}`);
  lines.push('');
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GiB, ${m.os}; Node ${m.node}, PostgreSQL ${m.postgres}, Meilisearch ${m.meilisearch}. ` +
      `Run ${r.startedAt.replace('T', ' ').slice(0, 16)} UTC, ${r.quick ? 'quick mode, ' : ''}seed ${r.seed}; ` +
      `${r.settings.connections} connections, ${r.settings.durationS} s per scenario after ${r.settings.warmupS} s warm-up; ` +
      `API with NODE_ENV=${r.settings.nodeEnv}, jobs on; load generator, API, PostgreSQL and Meilisearch share the machine.`,
  );
  lines.push('');
  lines.push('### Targets');
  lines.push('');
  lines.push('| target | goal | measured | |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of targets(r)) lines.push(`| ${t.name} | ${t.target} | ${t.measured} | ${mark(t.met)} |`);
  lines.push('');
  lines.push('### Loading');
  lines.push('');
  lines.push(
    `${r.loading.listings.toLocaleString('en')} published listings and ${r.loading.organizations} organisations: ` +
      `generated and inserted (multi-row INSERT, one outbox row each) in **${f1(r.loading.insertMs / 1000)} s**, ` +
      `indexed through the search outbox (\`SearchSync.flushAll\`, batches of ${r.settings.searchSyncBatchForLoading}) in ` +
      `**${f1(r.loading.indexMs / 1000)} s** — **${f1(r.loading.totalMs / 1000)} s** in all.`,
  );
  lines.push('');
  lines.push('### HTTP under load');
  lines.push('');
  lines.push(
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors / non-2xx / bad bodies | vs baseline (req/s) | API CPU ms/req | API RSS after (MB) | load avg |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const [key, label, base] of HTTP_ROWS) {
    const h = r.http[key];
    if (!h) {
      if (r.scenarioErrors[key])
        lines.push(`| ${label} | failed: ${r.scenarioErrors[key]!.slice(0, 120)} | | | | | | | | |`);
      continue;
    }
    const b = base ? r.http[base] : undefined;
    const vs = b ? `${f2(h.rps / b.rps)} ×` : '';
    lines.push(
      `| ${label} | ${f0(h.rps)} | ${f1(h.latencyMs.p50)} | ${f1(h.latencyMs.p95)} | ${f1(h.latencyMs.p99)} | ${h.errors} / ${h.non2xx} / ${h.badBodies} | ${vs} | ${h.apiCpuMsPerRequest != null ? f1(h.apiCpuMsPerRequest) : ''} | ${h.rssAfterMb != null ? f0(h.rssAfterMb) : ''} | ${f1(h.loadAvg1m)} |`,
    );
  }
  lines.push('');
  const fr = r.freshness;
  lines.push('### Freshness and matchmaking');
  lines.push('');
  lines.push(
    `A broker published ${fr.count} submitted listings at ${fr.ratePerS}/s through \`publishListing\` ` +
      `(${fr.published} published, ${fr.failures} failed, ${fr.notFound} never findable within 30 s): commit → findable by id in Meilisearch ` +
      `p50 **${f0(fr.commitToFindableMs.p50)} ms**, p95 **${f0(fr.commitToFindableMs.p95)} ms**, max ${f0(fr.commitToFindableMs.max)} ms; ` +
      `the mutation itself p50 ${f0(fr.mutationMs.p50)} ms, p95 ${f0(fr.mutationMs.p95)} ms.`,
  );
  if (fr.batches) {
    lines.push('');
    lines.push(
      `Meilisearch indexed them in ${fr.batches.count} batches of ${f1(fr.batches.documentsPerBatch)} documents: ` +
        `p50 ${f0(fr.batches.durationMs.p50)} ms, p95 ${f0(fr.batches.durationMs.p95)} ms a batch. Where its time went ` +
        `(progress trace, summed): ${fr.batches.topSteps
          .slice(0, 5)
          .map((s) => `${s.step} ${s.shareOfTime}`)
          .join('; ')}.`,
    );
  }
  lines.push('');
  lines.push(
    `\`computeMatches\` for the ${r.matching.requests} requests just published, against ${Math.round(r.size * 0.62).toLocaleString('en')}-odd offers: ` +
      `p50 **${f0(r.matching.ms.p50)} ms**, p95 **${f0(r.matching.ms.p95)} ms**, max ${f0(r.matching.ms.max)} ms ` +
      `(${f1(r.matching.proposalsPerRequest)} open proposals per request).`,
  );
  lines.push('');
  lines.push('### API memory');
  lines.push('');
  const after = Object.entries(r.memory.afterScenarioMb)
    .map(([k, v]) => `${k} ${f0(v)}`)
    .join(', ');
  lines.push(
    `RSS at start ${f0(r.memory.startMb)} MB; after each scenario (MB): ${after}; after freshness ${f0(r.memory.afterFreshnessMb)}` +
      `${r.memory.webMb != null ? `; after the web pages ${f0(r.memory.webMb)}` : ''}. Peak (VmHWM) **${f0(r.memory.peakMb)} MB**.`,
  );
  lines.push('');
  if (r.web) {
    lines.push('### Web');
    lines.push('');
    lines.push(
      "Visitors' home, search and listing pages arrive rendered by the server and run no app script until someone uses them (`web/public/take-over.js`); the scripts below are what each route loads to become the app.",
    );
    lines.push('');
    lines.push('| route | scripts | JavaScript gzipped (KB) | raw (KB) |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const j of r.web.javascript)
      lines.push(`| \`${j.route}\` | ${j.scripts} | ${f0(j.gzipKb)} | ${f0(j.rawKb)} |`);
    lines.push('');
    lines.push(
      '| Lighthouse (simulated throttling) | profile | performance | accessibility | best practices | SEO | LCP | TBT | audits below 0.9 |',
    );
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const l of r.web.lighthouse) {
      lines.push(
        `| \`${l.route}\` | ${l.profile ?? 'mobile'} | ${f0(l.performance)} | ${f0(l.accessibility)} | ${f0(l.bestPractices)} | ${f0(l.seo)} | ${
          l.lcpMs != null ? `${f1(l.lcpMs / 1000)} s` : '—'
        } | ${l.tbtMs != null ? `${f0(l.tbtMs)} ms` : '—'} | ${l.error ?? l.failing.join(', ')} |`,
      );
    }
    lines.push('');
    if (r.web.firstTaps?.length) {
      lines.push(
        'What the first use costs instead (phone-sized page, CPU slowed 4×, scripts already in the cache): a tap before the app runs starts it and is done again once the page is hydrated; the same tap on the running app beside it.',
      );
      lines.push('');
      lines.push('| route | tap → effect | first tap (ms) | same tap, app running (ms) |');
      lines.push('| --- | --- | ---: | ---: |');
      for (const t of r.web.firstTaps)
        lines.push(`| \`${t.route}\` | ${t.control} | ${t.error ?? f0(t.firstMs)} | ${f0(t.thenMs)} |`);
      lines.push('');
    }
  }
  if (r.soak) {
    lines.push('### Soak');
    lines.push('');
    lines.push(
      `200 simulated people (visitors, members, brokers) for ${r.soak.seconds} s against the API in its own process ` +
        `(\`test/fault/soak.test.ts\`): **${r.soak.passed ? 'passed' : 'failed'}** (no 5xx, < 0.1 % errors, memory levelling off).`,
    );
    lines.push('');
    lines.push('```');
    for (const l of r.soak.summary) lines.push(l);
    lines.push('```');
    lines.push('');
  }
  return lines.join('\n');
}

const INTRO = `# Benchmarks

Figures from \`pnpm bench\` (100,000 listings) and \`BENCH_QUICK=1 pnpm bench\` (10,000), each run on one
machine in one go: the bench starts its own PostgreSQL and Meilisearch, loads a generated exchange, starts
the real API in a child process and loads it with autocannon. Each size keeps its last run below (the bench
rewrites its own section); every figure is in \`bench/results/latest.json\` after a run. See
[\`bench/README.md\`](bench/README.md) for what each scenario sends.
`;

/** Writes the JSON files and replaces this size's section of BENCHMARKS.md; returns the files written. */
export function writeResults(r: BenchResults, resultsDir: string, markdownFile: string | null): string[] {
  fs.mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify(r, null, 2);
  const latest = path.join(resultsDir, 'latest.json');
  const bySize = path.join(resultsDir, `latest-${r.size}.json`);
  fs.writeFileSync(latest, json);
  if (!markdownFile) return [latest];
  fs.writeFileSync(bySize, json);
  const start = `<!-- bench:${r.size}:start -->`;
  const end = `<!-- bench:${r.size}:end -->`;
  const section = `${start}\n${markdownSection(r)}\n${end}`;
  let doc = fs.existsSync(markdownFile) ? fs.readFileSync(markdownFile, 'utf8') : INTRO;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) doc = doc.slice(0, from) + section + doc.slice(to + end.length);
  else {
    // Larger sizes first.
    const others = [...doc.matchAll(/<!-- bench:(\d+):start -->/g)].map((m) => ({
      size: Number(m[1]),
      at: m.index!,
    }));
    const before = others.find((o) => o.size < r.size);
    doc = before
      ? `${doc.slice(0, before.at)}${section}\n\n${doc.slice(before.at)}`
      : `${doc.trimEnd()}\n\n${section}\n`;
  }
  fs.writeFileSync(markdownFile, doc);
  return [latest, bySize, markdownFile];
}
