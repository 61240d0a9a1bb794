/**
 * Backup and restore of one exchange: the PostgreSQL data, the uploaded files, and a manifest.
 *
 * The embedded PostgreSQL package ships `postgres`, `initdb` and `pg_ctl` but no `pg_dump` (and Debian's
 * pg_dump 15 refuses a PostgreSQL 17 server), so the database is dumped logically here: every table of
 * the `public` schema as JSON lines (`row_to_json`, one file per table, gzip), read in ONE `REPEATABLE READ`
 * read-only transaction, so all tables come from the same snapshot; sequence values are read in it too.
 * The files of every attachment in that snapshot are copied after it (an upload writes its files before
 * its row commits, and files are never changed in place, so the snapshot's files are all there). The
 * manifest lists the migrations the data belongs to and a SHA-256 of every file; it is written last, so
 * a folder without one is an interrupted backup.
 *
 * A restore checks every checksum, refuses a database (or uploads folder) that holds data unless forced,
 * rebuilds the schema by running the backup's own migrations on an empty `public` schema, loads the rows
 * in one transaction, sets the sequences, applies the newer migrations this code has, copies the files
 * back, and rebuilds the search index from the database (Meilisearch is a projection, never backed up).
 *
 * Not included: the `pgboss` job queue (pg-boss re-creates it, and scheduled jobs re-register, at start;
 * queued jobs are derived work that the hourly jobs redo) and the audit of the backup itself.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import type { Meilisearch } from 'meilisearch';
import type { Config } from './config';
import type { Logger } from './logger';
import { initOrm } from './database/orm';
import { MIGRATIONS } from '../migrations';
import { reindex } from '../modules/search/reindex';
import { SearchSync } from '../modules/search/sync';

export const BACKUP_FORMAT = 'techbridge-backup';
export const BACKUP_VERSION = 1;

/** Bookkeeping and reference rows that migrations write themselves: they do not make a database "used". */
const MIGRATION_TABLE = 'mikro_orm_migrations';
const SEEDED_BY_MIGRATIONS = new Set([MIGRATION_TABLE, 'sectors', 'search_synonyms']);
const FETCH_ROWS = 1000;
const INSERT_ROWS = 500;

