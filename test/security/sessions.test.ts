import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { postUpload } from '../kit/upload';
import { Session } from '../../api/src/modules/account/entities';
import { tokenHash } from '../../api/src/modules/account/crypto';

/**
 * Sessions as an attacker sees them. What account.test.ts and platform.test.ts already check (a new id at
 * each sign-in of a signed-in user, sign-out and "everywhere", revocation by a password change or reset,
 * the cookie flags at sign-in) is not repeated: these go at fixation, at revocation reaching every door
 * (GraphQL, uploads, report downloads) on the very next request, and at the cookie's whole life in
 * production (sign-in, registration, sign-out).
 */
let app: TestApp;
let prod: TestApp;
const PROD_SECRET = 'f'.repeat(40);
beforeAll(async () => {
  [app, prod] = await Promise.all([
    startTestApp(),
    startTestApp({ env: { NODE_ENV: 'production', SESSION_SECRET: PROD_SECRET } }),
  ]);
});
afterAll(async () => {
  await Promise.all([app?.close(), prod?.close()]);
});

const ME = '{ me { id } }';
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } errors { code } } }`;
const CREATE_ORG = `mutation { createOrganization(input: { name: "Công ty Phiên", type: BUSINESS, taxCode: "3001234567", provinceCode: "ha-tinh" }) { organization { id } errors { code } } }`;

async function signIn(a: TestApp, who: Actor, cookies: Record<string, string> = {}) {
  const c = a.client();
  for (const [k, v] of Object.entries(cookies)) c.cookies.set(k, v);
  const r = await c.ok(SIGN_IN, { e: who.user.email, p: who.password });
  expect(r.signIn.errors).toEqual([]);
  return c;
}

const cookieName = (a: TestApp) => (a.config.isProduction ? '__Host-tb_session' : 'tb_session');

describe('session fixation', () => {
  for (const mode of ['development', 'production'] as const) {
    it(`never adopts a session id planted before sign-in (${mode})`, async () => {
      const a = mode === 'production' ? prod : app;
      const name = cookieName(a);
      const victim = await a.world.member();
      // 1. An id the attacker made up (a cookie planted through a sibling site or an injected header).
      const madeUp = 'x'.repeat(43);
      const c1 = await signIn(a, victim, { [name]: madeUp });
      const issued = c1.cookies.get(name)!;
      expect(issued).toBeTruthy();
      expect(issued).not.toBe(madeUp);
      expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
      const attacker = a.client();
      attacker.cookies.set(name, madeUp);
      expect((await attacker.ok(ME)).me).toBeNull();
      // 2. The attacker's own, valid session: signing in replaces (and ends) it instead of taking it over.
      const mallory = await a.world.member();
      const planted = mallory.client.cookies.get(name)!;
      const c2 = await signIn(a, victim, { [name]: planted });
      expect(c2.cookies.get(name)).not.toBe(planted);
      expect((await c2.ok(ME)).me.id).toBe(victim.user.id);
      const withPlanted = a.client();
      withPlanted.cookies.set(name, planted);
      const seen = (await withPlanted.ok(ME)).me;
      expect(seen?.id).not.toBe(victim.user.id);
      // 3. The database keeps keyed hashes only: the cookie value is not a session id anyone can look up.
      const em = a.orm.em.fork();
      expect(await em.count(Session, { id: issued })).toBe(0);
      expect(
        await em.count(Session, { id: tokenHash(a.config.sessionSecret, issued), user: victim.user.id }),
      ).toBe(1);
    });
  }

  it('issues a fresh session at registration, whatever cookie came with it', async () => {
    const c = app.client();
    c.cookies.set('tb_session', 'planted-before-registration');
    const r = await c.ok(
      `mutation { register(input: { email: "moi-dang-ky@example.vn", password: "mat-khau-dang-ky-2026", displayName: "Người mới" }) { user { id } errors { code } } }`,
    );
    expect(r.register.errors).toEqual([]);
    expect(c.cookies.get('tb_session')).not.toBe('planted-before-registration');
    expect((await c.ok(ME)).me.id).toBe(r.register.user.id);
  });

  it('in production, ignores a session cookie without the __Host- prefix (cookie tossing from a subdomain)', async () => {
    const user = await prod.world.member();
    const token = user.client.cookies.get('__Host-tb_session')!;
    const tossed = prod.client();
    tossed.cookies.set('tb_session', token);
    expect((await tossed.ok(ME)).me).toBeNull();
    expect((await user.client.ok(ME)).me.id).toBe(user.user.id);
  });
});

describe('revocation takes effect on the very next request, at every door', () => {
  /** What a session may do through each door: true when the server accepted it as signed in. */
  async function doors(a: TestApp, c: ReturnType<TestApp['client']>) {
    const gql = (await c.gql(CREATE_ORG)).errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED';
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a', 'hex'));
    const upload = (await postUpload(c, { fileName: 'a.png', bytes: png })).status !== 401;
    const report = await fetch(`${a.url}/reports/period.csv?period=2026`, {
      headers: { cookie: c.cookieHeader() },
    });
    return { gql, upload, report: report.status !== 401 };
  }

  it('after signing out everywhere from another device', async () => {
    const broker = await app.world.broker();
    const laptop = await signIn(app, broker);
    expect(await doors(app, laptop)).toEqual({ gql: true, upload: true, report: true });
    await broker.client.ok(`mutation { signOut(input: { everywhere: true }) { signedOut } }`);
    expect(await doors(app, laptop)).toEqual({ gql: false, upload: false, report: false });
  });

  it('after a password change elsewhere (production)', async () => {
    const broker = await prod.world.broker();
    const phone = await signIn(prod, broker);
    expect(await doors(prod, phone)).toEqual({ gql: true, upload: true, report: true });
    const r = await broker.client.ok(
      `mutation ($c: String!) { changePassword(input: { currentPassword: $c, newPassword: "mat-khau-moi-hoan-toan-2026" }) { errors { code } } }`,
      { c: broker.password },
    );
    expect(r.changePassword.errors).toEqual([]);
    expect(await doors(prod, phone)).toEqual({ gql: false, upload: false, report: false });
    expect((await broker.client.ok(ME)).me.id).toBe(broker.user.id); // the session that changed it lives on
  });

  it('after signing out on this device, for a copy of its cookie read a moment ago', async () => {
    const member = await app.world.member();
    const token = member.client.cookies.get('tb_session')!;
    const copy = app.client();
    copy.cookies.set('tb_session', token);
    // Both read the session (this process keeps it for SESSION_CACHE_SECONDS)…
    expect((await copy.ok(ME)).me.id).toBe(member.user.id);
    expect(await doors(app, copy)).toEqual({ gql: true, upload: true, report: true });
    // …and the sign-out still reaches the copy's very next request, at every door.
    await member.client.ok(`mutation { signOut(input: {}) { signedOut } }`);
    expect(await doors(app, copy)).toEqual({ gql: false, upload: false, report: false });
    expect((await copy.ok(ME)).me).toBeNull();
  });

  it('after the session expires', async () => {
    const member = await app.world.member();
    await app.orm.em
      .fork()
      .nativeUpdate(Session, { user: member.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await member.client.ok(ME)).me).toBeNull();
  });

  it('takes a role an admin removed, without signing the user out', async () => {
    const broker = await app.world.broker();
    const admin = await app.world.admin();
    const QUEUE = '{ reviewQueue { totalCount } }';
    expect((await broker.client.gql(QUEUE)).errors).toBeUndefined();
    await admin.client.ok(
      `mutation ($id: ID!) { setUserRole(input: { userId: $id, role: MEMBER }) { errors { code } } }`,
      { id: broker.user.id },
    );
    expect((await broker.client.gql(QUEUE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await broker.client.ok(ME)).me.id).toBe(broker.user.id);
  });
});

describe('the session cookie in production, over its whole life', () => {
  const expectHostCookie = (c: ReturnType<TestApp['client']>) => {
    expect(c.lastSetCookies).toEqual([
      expect.objectContaining({
        name: '__Host-tb_session',
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
      }),
    ]);
    expect(c.lastSetCookies[0].domain).toBeUndefined(); // __Host-: this host only
  };

  it('at registration: __Host-, Secure, HttpOnly, SameSite=Lax, lasting SESSION_TTL_DAYS', async () => {
    const c = prod.client();
    await c.ok(
      `mutation { register(input: { email: "dang-ky-prod@example.vn", password: "mat-khau-dang-ky-2026", displayName: "Người mới" }) { errors { code } } }`,
    );
    expectHostCookie(c);
    const days = (c.lastSetCookies[0].expires!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(prod.config.SESSION_TTL_DAYS - 1);
    expect(days).toBeLessThanOrEqual(prod.config.SESSION_TTL_DAYS);
  });

  it('at sign-out: cleared with the same attributes (or the browser would keep it)', async () => {
    const user = await prod.world.member();
    const c = await signIn(prod, user);
    await c.ok(`mutation { signOut(input: {}) { signedOut } }`);
    expectHostCookie(c);
    expect(c.lastSetCookies[0].value).toBe('');
    expect(c.lastSetCookies[0].expires!.getTime()).toBeLessThan(Date.now());
    expect(c.cookies.has('__Host-tb_session')).toBe(false);
  });

  it('is never sent to, or readable by, the page: no token in any response body', async () => {
    const user = await prod.world.member();
    const c = prod.client();
    const res = await c.raw({ query: SIGN_IN, variables: { e: user.user.email, p: user.password } });
    const body = await res.text();
    const token = c.cookies.get('__Host-tb_session')!;
    expect(body).not.toContain(token);
    expect(body).not.toContain(tokenHash(PROD_SECRET, token));
  });
});

describe('a session changed outside this process (another API process, or by hand in the database)', () => {
  let short: TestApp;
  beforeAll(async () => {
    short = await startTestApp({ env: { SESSION_CACHE_SECONDS: '1' } });
  });
  afterAll(async () => {
    await short?.close();
  });

  it('is refused within SESSION_CACHE_SECONDS: the session read a moment ago is kept no longer', async () => {
    const member = await short.world.member();
    expect((await member.client.ok(ME)).me.id).toBe(member.user.id);
    // Native SQL, as another process's sign-out would commit it: this process hears nothing of it.
    await short.orm.em.fork().nativeUpdate(Session, { user: member.user.id }, { revokedAt: new Date() });
    // The documented trade-off: the kept rows may answer until they are SESSION_CACHE_SECONDS old.
    const started = Date.now();
    let me = (await member.client.ok(ME)).me;
    while (me && Date.now() - started < 5_000) {
      await new Promise((r) => setTimeout(r, 100));
      me = (await member.client.ok(ME)).me;
    }
    expect(me).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000 + 500);
  });
});
