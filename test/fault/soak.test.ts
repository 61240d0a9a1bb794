import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, ROOT_DIR, type Config } from '../../api/src/platform/config';
import { initOrm, type Orm } from '../../api/src/platform/database/orm';
import { guardChildProcess } from '../../api/src/platform/embedded/watchdog';
import { createUser } from '../../api/src/modules/account/service';
import { persistSession, sessionCookieName } from '../../api/src/modules/account/sessions';
import { seedDemo } from '../../api/src/cli/demo-data';
import { CREATE_ORG } from '../kit/app';
import { TestClient } from '../kit/client';
import { createTestDatabase } from '../kit/db';
import { completeContent, VERIFY_ORG } from '../kit/listings';
import { call, interestInput, NEXT_STAGE, pick, QUERIES, sleep, type CallResult } from './load';

/**
 * A soak: 200 simulated people use the exchange at once for SOAK_SECONDS (30 s here; `SOAK_SECONDS=180`
 * for the long run) against the real API in its own process (`api/src/cli/serve.ts`, jobs on), on a
 * database holding the demo data. Visitors search and read listings; members post listings and express
 * interest; brokers publish listings and move cases. No 5xx, fewer than 0.1 % errors, and the API
 * process's resident memory flat: once warmed up, the last third of the run no more than 1.25 times the middle one.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const VISITORS = 100;
const MEMBERS = 80;
const BROKERS = 20;
/** Long enough for the heap to reach its working size before memory is sampled. */
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 10);
/** A person's pause between two actions (reading a page, filling a form), uniform in this range. */
const THINK_MS = [2000, 10_000] as const;

type EM = Parameters<typeof seedDemo>[0];

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let dataDir: string;
let config: Config;
let orm: Orm;
let api: { url: string; child: ChildProcess; output: string[]; stop(): Promise<number | null> };

interface Person {
  client: TestClient;
  organizationId?: string;
}

/** The V8 flags of the `start` script in package.json (`--max-old-space-size=…`): what production runs. */
function productionNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts.start?.match(/--max-[a-z-]+=\d+/g) ?? [];
}