export interface BackupFile {
  /** Path inside the backup folder, slash-separated. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** PostgreSQL `server_version` of the source. */
  postgres: string;
  /** Migrations applied to the source, in order: the schema the rows belong to. */
  migrations: string[];
  tables: Array<BackupFile & { name: string; columns: string[]; rows: number }>;
  sequences: Array<{ name: string; value: string; isCalled: boolean }>;
  /** Uploaded files (under `uploads/`, keyed like the storage). */
  uploads: BackupFile[];
  /** Attachments whose files were not found when the backup was made (should be empty). */
  missingUploads: string[];
  excluded: string[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (name: string) => `public.${ident(name)}`;

async function sha256Of(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function publicTables(c: pg.Client): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
  );
  return r.rows.map((row) => row.name);
}

/** Columns a row can be written to (not generated), in table order. */
async function writableColumns(c: pg.Client, table: string): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `select attname as name from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
    [qualified(table)],
  );
  return r.rows.map((row) => row.name);
}

async function primaryKey(c: pg.Client, table: string): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `select a.attname as name from pg_index i
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = $1::regclass and i.indisprimary
      order by array_position(i.indkey::int2[], a.attnum)`,
    [qualified(table)],
  );
  return r.rows.map((row) => row.name);
}

/**
 * Public tables that hold data, leaving out migration bookkeeping and the reference rows migrations
 * seed. An empty list means the database is new (or freshly migrated): safe to restore into.
 */
export async function tablesWithData(databaseUrl: string): Promise<string[]> {
  return withClient(databaseUrl, async (c) => {
    const used: string[] = [];
    for (const table of await publicTables(c)) {
      if (SEEDED_BY_MIGRATIONS.has(table)) continue;
      const r = await c.query(`select 1 from ${qualified(table)} limit 1`);
      if (r.rowCount) used.push(table);
    }
    return used;
  });
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const here = path.join(root, dir);
  if (!existsSync(here)) return [];
  const out: string[] = [];
  for (const entry of await fs.readdir(here, { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (entry.isFile() && !entry.name.endsWith('.part')) out.push(rel);
  }
  return out.sort();
}

/**
 * Writes a consistent backup of the exchange at `databaseUrl` (+ `dataDir/uploads`) into `dir`, which must
 * be new or empty. Returns its manifest.
 */
export async function createBackup(opts: {
  databaseUrl: string;
  dataDir: string;
  dir: string;
  onProgress?: (message: string) => void;
}): Promise<BackupManifest> {
  const { dir } = opts;
  const say = opts.onProgress ?? (() => undefined);
  if (existsSync(dir) && (await fs.readdir(dir)).length)
    throw new BackupError(`${dir} is not empty: give a new folder for the backup`);
  await fs.mkdir(path.join(dir, 'database'), { recursive: true });

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    postgres: '',
    migrations: [],
    tables: [],
    sequences: [],
    uploads: [],
    missingUploads: [],
    excluded: ['pgboss (job queue: re-created, and scheduled jobs re-registered, when the API starts)'],
  };
  let storageKeys: string[] = [];

  await withClient(opts.databaseUrl, async (c) => {
    // One snapshot for every table and sequence: what the database held at one instant.
    await c.query('begin isolation level repeatable read read only');
    try {
      await c.query(`set local timezone = 'UTC'`);
      manifest.postgres = (await c.query<{ v: string }>('show server_version')).rows[0]!.v;
      const tables = await publicTables(c);
      if (!tables.includes(MIGRATION_TABLE))
        throw new BackupError('the database has no migrations table: nothing to back up');
      manifest.migrations = (
        await c.query<{ name: string }>(`select name from ${qualified(MIGRATION_TABLE)} order by id`)
      ).rows.map((r) => r.name);
      for (const table of tables) {
        if (table === MIGRATION_TABLE) continue;
        const columns = await writableColumns(c, table);
        const pk = await primaryKey(c, table);
        const file = `database/${table}.jsonl.gz`;
        const select = `select row_to_json(x)::text as j from (select ${columns.map(ident).join(', ')}
          from ${qualified(table)}${pk.length ? ` order by ${pk.map(ident).join(', ')}` : ''}) x`;
        await c.query(`declare dump no scroll cursor for ${select}`);
        let rows = 0;
        const gzip = createGzip();
        const written = pipeline(gzip, createWriteStream(path.join(dir, file), { mode: 0o600 }));
        for (;;) {
          const batch = await c.query<{ j: string }>(`fetch ${FETCH_ROWS} from dump`);
          if (!batch.rows.length) break;
          rows += batch.rows.length;
          if (!gzip.write(batch.rows.map((r) => r.j).join('\n') + '\n'))
            await new Promise((r) => gzip.once('drain', r));
        }
        gzip.end();
        await written;
        await c.query('close dump');
        manifest.tables.push({
          name: table,
          columns,
          rows,
          path: file,
          ...(await sha256Of(path.join(dir, file))),
        });
        say(`${table}: ${rows} rows`);
      }
      const sequences = await c.query<{ name: string }>(
        `select sequencename as name from pg_sequences where schemaname = 'public' order by 1`,
      );
      for (const { name } of sequences.rows) {
        const s = await c.query<{ value: string; called: boolean }>(
          `select last_value::text as value, is_called as called from ${qualified(name)}`,
        );
        manifest.sequences.push({ name, value: s.rows[0]!.value, isCalled: s.rows[0]!.called });
      }
      if (tables.includes('attachments')) {
        storageKeys = (
          await c.query<{ key: string }>(`select storage_key as key from public.attachments order by 1`)
        ).rows.map((r) => r.key);
      }
    } finally {
      await c.query('rollback').catch(() => undefined);
    }
  });

  // The snapshot's attachments: each one's files live under its storage key.
  const uploads = path.join(opts.dataDir, 'uploads');
  for (const key of storageKeys) {
    const files = await listFiles(uploads, key);
    if (!files.length) {
      manifest.missingUploads.push(key);
      continue;
    }
    for (const rel of files) {
      const target = path.join(dir, 'uploads', ...rel.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(uploads, ...rel.split('/')), target);
      manifest.uploads.push({ path: `uploads/${rel}`, ...(await sha256Of(target)) });
    }
  }
  say(`uploads: ${manifest.uploads.length} files of ${storageKeys.length} attachments`);

  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', {
    mode: 0o600,
  });
  return manifest;
}

/** Reads a backup's manifest and checks every file against it; throws BackupError when anything is off. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file))
    throw new BackupError(`${dir} has no manifest.json: not a backup, or an unfinished one`);
  const manifest = JSON.parse(await fs.readFile(file, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION)
    throw new BackupError(`${dir} is not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} backup`);
  for (const f of [...manifest.tables, ...manifest.uploads]) {
    const full = path.join(dir, ...f.path.split('/'));
    if (path.relative(dir, full).startsWith('..')) throw new BackupError(`bad path in manifest: ${f.path}`);
    if (!existsSync(full)) throw new BackupError(`${f.path} is missing from the backup`);
    const { sha256 } = await sha256Of(full);
    if (sha256 !== f.sha256) throw new BackupError(`${f.path} is damaged (checksum mismatch)`);
  }
  const known = MIGRATIONS.map((m) => m.name);
  manifest.migrations.forEach((name, i) => {
    if (known[i] !== name)
      throw new BackupError(
        `the backup's migration ${name} is not this version's #${i + 1} (${known[i] ?? 'none'}): ` +
          'restore it with the version of the exchange that made it, or a newer one',
      );
  });
  return manifest;
}

