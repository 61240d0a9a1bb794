import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadResult {
  name: string;
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  latencyMs: LatencySummary;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers with a status other than 2xx. */
  non2xx: number;
  /** 2xx answers whose body failed the scenario's check (GraphQL `errors`, wrong shape). */
  badBodies: number;
}

export interface Scenario {
  name: string;
  /** Base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The i-th request's path and body: scenarios rotate through their mix. */
  request(i: number): { path: string; body?: string };
  /** True when a 2xx body is a right answer. */
  check?(body: string): boolean;
  /** Sends requests 0…prime-1 once before the warm-up (to fill a cache with the scenario's hot set). */
  prime?: number;
}

/** Each of the first `scenario.prime` requests once, `connections` at a time. */
async function primeScenario(scenario: Scenario, connections: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < (scenario.prime ?? 0)) {
        const r = scenario.request(next++);
        const res = await fetch(`${scenario.url}${r.path}`, {
          method: scenario.method,
          // The same headers as the load itself: a prime the API answers differently fills nothing.
          headers: { 'content-type': 'application/json', ...scenario.headers },
          body: r.body,
        });
        const body = await res.text();
        if (!res.ok || (scenario.check && !scenario.check(body))) {
          throw new Error(`priming ${scenario.name}: HTTP ${res.status} ${body.slice(0, 200)}`);
        }
      }
    }),
  );
}

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  /** Called right before and right after the measured run (to read the server's CPU time). */
  around?: (at: 'start' | 'end') => void;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

async function once(scenario: Scenario, connections: number, durationS: number) {
  let i = 0;
  let badBodies = 0;
  const latencies: number[] = [];
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable.
  const instance = autocannon({
    url: scenario.url,
    connections,
    duration: durationS,
    timeout: 30,
    requests: [
      {
        method: scenario.method,
        headers: { 'content-type': 'application/json', ...scenario.headers },
        setupRequest: (req) => {
          const { path, body } = scenario.request(i++);
          return { ...req, path, ...(body !== undefined ? { body } : {}) };
        },
        ...(scenario.check
          ? {
              onResponse: (status: number, body: string) => {
                if (status >= 200 && status < 300 && !scenario.check!(body)) badBodies++;
              },
            }
          : {}),
      },
    ],
  }) as unknown as EventEmitter & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  return { result, latencies, badBodies };
}

/** A warm-up run (discarded), then the measured run; latencies from every answer of the measured run. */
export async function runLoad(scenario: Scenario, opts: LoadOptions): Promise<LoadResult> {
  if (scenario.prime) await primeScenario(scenario, opts.connections);
  if (opts.warmupS > 0) await once(scenario, opts.connections, opts.warmupS);
  opts.around?.('start');
  const { result, latencies, badBodies } = await once(scenario, opts.connections, opts.durationS);
  opts.around?.('end');
  const seconds = result.duration || opts.durationS;
  return {
    name: scenario.name,
    connections: opts.connections,
    durationS: seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    latencyMs: summarize(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    badBodies,
  };
}

/** Sends one request of a scenario and returns its status and body, to check it works before loading it. */
export async function probe(scenario: Scenario, i = 0): Promise<{ status: number; body: string }> {
  const { path, body } = scenario.request(i);
  const res = await fetch(new URL(path, scenario.url), {
    method: scenario.method,
    headers: { 'content-type': 'application/json', ...scenario.headers },
    body,
  });
  return { status: res.status, body: await res.text() };
}