/** Starts `serve.ts` in a child process, with production's heap limit; resolves once it listens. */
async function startApiProcess(env: Record<string, string>) {
  const args = [...productionNodeFlags(), '--import', 'tsx', path.join(ROOT_DIR, 'api/src/cli/serve.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid) guardChildProcess(child.pid, 'TERM');
  const output: string[] = [];
  const keep = (d: Buffer) => {
    for (const line of String(d).split('\n')) if (line.trim()) output.push(line);
    if (output.length > 2000) output.splice(0, output.length - 2000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output.join('\n')}`)), 60_000);
    const onData = () => {
      for (const line of output) {
        const m = line.includes('API listening') ? /"url":"([^"]+)"/.exec(line) : null;
        if (m) {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          resolve(m[1]!);
        }
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`API exited (${code}) while starting:\n${output.join('\n')}`));
    });
  });
  return {
    url,
    child,
    output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.kill('SIGTERM');
        const code = await exited;
        clearTimeout(timer);
        return code;
      }
      return child.exitCode;
    },
  };
}

/** Resident set size of a process, in MiB, from /proc. */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time a process has used (user + system), in seconds, from /proc (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

beforeAll(async () => {
  db = await createTestDatabase('soak');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-soak-'));
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('meiliMasterKey'),
    MEILI_INDEX_PREFIX: db.name,
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    JOBS_ENABLED: 'true',
  };
  config = loadConfig(env);
  orm = await initOrm({ databaseUrl: db.url });
  expect(await seedDemo(orm.em.fork() as EM, config)).toBe(true);
  api = await startApiProcess(env);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await orm?.close(true);
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Signed-in people, made the way the test kit's World does: an account and a session row. */
async function people(n: number, role: 'MEMBER' | 'BROKER'): Promise<Person[]> {
  const em = orm.em.fork() as EM;
  const users = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      createUser(em, {
        email: `soak-${role.toLowerCase()}-${i}@example.vn`,
        password: 'mat-khau-an-toan-123',
        displayName: `${role === 'BROKER' ? 'Cán bộ' : 'Thành viên'} ${i + 1}`,
        role,
      }),
    ),
  );
  const tokens = users.map((u) => persistSession(em, config, u));
  await em.flush();
  return tokens.map((token) => {
    const client = new TestClient(api.url);
    client.cookies.set(sessionCookieName(config), token);
    return { client };
  });
}

async function inBatches<T>(items: T[], size: number, fn: (item: T, i: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)));
}

const sqlRows = <T>(q: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute<T[]>(q, params);

describe('a soak of 200 simulated people', () => {
  it(
    `answers ${SECONDS} s of mixed use with no 5xx, < 0.1 % errors and flat memory`,
    async () => {
      // The cast: members each act for their own verified organisation; brokers; visitors.
      const brokers = await people(BROKERS, 'BROKER');
      const members = await people(MEMBERS, 'MEMBER');
      await inBatches(members, 10, async (m, i) => {
        const r = await m.client.ok(CREATE_ORG, {
          input: {
            name: `Công ty Thử tải ${i + 1}`,
            type: 'BUSINESS',
            taxCode: '3001234567',
            provinceCode: 'ha-tinh',
          },
        });
        m.organizationId = r.createOrganization.organization.id;
        await brokers[i % BROKERS]!.client.ok(VERIFY_ORG, { id: m.organizationId });
      });
      const visitors: Person[] = Array.from({ length: VISITORS }, () => ({
        client: new TestClient(api.url),
      }));

      // Every member asks the department to broker, all at the same moment: each case gets its own number.
      const cases: Array<{ id: string; version: number; stage: string }> = [];
      const opened = await Promise.all(
        members.map((m, i) =>
          call(
            m.client,
            'openCase',
            { input: { title: `Cần công nghệ số ${i + 1}`, need: 'Tìm công nghệ phù hợp cho nhà máy.' } },
            { payloadField: 'openCase' },
          ),
        ),
      );
      expect(opened.filter((r) => r.outcome !== 'ok').map((r) => r.body)).toEqual([]);
      for (const r of opened) cases.push({ ...r.data.openCase.case });
      expect(new Set(opened.map((r) => r.data.openCase.case.number)).size).toBe(MEMBERS);

      // What there is to read and to be interested in: the demo listings, once indexed.
      const until = Date.now() + 60_000;
      while (
        (
          await sqlRows<{ n: number }>(
            `select count(*)::int as n from search_outbox where processed_at is null`,
          )
        )[0]!.n
      ) {
        if (Date.now() > until) throw new Error('demo listings not indexed in time');
        await sleep(200);
      }
      const listings = await sqlRows<{ id: string; slug: string; organization_id: string }>(
        `select id, slug, organization_id from listings where status = 'PUBLISHED' and (content->>'openForInterest')::boolean`,
      );
      expect(listings.length).toBeGreaterThan(40);
      const slugs = listings.map((l) => l.slug);
      const [sector] = await sqlRows<{ id: string }>(`select id from sectors where code = 'agriculture'`);
      const submitted: string[] = [];
      const interested = new Set<string>();

      // What each kind of person does, and how often.
      const results: CallResult[] = [];
      const rec = (r: CallResult) => (results.push(r), r);
      let posted = 0;
      type Act = { w: number; run: (p: Person) => Promise<CallResult | null> };
      const visitorActs: Act[] = [
        {
          w: 6,
          run: (p: Person) => call(p.client, 'search', { q: pick(QUERIES), page: pick([1, 1, 1, 2]) }),
        },
        { w: 4, run: (p: Person) => call(p.client, 'view', { slug: pick(slugs) }) },
      ];
      const memberActs: Act[] = [
        ...visitorActs.map((a) => ({ ...a, w: a.w * 0.6 })),
        {
          w: 1.5,
          run: async (p: Person) => {
            const content = completeContent({
              sectorIds: [sector!.id],
              title: `${pick(['Máy sấy', 'Hệ thống tưới', 'Chế phẩm', 'Thiết bị đo'])} thử tải ${++posted}`,
            });
            const c = rec(
              await call(
                p.client,
                'create',
                { input: { kind: pick(['OFFER', 'REQUEST']), content } },
                { payloadField: 'createListing' },
              ),
            );
            if (c.outcome !== 'ok') return null;
            const id = c.data.createListing.listing.id as string;
            const s = await call(p.client, 'submit', { id }, { payloadField: 'submitListing' });
            if (s.outcome === 'ok') submitted.push(id);
            return s;
          },
        },
        {
          w: 1.5,
          run: async (p: Person) => {
            const l = pick(listings);
            const key = `${p.organizationId}:${l.id}`;
            if (l.organization_id === p.organizationId || interested.has(key))
              return call(p.client, 'view', { slug: l.slug });
            interested.add(key);
            return call(
              p.client,
              'express',
              { input: interestInput(l.id) },
              { payloadField: 'expressInterest' },
            );
          },
        },
      ];
      const brokerActs: Act[] = [
        ...visitorActs.map((a) => ({ ...a, w: a.w * 0.4 })),
        {
          w: 3,
          run: async (p: Person) => {
            const id = submitted.shift();
            if (!id) return call(p.client, 'search', { q: pick(QUERIES) });
            return call(p.client, 'publish', { id }, { payloadField: 'publishListing' });
          },
        },
        {
          w: 3,
          run: async (p: Person) => {
            const i = cases.findIndex((c) => NEXT_STAGE[c.stage]);
            if (i < 0) return call(p.client, 'search', { q: pick(QUERIES) });
            const [c] = cases.splice(i, 1);
            const r = await call(
              p.client,
              'moveCase',
              { input: { caseId: c!.id, version: c!.version, stage: NEXT_STAGE[c!.stage] } },
              { payloadField: 'moveCase' },
            );
            if (r.outcome === 'ok') Object.assign(c!, r.data.moveCase.case);
            cases.push(c!);
            return r;
          },
        },
      ];
      const choose = <A extends { w: number }>(acts: A[]): A => {
        let x = Math.random() * acts.reduce((s, a) => s + a.w, 0);
        for (const a of acts) if ((x -= a.w) < 0) return a;
        return acts.at(-1)!;
      };

      // Everyone at once: an action, then a pause to read and type, until time is up.
      let stopAt = Date.now() + (WARMUP_SECONDS + SECONDS) * 1000;
      const measureFrom = Date.now() + WARMUP_SECONDS * 1000;
      const cast: Array<[Person, Act[]]> = [
        ...visitors.map((p) => [p, visitorActs] as [Person, Act[]]),
        ...members.map((p) => [p, memberActs] as [Person, Act[]]),
        ...brokers.map((p) => [p, brokerActs] as [Person, Act[]]),
      ];
      expect(cast).toHaveLength(200);
      const memory: Array<{ at: number; mb: number }> = [];
      let cpuFrom = 0;
      const sampler = setInterval(() => {
        if (Date.now() < measureFrom) return;
        if (!memory.length) cpuFrom = cpuSeconds(api.child.pid!);
        memory.push({ at: Date.now(), mb: rssMb(api.child.pid!) });
      }, 500);
      await Promise.all(
        cast.map(async ([person, acts], i) => {
          await sleep((i * 37) % THINK_MS[1]); // people arrive over the first seconds
          while (Date.now() < stopAt) {
            const r = await choose(acts).run(person);
            if (r) rec(r);
            await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
          }
        }),
      );
      clearInterval(sampler);
      const cpu = cpuSeconds(api.child.pid!) - cpuFrom;
      stopAt = 0;

      // No 5xx, almost no errors.
      const measured = results.filter((r) => r.startedAt >= measureFrom);
      const failures = measured.filter((r) => r.outcome !== 'ok');
      const by = (f: (r: CallResult) => string) =>
        Object.entries(
          measured.reduce<Record<string, number[]>>((acc, r) => ((acc[f(r)] ??= []).push(r.ms), acc), {}),
        ).map(([k, ms]) => {
          ms.sort((a, b) => a - b);
          const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
          return `${k}: ${ms.length} (p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms)`;
        });
      const thirds = Math.floor(memory.length / 3);
      const avg = (xs: Array<{ mb: number }>) => xs.reduce((s, x) => s + x.mb, 0) / xs.length;
      const first = avg(memory.slice(0, thirds));
      const middle = avg(memory.slice(thirds, memory.length - thirds));
      const last = avg(memory.slice(-thirds));
      const apiErrors = api.output.filter((l) => /"level":(50|60)/.test(l));
      console.info(
        [
          `Soak: ${cast.length} people, ${SECONDS} s (+${WARMUP_SECONDS} s warm-up): ${measured.length} requests, ` +
            `${(measured.length / SECONDS).toFixed(0)}/s, ${failures.length} failed; API CPU ${cpu.toFixed(1)} s ` +
            `(${((cpu / SECONDS) * 100).toFixed(0)} % of a core, ${((cpu * 1000) / measured.length).toFixed(0)} ms a request)`,
          ...by((r) => r.op),
          `API RSS: first third ${first.toFixed(0)} MiB, middle ${middle.toFixed(0)} MiB, last third ${last.toFixed(0)} MiB ` +
            `(×${(last / middle).toFixed(2)} of the middle), max ${Math.max(...memory.map((m) => m.mb)).toFixed(0)} MiB, ${memory.length} samples`,
        ].join('\n  '),
      );
      expect(measured.length).toBeGreaterThan(SECONDS * 15);
      expect(measured.filter((r) => r.outcome === 'http-5xx').map((r) => r.body)).toEqual([]);
      expect(failures.length / measured.length, JSON.stringify(failures.slice(0, 5))).toBeLessThan(0.001);
      expect(apiErrors.slice(0, 5)).toEqual([]);
      // Every kind of action happened.
      for (const op of ['search', 'view', 'create', 'submit', 'express', 'publish', 'moveCase'])
        expect(
          measured.some((r) => r.op === op && r.outcome === 'ok'),
          op,
        ).toBe(true);

      // Flat memory: the heap grows to its working size early on; after that it must level off, not climb
      // third after third (a leak would keep it climbing).
      expect(memory.length).toBeGreaterThanOrEqual(SECONDS);
      expect(last).toBeLessThanOrEqual(middle * 1.25);

      // And it stops cleanly when asked.
      expect(await api.stop()).toBe(0);
    },
    (SECONDS + WARMUP_SECONDS + 150) * 1000,
  );
});
