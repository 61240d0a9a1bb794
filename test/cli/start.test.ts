import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { ROOT_DIR } from '../../api/src/platform/config';
import { createTestDatabase } from '../kit/db';
import { TestClient } from '../kit/client';

/** The same command line as the package.json scripts: one Node process with tsx as a loader. */
const NODE_ARGS = ['--import', 'tsx'];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-start-'));
fs.chmodSync(dataDir, 0o755);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Processes whose command line mentions our data folder. */
function serversUsing(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(dir) && /postgres|meilisearch/.test(l));
}

function runStart(env: Record<string, string>) {
  const child = spawn(process.execPath, [...NODE_ARGS, path.join(ROOT_DIR, 'api/src/cli/start.ts')], {
    cwd: ROOT_DIR,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/root',
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start did not print its URL:\n${output}`)), 60_000);
    child.stdout.on('data', () => {
      const m = output.match(/techbridge is running:\s+(http:\/\/\S+)/);
      if (m && output.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => output };
}

describe('pnpm start (embedded servers)', () => {
  it('starts PostgreSQL and Meilisearch, migrates, seeds demo logins, and Ctrl-C leaves nothing running', async () => {
    const first = runStart({});
    const url = await first.ready;
    expect(first.output()).toContain('doanhnghiep@demo.techbridge.vn');
    expect(first.output()).toContain('moigioi@demo.techbridge.vn');
    expect(first.output()).toContain('quantri@demo.techbridge.vn');
    expect(first.output()).toContain('nhakhoahoc@demo.techbridge.vn');
    expect(first.output()).toContain('(vừa tạo / just created)');
    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health).toEqual({ status: 'ok', postgres: 'ok', meilisearch: 'ok' });
    const c = new TestClient(url);
    const r = await c.ok(
      `mutation { signIn(input: { email: "moigioi@demo.techbridge.vn", password: "demo-techbridge-2026" }) { user { role } errors { code } } }`,
    );
    expect(r.signIn.user.role).toBe('BROKER');
    expect(serversUsing(dataDir).length).toBeGreaterThanOrEqual(2);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(serversUsing(dataDir)).toEqual([]);

    // A second run reuses the data: the demo accounts are there, not seeded again.
    const second = runStart({});
    const url2 = await second.ready;
    expect(second.output()).not.toContain('(vừa tạo / just created)');
    const again = await new TestClient(url2).ok(
      `mutation { signIn(input: { email: "quantri@demo.techbridge.vn", password: "demo-techbridge-2026" }) { user { role } } }`,
    );
    expect(again.signIn.user.role).toBe('ADMIN');
    second.child.kill('SIGTERM');
    await second.exited;
    expect(serversUsing(dataDir)).toEqual([]);
  }, 150_000);

  it('uses DATABASE_URL and MEILI_URL when set, starting no embedded server, and seeds nothing in production', async () => {
    const db = await createTestDatabase('start');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-ext-'));
    try {
      const run = runStart({
        DATA_DIR: dir,
        NODE_ENV: 'production',
        SESSION_SECRET: 'p'.repeat(40),
        DATABASE_URL: db.url,
        MEILI_URL: inject('meiliUrl'),
        MEILI_MASTER_KEY: inject('meiliMasterKey'),
      });
      await run.ready;
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(run.output()).not.toContain('demo.techbridge.vn');
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const users = await client.query('select count(*)::int as n from users');
      await client.end();
      expect(users.rows[0].n).toBe(0);
      run.child.kill('SIGINT');
      const code = await run.exited;
      expect(code, run.output()).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.drop();
    }
  }, 90_000);

  it('creates the first admin from the CLI, with no default password', async () => {
    const db = await createTestDatabase('cli');
    try {
      const env = {
        PATH: process.env.PATH!,
        DATABASE_URL: db.url,
        MEILI_URL: inject('meiliUrl'),
        MEILI_MASTER_KEY: inject('meiliMasterKey'),
        NODE_ENV: 'production',
        SESSION_SECRET: 'p'.repeat(40),
        LOG_LEVEL: 'warn',
        TECHBRIDGE_PASSWORD: 'mat-khau-quan-tri-2026',
      };
      const out = execFileSync(
        process.execPath,
        [
          ...NODE_ARGS,
          path.join(ROOT_DIR, 'api/src/cli/user-create.ts'),
          '--email',
          'admin@sokhcn.example.vn',
          '--name',
          'Quản trị viên',
        ],
        { env, cwd: ROOT_DIR, encoding: 'utf8' },
      );
      expect(out).toMatch(/Created ADMIN admin@sokhcn\.example\.vn/);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const rows = await client.query(`select role, email_verified_at is not null as verified from users`);
      await client.end();
      expect(rows.rows).toEqual([{ role: 'ADMIN', verified: true }]);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
