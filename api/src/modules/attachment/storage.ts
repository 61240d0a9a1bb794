import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../platform/config';

/**
 * Where the bytes of attachments live. Keys are relative, slash-separated names such as
 * `attachments/<uuid>/web.webp`. Local disk today; an S3-compatible object store can implement the
 * same three calls later without touching the service or the HTTP routes.
 */
export interface FileStorage {
  /** Stores (or replaces) the object under `key`. */
  put(key: string, body: Uint8Array | Readable, contentType: string): Promise<void>;
  /** A stream of the object, or null when there is none. */
  get(key: string): Promise<Readable | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

/** Letters, digits, `.`, `_`, `-` in each segment, no empty, `.` or `..` segment, at most 512 characters. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key: ${JSON.stringify(key)}`);
    this.name = 'InvalidStorageKeyError';
  }
}

/** Checks a key; throws InvalidStorageKeyError for anything that could leave the storage root. */
export function assertSafeKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > 512) throw new InvalidStorageKeyError(key);
  for (const segment of key.split('/')) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') throw new InvalidStorageKeyError(key);
  }
}

/**
 * Files under one folder (`<DATA_DIR>/uploads` by default). A key maps to a path below the root only after
 * `assertSafeKey` and a check that the resolved path is still inside the root, so no key can escape it.
 * Writes go to a temporary name in the same folder and are renamed into place: a reader never sees half a file.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file behind a key (exported for tests and maintenance scripts). */
  pathFor(key: string): string {
    assertSafeKey(key);
    const full = path.resolve(this.root, ...key.split('/'));
    if (!full.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError(key);
    return full;
  }

  async put(key: string, body: Uint8Array | Readable, _contentType: string): Promise<void> {
    const target = this.pathFor(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.part`;
    try {
      const source = body instanceof Readable ? body : Readable.from([body]);
      await pipeline(source, fs.createWriteStream(temp, { flags: 'wx', mode: 0o640 }));
      await fs.promises.rename(temp, target);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable | null> {
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(this.pathFor(key), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathFor(key), { force: true });
  }
}

/** The storage this deployment uses: local disk under the data folder. */
export function createFileStorage(config: Pick<Config, 'DATA_DIR'>): FileStorage {
  return new LocalDiskStorage(path.join(config.DATA_DIR, 'uploads'));
}
