import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { startTestApp, type TestApp } from '../../../test/kit/app';
import { createTestDatabase } from '../../../test/kit/db';
import { ConfigError, loadConfig } from './config';
import { initOrm } from './database/orm';
import { maskError } from './http/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('migrations', () => {
  it('produce exactly the schema the entities describe (no drift)', async () => {
    const db = await createTestDatabase('drift');
    const orm = await initOrm({ databaseUrl: db.url });
    try {
      expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close(true);
      await db.drop();
    }
  });
});

describe('configuration', () => {
  it('names every bad variable and what it expects', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', MEILI_URL: 'http://127.0.0.1:7700' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: expected a PostgreSQL URL');
    expect(() => loadConfig({ MEILI_URL: 'http://127.0.0.1:7700' })).toThrow(
      /MEILI_MASTER_KEY: required when MEILI_URL is set/,
    );
  });

  it('requires a session secret in production, and never seeds demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET: required in production/);
    const prod = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), SEED_DEMO: 'true' });
    expect(prod.seedDemo).toBe(false);
    expect(loadConfig({}).seedDemo).toBe(true);
  });
});

describe('HTTP server', () => {
  it('reports PostgreSQL and Meilisearch status on /healthz', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', postgres: 'ok', meilisearch: 'ok' });
  });

  it('reports a Meilisearch outage as degraded', async () => {
    const broken = await startTestApp({
      env: { MEILI_URL: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'x'.repeat(16) },
    });
    try {
      const res = await fetch(`${broken.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'degraded', postgres: 'ok', meilisearch: 'down' });
    } finally {
      await broken.close();
    }
  });

  it("makes a request's child logger only when a resolver logs, with the request's id", async () => {
    const broken = await startTestApp({
      env: { MEILI_URL: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'x'.repeat(16) },
    });
    const child = vi.spyOn(broken.services.logger, 'child');
    const requestLoggers = () => child.mock.calls.filter(([bindings]) => 'requestId' in (bindings ?? {}));
    try {
      // Nothing logged: no child logger (Apollo copies every context; the copy must not make one either).
      const quiet = await broken.client().raw({ query: '{ site { exchangeName } }' });
      expect(quiet.status).toBe(200);
      expect(requestLoggers()).toEqual([]);
      // The search logs that it answers from PostgreSQL: one child logger, with this request's id.
      const res = await broken.client().raw({ query: '{ search(query: "máy") { degraded } }' });
      expect(await res.json()).toEqual({ data: { search: { degraded: true } } });
      expect(requestLoggers()).toEqual([[{ requestId: res.headers.get('x-request-id') }]]);
    } finally {
      child.mockRestore();
      await broken.close();
    }
  });

  it('refuses a GET query without a CSRF preflight header', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ site { departmentName } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('refuses batched requests', async () => {
    const res = await app.client().raw([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a body over the size limit', async () => {
    const res = await app.client().raw({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` });
    expect(res.status).toBe(413);
  });

  it('sends security headers and a request id', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers with the site configuration and provinces in the caller language', async () => {
    const c = app.client();
    const vi = await c.ok(
      `{ site { departmentName province { name } logoUrl devMailboxEnabled } provinces { code name isCity } }`,
    );
    expect(vi.site).toEqual({
      departmentName: 'Sở Khoa học và Công nghệ Hà Tĩnh',
      province: { name: 'Tỉnh Hà Tĩnh' },
      logoUrl: '/logo.svg',
      devMailboxEnabled: true,
    });
    expect(vi.provinces).toHaveLength(34);
    expect(vi.provinces.filter((p: { isCity: boolean }) => p.isCity)).toHaveLength(6);
    c.lang = 'en';
    expect((await c.ok(`{ site { departmentName } }`)).site.departmentName).toBe(
      'Ha Tinh Department of Science and Technology',
    );
  });

  it('masks internal errors and keeps client-facing codes', () => {
    const internal = maskError(
      {
        message: 'relation "users" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] },
      },
      new Error('relation "users" does not exist'),
    );
    expect(internal).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      path: undefined,
    });
    const forbidden = { message: 'Không được phép', extensions: { code: 'FORBIDDEN' } };
    expect(maskError(forbidden, new GraphQLError('x'))).toBe(forbidden);
  });
});

describe('production mode', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ env: { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) } });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('sets a __Host- cookie that is Secure, HttpOnly and SameSite=Lax', async () => {
    const user = await prod.world.member();
    const c = prod.client();
    await c.ok(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { errors { code } } }`,
      {
        e: user.user.email,
        p: user.password,
      },
    );
    expect(c.lastSetCookies).toEqual([
      expect.objectContaining({
        name: '__Host-tb_session',
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
      }),
    ]);
  });

  it('turns introspection off and hides the development mailbox from all but admins', async () => {
    const r = await prod.client().gql(`{ __schema { types { name } } }`);
    expect(r.errors?.[0].message).toMatch(/introspection/i);
    const visitor = await prod.client().gql(`{ devMailbox { totalCount } }`);
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await prod.world.admin();
    expect(
      (await admin.client.ok(`{ devMailbox { totalCount } }`)).devMailbox.totalCount,
    ).toBeGreaterThanOrEqual(0);
    expect((await prod.client().ok(`{ site { devMailboxEnabled } }`)).site.devMailboxEnabled).toBe(false);
  });

  it('does not suggest field names to clients', async () => {
    const r = await prod.client().gql(`{ mee { id } }`);
    expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
