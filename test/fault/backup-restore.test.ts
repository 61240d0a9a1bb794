import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { loadConfig, ROOT_DIR } from '../../api/src/platform/config';
import { Meilisearch } from 'meilisearch';
import { createBackup, restoreBackup, type BackupManifest } from '../../api/src/platform/backup';
import { createLogger } from '../../api/src/platform/logger';
import { seedDemo } from '../../api/src/cli/demo-data';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { databaseUrl } from '../kit/db';
import { TestClient } from '../kit/client';
import { GET, owner, published, SEARCH, type Owner } from '../kit/listings';
import { fetchFile, minimalPdf, uploadFile, type UploadedAttachment } from '../kit/upload';
import { QUERIES } from './load';

/**
 * `pnpm backup` of a running exchange (demo data, an upload), `pnpm restore` into a new empty database
 * and data folder, and an API started on the restored copy answers exactly like the original.
 */
let source: TestApp;
let restored: TestApp | null = null;
let broker: Actor;
let seller: Owner;
let upload: UploadedAttachment;
let work: string;
const target = `restored_${randomBytes(5).toString('hex')}`;

/** Runs one of the project's CLI commands the way `pnpm <name>` does; never hangs. */
function cli(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT_DIR, 'api/src/cli', script), ...args],
      {
        cwd: ROOT_DIR,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-backup-'));
  source = await startTestApp();
  expect(await seedDemo(source.orm.em.fork(), source.config)).toBe(true);
  broker = await source.world.broker();
  seller = await owner(source, broker);
  await published(source, seller, broker, 'OFFER', { title: 'Máy sấy nông sản bằng năng lượng mặt trời' });
  upload = await uploadFile(seller, {
    fileName: 'ban-ve-ky-thuat.pdf',
    bytes: minimalPdf('Ban ve ky thuat'),
  });
  await source.searchSync.flushAll(120_000);
  await source.mailQueue.flushAll();
}, 180_000);

afterAll(async () => {
  await restored?.close();
  await admin(`drop database if exists ${target} with (force)`).catch(() => undefined);
  await source?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** What a page of results shows, in order. */
async function results(client: TestClient, variables: Record<string, unknown>) {
  const r = (await client.ok(SEARCH, variables)).search;
  return {
    totalCount: r.totalCount,
    degraded: r.degraded,
    ids: r.hits.map((h: { listing: { id: string } }) => h.listing.id),
    facets: r.facets,
  };
}

describe('backup and restore', () => {
  it('restores a backup into an empty instance that answers exactly like the original', async () => {
    const backupDir = path.join(work, 'backup');
    const restoredData = path.join(work, 'restored-data');

    // The backup, taken while the source exchange runs.
    const backup = await cli('backup.ts', [backupDir], {
      DATABASE_URL: source.config.DATABASE_URL!,
      DATA_DIR: source.config.DATA_DIR,
    });
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/Backup written to/);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'),
    ) as BackupManifest;
    const listingsTable = manifest.tables.find((t) => t.name === 'listings');
    expect(listingsTable?.rows).toBeGreaterThan(60);
    expect(manifest.uploads.map((u) => u.path)).toContain(`uploads/attachments/${upload.id}/original.pdf`);
    expect(manifest.missingUploads).toEqual([]);
    // A second backup into the same folder is refused rather than mixed in.
    await expect(
      createBackup({
        databaseUrl: source.config.DATABASE_URL!,
        dataDir: source.config.DATA_DIR,
        dir: backupDir,
      }),
    ).rejects.toThrow(/not empty/);

    // The restore, into a new empty database and data folder.
    await admin(`create database ${target}`);
    const env = {
      DATABASE_URL: databaseUrl(target),
      DATA_DIR: restoredData,
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: inject('meiliMasterKey'),
      MEILI_INDEX_PREFIX: target,
    };
    // A stray file in the uploads folder is data too: refused, then replaced with --force.
    const stray = path.join(restoredData, 'uploads', 'stray.txt');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'left over');
    const refused = await cli('restore.ts', [backupDir], env);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /Restore refused: refusing to restore over existing data \(1 files in .*\); use --force/,
    );
    const restore = await cli('restore.ts', [backupDir, '--force'], env);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toMatch(/Restored the backup/);
    expect(fs.existsSync(stray)).toBe(false);
    // Now the database holds data: refused unless forced.
    await expect(
      restoreBackup({
        dir: backupDir,
        databaseUrl: env.DATABASE_URL,
        config: loadConfig(env),
        search: new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY }),
        logger: createLogger('silent'),
      }),
    ).rejects.toThrow(/refusing to restore over existing data \(tables with rows: .*listings.*\)/);

    restored = await startTestApp({ env });
    const visitorA = source.client();
    const visitorB = restored.client();

    // The same searches: the same ids in the same order, the same counts and facets.
    const variables = [
      ...QUERIES.map((q) => ({ q })),
      { q: 'may say', orderBy: 'NEWEST', pageSize: 50 },
      { q: '', where: { kind: ['REQUEST'] }, pageSize: 50 },
      { q: 'công nghệ', where: { sector: ['agriculture'] }, page: 2, pageSize: 5 },
    ];
    for (const v of variables) {
      const a = await results(visitorA, v);
      const b = await results(visitorB, v);
      expect(b.degraded).toBe(false);
      expect(b, JSON.stringify(v)).toEqual(a);
    }

    // The same listing pages, for a visitor and for the signed-in broker (the session survived too).
    const brokerB = new TestClient(restored.url);
    for (const [k, v] of broker.client.cookies) brokerB.cookies.set(k, v);
    const slugs = (
      await source.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ slug: string }>>(`select slug from listings order by created_at desc limit 8`)
    ).map((r) => r.slug);
    for (const slug of slugs) {
      expect((await visitorB.gql(GET, { slug })).data).toEqual((await visitorA.gql(GET, { slug })).data);
      expect((await brokerB.ok(GET, { slug })).listing).toEqual(
        (await broker.client.ok(GET, { slug })).listing,
      );
    }

    // The uploaded file downloads byte for byte, for the same signed-in owner.
    const sellerB = new TestClient(restored.url);
    for (const [k, v] of seller.client.cookies) sellerB.cookies.set(k, v);
    const fileA = await fetchFile(seller, upload.url);
    const fileB = await fetchFile(sellerB, upload.url);
    expect(fileA.status).toBe(200);
    expect(fileB.status).toBe(200);
    expect(fileB.headers.get('content-type')).toBe(fileA.headers.get('content-type'));
    expect(fileB.bytes.equals(fileA.bytes)).toBe(true);
    expect(fileB.bytes.equals(Buffer.from(minimalPdf('Ban ve ky thuat')))).toBe(true);

    // And the restored exchange takes new writes: its sequences continued, nothing collides.
    const fresh = await published(
      restored,
      { ...seller, client: sellerB },
      { ...broker, client: brokerB },
      'REQUEST',
      {
        title: 'Nhu cầu sau khôi phục',
      },
    );
    await restored.searchSync.flushAll();
    const after = await results(visitorB, { q: 'nhu cau sau khoi phuc' });
    expect(after.ids).toContain(fresh.id);
  }, 240_000);
});
