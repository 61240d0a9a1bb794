import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig, ROOT_DIR, type Config } from '../../api/src/platform/config';
import { createLogger } from '../../api/src/platform/logger';
import { startApi, type RunningApi } from '../../api/src/platform/bootstrap';
import type { Orm } from '../../api/src/platform/database/orm';
import { createUser } from '../../api/src/modules/account/service';
import type { Role } from '../../api/src/modules/account/entities';
import { persistSession, sessionCookieName } from '../../api/src/modules/account/sessions';
import { DevMail } from '../../api/src/modules/mail/entities';
import { createTestDatabase } from './db';
import { TestClient } from './client';

export interface StartOptions {
  /** Serve the built web app (web/dist) too, for browser tests. */
  web?: boolean;
  /**
   * Extra environment, e.g. low rate limits or NODE_ENV=production. With `DATABASE_URL` the app uses that
   * (already migrated) database instead of a fresh clone of the template, and leaves it in place on close;
   * with `DATA_DIR` it keeps its files there (also left in place).
   */
  env?: Record<string, string>;
}

/** The database a test app runs on: a fresh clone of the template, or the caller's own. */
async function testDatabase(external: string | undefined) {
  if (!external) return createTestDatabase();
  const name = new URL(external).pathname.slice(1);
  return { name: name.toLowerCase().replace(/[^a-z0-9_]/g, '_'), url: external, drop: async () => undefined };
}

export interface Actor {
  user: { id: string; email: string; displayName: string; role: Role };
  password: string;
  client: TestClient;
  /** Creates an organisation through the API, as this actor; returns its id. */
  createOrganization(input?: Partial<OrganizationInput>): Promise<string>;
}

export interface OrganizationInput {
  name: string;
  type: string;
  taxCode: string;
  provinceCode: string;
  address?: string;
  website?: string;
  description?: string;
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomBytes(2).toString('hex')}`;

export const CREATE_ORG = /* GraphQL */ `
  mutation ($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        verified
        verificationStatus
      }
      errors {
        field
        code
        message
      }
    }
  }
`;

/** Builds the people and organisations a test needs, each one unique, so tests read as stories. */
export class World {
  constructor(private readonly app: TestApp) {}

  /** A signed-in user (verified e-mail unless told otherwise). */
  async user(
    opts: { role?: Role; email?: string; displayName?: string; password?: string; verified?: boolean } = {},
  ): Promise<Actor> {
    const em = this.app.orm.em.fork();
    const password = opts.password ?? 'mat-khau-an-toan-123';
    const user = await createUser(em, {
      email: opts.email ?? `user-${unique()}@example.vn`,
      password,
      displayName: opts.displayName ?? 'Người dùng thử',
      role: opts.role ?? 'MEMBER',
    });
    if (opts.verified === false) user.emailVerifiedAt = null;
    const token = persistSession(em, this.app.config, user);
    await em.flush();
    const client = this.app.client();
    client.cookies.set(sessionCookieName(this.app.config), token);
    const actor: Actor = {
      user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
      password,
      client,
      createOrganization: async (input = {}) => {
        const data = await client.ok<{
          createOrganization: { organization: { id: string } | null; errors: unknown[] };
        }>(CREATE_ORG, {
          input: {
            name: `Công ty Thử nghiệm ${unique()}`,
            type: 'BUSINESS',
            taxCode: '3001234567',
            provinceCode: 'ha-tinh',
            ...input,
          },
        });
        if (!data.createOrganization.organization)
          throw new Error(JSON.stringify(data.createOrganization.errors));
        return data.createOrganization.organization.id;
      },
    };
    return actor;
  }

  member(opts: Parameters<World['user']>[0] = {}) {
    return this.user({ ...opts, role: 'MEMBER' });
  }
  broker(opts: Parameters<World['user']>[0] = {}) {
    return this.user({ ...opts, role: 'BROKER' });
  }
  admin(opts: Parameters<World['user']>[0] = {}) {
    return this.user({ ...opts, role: 'ADMIN' });
  }
}

export interface TestApp {
  url: string;
  config: Config;
  orm: Orm;
  world: World;
  /** The API's search sync worker: `flushAll()` waits until every committed change is searchable. */
  searchSync: RunningApi['services']['searchSync'];
  /** The API's mail queue: `flushAll()` delivers every committed e-mail (`lastMail` does it first). */
  mailQueue: RunningApi['services']['mailQueue'];
  /** Everything the API process holds (for job functions called directly in tests). */
  services: RunningApi['services'];
  /** The job queue, when started with JOBS_ENABLED=true. */
  jobs: RunningApi['jobs'];
  /** A fresh client with an empty cookie jar (a visitor). */
  client(): TestClient;
  /** The newest e-mail to `to` in the development mailbox, once the mail queue has delivered everything. */
  lastMail(to: string): Promise<DevMail | null>;
  /** The token in the newest e-mail to `to` whose link contains `linkPath`. */
  tokenFromMail(to: string, linkPath: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts an API server on a free port against a fresh database and the run's Meilisearch. */
export async function startTestApp(opts: StartOptions = {}): Promise<TestApp> {
  const db = await testDatabase(opts.env?.DATABASE_URL);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'techbridge-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('meiliMasterKey'),
    MEILI_INDEX_PREFIX: db.name,
    SIGNIN_LIMIT_PER_IP: '1000',
    JOBS_ENABLED: 'false',
    SIGNIN_LIMIT_PER_ACCOUNT: '5',
    WEB_DIST_DIR: opts.web ? path.join(ROOT_DIR, 'web', 'dist') : path.join(dataDir, 'no-web'),
    ...opts.env,
  });
  if (opts.web && !fs.existsSync(path.join(config.WEB_DIST_DIR, 'index.html'))) {
    throw new Error('web/dist is missing: run `pnpm --filter @techbridge/web build` first (pnpm test does)');
  }
  const logger = createLogger(config.LOG_LEVEL, 'test-api');
  const api: RunningApi = await startApi(
    config,
    logger,
    { databaseUrl: db.url, meiliUrl: config.MEILI_URL!, meiliMasterKey: config.MEILI_MASTER_KEY! },
    { port: 0, host: '127.0.0.1' },
  );
  const app: TestApp = {
    url: api.url,
    config,
    orm: api.services.orm,
    searchSync: api.services.searchSync,
    mailQueue: api.services.mailQueue,
    services: api.services,
    jobs: api.jobs,
    world: undefined as unknown as World,
    client: () => new TestClient(api.url),
    lastMail: async (to) => {
      await api.services.mailQueue.flushAll();
      return api.services.orm.em
        .fork()
        .findOne(DevMail, { to: to.toLowerCase() }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    },
    tokenFromMail: async (to, linkPath) => {
      const mail = await app.lastMail(to);
      const m = mail?.text.match(new RegExp(`${linkPath.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9_-]+)`));
      if (!m) throw new Error(`no ${linkPath} link in the last e-mail to ${to}: ${mail?.text}`);
      return m[1];
    },
    close: async () => {
      await api.close();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  app.world = new World(app);
  return app;
}