/** Tables in an order that loads parents before children (cycles, if any, go last as they come). */
async function loadOrder(c: pg.Client, tables: string[]): Promise<string[]> {
  const deps = await c.query<{ child: string; parent: string }>(
    `select cl.relname as child, pl.relname as parent from pg_constraint k
       join pg_class cl on cl.oid = k.conrelid join pg_namespace cn on cn.oid = cl.relnamespace
       join pg_class pl on pl.oid = k.confrelid
      where k.contype = 'f' and cn.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const d of deps.rows) parents.get(d.child)?.add(d.parent);
  const ordered: string[] = [];
  const left = new Set(tables);
  while (left.size) {
    const ready = [...left].filter((t) => [...parents.get(t)!].every((p) => !left.has(p)));
    const next = ready.length ? ready : [...left];
    for (const t of next) {
      ordered.push(t);
      left.delete(t);
    }
  }
  return ordered;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Migrations applied after loading (the ones newer than the backup). */
  migrated: string[];
  indexed: number;
}

/**
 * Restores a backup into the exchange at `databaseUrl` + `config.DATA_DIR`, then rebuilds the search
 * index with `search`. Refuses a database or uploads folder that holds data, unless `force` (which wipes
 * them first). Stop the exchange's API processes while restoring.
 */
export async function restoreBackup(opts: {
  dir: string;
  databaseUrl: string;
  config: Config;
  search: Meilisearch;
  logger: Logger;
  force?: boolean;
  onProgress?: (message: string) => void;
}): Promise<RestoreResult> {
  const say = opts.onProgress ?? (() => undefined);
  const manifest = await verifyBackup(opts.dir);
  say(
    `backup of ${manifest.createdAt} verified: ${manifest.tables.length} tables, ${manifest.uploads.length} files`,
  );

  const uploads = path.join(opts.config.DATA_DIR, 'uploads');
  const used = await tablesWithData(opts.databaseUrl);
  const files = await listFiles(uploads);
  if (!opts.force && (used.length || files.length)) {
    throw new BackupError(
      `refusing to restore over existing data (${[
        used.length ? `tables with rows: ${used.join(', ')}` : '',
        files.length ? `${files.length} files in ${uploads}` : '',
      ]
        .filter(Boolean)
        .join('; ')}); use --force to replace it`,
    );
  }

  // A blank schema, then the backup's own migrations: exactly the tables its rows were written for.
  await withClient(opts.databaseUrl, async (c) => {
    await c.query('drop schema if exists pgboss cascade');
    await c.query('drop schema if exists public cascade');
    await c.query('create schema public');
  });
  await fs.rm(uploads, { recursive: true, force: true });
  const orm = await initOrm({ databaseUrl: opts.databaseUrl });
  try {
    const last = manifest.migrations.at(-1);
    if (last) await orm.getMigrator().up({ to: last });

    await withClient(opts.databaseUrl, async (c) => {
      await c.query('begin');
      try {
        // A consistent snapshot needs no foreign-key re-check: the checks are off while loading when the role
        // may turn them off (superuser); otherwise parents simply load before children.
        await c.query('savepoint replica');
        await c.query('set local session_replication_role = replica').then(
          () => c.query('release savepoint replica'),
          () => c.query('rollback to savepoint replica'),
        );
        const existing = await publicTables(c);
        const toEmpty = existing.filter((t) => t !== MIGRATION_TABLE);
        if (toEmpty.length)
          await c.query(`truncate ${toEmpty.map(qualified).join(', ')} restart identity cascade`);
        const byName = new Map(manifest.tables.map((t) => [t.name, t]));
        for (const name of await loadOrder(c, [...byName.keys()])) {
          const t = byName.get(name)!;
          if (!existing.includes(name)) throw new BackupError(`table ${name} does not exist after migrating`);
          const columns = new Set(await writableColumns(c, name));
          const missing = t.columns.filter((col) => !columns.has(col));
          if (missing.length) throw new BackupError(`table ${name} has no column ${missing.join(', ')}`);
          const identity = await c.query(
            `select 1 from pg_attribute where attrelid = $1::regclass and attidentity = 'a'`,
            [qualified(name)],
          );
          const cols = t.columns.map(ident).join(', ');
          const insert = `insert into ${qualified(name)} (${cols})${identity.rowCount ? ' overriding system value' : ''}
            select ${cols} from json_populate_recordset(null::${qualified(name)}, $1::json)`;
          let batch: string[] = [];
          let rows = 0;
          const flush = async () => {
            if (!batch.length) return;
            await c.query(insert, [`[${batch.join(',')}]`]);
            rows += batch.length;
            batch = [];
          };
          const lines = readline.createInterface({
            input: createReadStream(path.join(opts.dir, ...t.path.split('/'))).pipe(createGunzip()),
            crlfDelay: Infinity,
          });
          for await (const line of lines) {
            if (!line) continue;
            batch.push(line);
            if (batch.length >= INSERT_ROWS) await flush();
          }
          await flush();
          if (rows !== t.rows)
            throw new BackupError(`table ${name}: read ${rows} rows, the manifest says ${t.rows}`);
          say(`${name}: ${rows} rows`);
        }
        for (const s of manifest.sequences) {
          await c.query(`select setval($1::regclass, $2::bigint, $3)`, [
            qualified(s.name),
            s.value,
            s.isCalled,
          ]);
        }
        await c.query('commit');
      } catch (error) {
        await c.query('rollback').catch(() => undefined);
        throw error;
      }
    });

    const migrated = (await orm.getMigrator().up()).map((m) => m.name);
    if (migrated.length) say(`migrated: ${migrated.join(', ')}`);

    for (const f of manifest.uploads) {
      const rel = f.path.slice('uploads/'.length).split('/');
      const target = path.join(uploads, ...rel);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(opts.dir, ...f.path.split('/')), target);
    }
    say(`uploads: ${manifest.uploads.length} files`);

    // The search index is a projection: rebuilt from what was just restored.
    const result = await reindex({ orm, search: opts.search, config: opts.config });
    await new SearchSync({ orm, search: opts.search, config: opts.config, logger: opts.logger }).flushAll();
    say(`search index rebuilt: ${result.indexed} published listings`);
    return { manifest, migrated, indexed: result.indexed };
  } finally {
    await orm.close(true);
  }
}
