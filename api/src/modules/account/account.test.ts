import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/kit/app';
import { User, Session } from './entities';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        email
        displayName
        emailVerified
        language
      }
      errors {
        field
        code
        message
      }
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        email
      }
      errors {
        field
        code
        message
      }
    }
  }
`;
const ME = /* GraphQL */ `
  {
    me {
      id
      email
      displayName
      emailVerified
      role
    }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation ($token: String!) {
    verifyEmail(input: { token: $token }) {
      user {
        emailVerified
      }
      errors {
        field
        code
        message
      }
    }
  }
`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const freshEmail = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 8)}@Example.VN`;

describe('registration and e-mail verification', () => {
  it('registers, signs the new user in and e-mails a verification link that verifies once', async () => {
    const c = app.client();
    const email = freshEmail('dang-ky');
    const r = await c.ok(REGISTER, {
      input: { email, password: 'mot-mat-khau-dai', displayName: 'Nguyễn Thị Hoa' },
    });
    expect(r.register.errors).toEqual([]);
    expect(r.register.user).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'Nguyễn Thị Hoa',
      emailVerified: false,
    });
    expect((await c.ok(ME)).me.email).toBe(email.toLowerCase());

    const mail = await app.lastMail(email);
    expect(mail?.subject).toBe('Xác nhận địa chỉ email của bạn');
    const token = await app.tokenFromMail(email, '/verify-email');
    const visitor = app.client();
    const v = await visitor.ok(VERIFY, { token });
    expect(v.verifyEmail).toEqual({ user: { emailVerified: true }, errors: [] });
    expect((await c.ok(ME)).me.emailVerified).toBe(true);

    const again = await visitor.ok(VERIFY, { token });
    expect(again.verifyEmail.errors).toEqual([
      {
        field: 'token',
        code: 'INVALID_TOKEN',
        message: 'Mã xác nhận không đúng, đã được dùng hoặc đã hết hạn.',
      },
    ]);
  });

  it('refuses an expired verification token', async () => {
    const c = app.client();
    const email = freshEmail('het-han');
    await c.ok(REGISTER, { input: { email, password: 'mot-mat-khau-dai', displayName: 'Hết Hạn' } });
    const token = await app.tokenFromMail(email, '/verify-email');
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update user_tokens set expires_at = now() - interval '1 minute'`);
    const v = await app.client().ok(VERIFY, { token });
    expect(v.verifyEmail.errors[0]).toMatchObject({ field: 'token', code: 'INVALID_TOKEN' });
  });

  it('names each bad field in Vietnamese, or in English when asked, and saves nothing', async () => {
    const before = await app.orm.em.fork().count(User, {});
    const c = app.client();
    const r = await c.ok(REGISTER, {
      input: { email: 'khong-phai-email', password: 'ngan', displayName: '   ' },
    });
    expect(r.register.user).toBeNull();
    expect(r.register.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'INVALID', message: 'Địa chỉ email không hợp lệ.' },
        { field: 'displayName', code: 'REQUIRED', message: 'Họ và tên là bắt buộc.' },
      ]),
    );
    c.lang = 'en';
    const weak = await c.ok(REGISTER, {
      input: { email: freshEmail('weak'), password: 'short', displayName: 'Weak' },
    });
    expect(weak.register.errors).toEqual([
      {
        field: 'password',
        code: 'PASSWORD_TOO_WEAK',
        message: 'The password must have at least 10 characters and must not be your e-mail address.',
      },
    ]);
    const long = await c.ok(REGISTER, {
      input: { email: freshEmail('long'), password: 'x'.repeat(20), displayName: 'N'.repeat(121) },
    });
    expect(long.register.errors).toEqual([
      { field: 'displayName', code: 'LENGTH', message: 'Full name must be at most 120 characters.' },
    ]);
    expect(await app.orm.em.fork().count(User, {})).toBe(before);
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const email = freshEmail('trung');
    await app.client().ok(REGISTER, { input: { email, password: 'mot-mat-khau-dai', displayName: 'A' } });
    const r = await app.client().ok(REGISTER, {
      input: { email: email.toUpperCase(), password: 'mot-mat-khau-dai', displayName: 'B' },
    });
    expect(r.register.errors).toEqual([
      { field: 'email', code: 'EMAIL_TAKEN', message: 'Địa chỉ email này đã được đăng ký.' },
    ]);
  });

  it('stores an Argon2id hash with the OWASP parameters, never the password', async () => {
    const email = freshEmail('hash');
    await app.client().ok(REGISTER, { input: { email, password: 'mot-mat-khau-dai', displayName: 'Hash' } });
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select password_hash from users where email = ?`, [email.toLowerCase()]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0].password_hash).not.toContain('mot-mat-khau-dai');
  });
});

describe('sign-in, sessions and sign-out', () => {
  it('signs in with the right password and sets an HttpOnly SameSite=Lax cookie, not Secure outside production', async () => {
    const alice = await app.world.member();
    const c = app.client();
    const r = await c.ok(SIGN_IN, { input: { email: alice.user.email, password: alice.password } });
    expect(r.signIn.errors).toEqual([]);
    const cookie = c.lastSetCookies.find((x) => x.name === 'tb_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect((await c.ok(ME)).me.id).toBe(alice.user.id);
  });

  it('refuses a wrong password and an unknown account with the same message', async () => {
    const alice = await app.world.member();
    const wrong = await app
      .client()
      .ok(SIGN_IN, { input: { email: alice.user.email, password: 'sai-mat-khau-roi' } });
    const unknown = await app
      .client()
      .ok(SIGN_IN, { input: { email: 'khong-co@example.vn', password: 'sai-mat-khau-roi' } });
    expect(wrong.signIn.errors).toEqual([
      { field: 'password', code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' },
    ]);
    expect(unknown.signIn.errors).toEqual(wrong.signIn.errors);
  });

  it('gives a new session id at every sign-in and revokes the old one', async () => {
    const alice = await app.world.member();
    const c = alice.client;
    const before = c.cookies.get('tb_session');
    await c.ok(SIGN_IN, { input: { email: alice.user.email, password: alice.password } });
    const after = c.cookies.get('tb_session');
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    const old = app.client();
    old.cookies.set('tb_session', before!);
    expect((await old.ok(ME)).me).toBeNull();
  });

  it('signs out: the session stops working at once, and "everywhere" ends every session', async () => {
    const alice = await app.world.member();
    const laptop = app.client();
    await laptop.ok(SIGN_IN, { input: { email: alice.user.email, password: alice.password } });
    const phone = app.client();
    await phone.ok(SIGN_IN, { input: { email: alice.user.email, password: alice.password } });
    const stolen = app.client();
    stolen.cookies.set('tb_session', laptop.cookies.get('tb_session')!);

    const out = await laptop.ok(`mutation { signOut(input: {}) { signedOut } }`);
    expect(out.signOut.signedOut).toBe(true);
    expect((await stolen.ok(ME)).me).toBeNull();
    expect((await phone.ok(ME)).me.id).toBe(alice.user.id);

    await phone.ok(`mutation { signOut(input: { everywhere: true }) { signedOut } }`);
    expect((await alice.client.ok(ME)).me).toBeNull();
    const live = await app.orm.em.fork().count(Session, { user: alice.user.id, revokedAt: null });
    expect(live).toBe(0);
  });
});

describe('sign-in rate limit', () => {
  it('blocks an account after 5 failed tries, even when the tries come as aliases in one request', async () => {
    const bob = await app.world.member();
    const aliases = Array.from(
      { length: 8 },
      (_, i) =>
        `a${i}: signIn(input: { email: "${bob.user.email}", password: "sai-mat-khau-${i}" }) { errors { code } }`,
    ).join('\n');
    const r = await app.client().ok(`mutation { ${aliases} }`);
    const codes = Array.from({ length: 8 }, (_, i) => r[`a${i}`].errors[0].code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(5)).toEqual(Array(3).fill('RATE_LIMITED'));
    // Now even the right password is refused until the window passes.
    const right = await app
      .client()
      .ok(SIGN_IN, { input: { email: bob.user.email, password: bob.password } });
    expect(right.signIn.errors[0]).toMatchObject({ field: null, code: 'RATE_LIMITED' });
    expect(right.signIn.errors[0].message).toMatch(/Bạn đã thử quá nhiều lần/);
  });

  it('blocks an IP address after too many tries across accounts', async () => {
    const limited = await startTestApp({ env: { SIGNIN_LIMIT_PER_IP: '3' } });
    try {
      const c = limited.client();
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await c.ok(SIGN_IN, {
          input: { email: `ai-do-${i}@example.vn`, password: 'sai-mat-khau-1' },
        });
        codes.push(r.signIn.errors[0].code);
      }
      expect(codes).toEqual([
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
        'INVALID_CREDENTIALS',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
    } finally {
      await limited.close();
    }
  });
});

describe('forgotten and changed passwords', () => {
  const REQUEST = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) { requested errors { field code } } }`;
  const RESET = `mutation ($token: String!, $pw: String!) { resetPassword(input: { token: $token, newPassword: $pw }) { reset errors { field code message } } }`;

  it('resets with a single-use token, revokes every session, and the new password works', async () => {
    const carol = await app.world.member();
    const r = await app.client().ok(REQUEST, { email: carol.user.email });
    expect(r.requestPasswordReset).toEqual({ requested: true, errors: [] });
    const token = await app.tokenFromMail(carol.user.email, '/reset-password');
    const done = await app.client().ok(RESET, { token, pw: 'mat-khau-moi-2026' });
    expect(done.resetPassword).toEqual({ reset: true, errors: [] });
    expect((await carol.client.ok(ME)).me).toBeNull();
    const reuse = await app.client().ok(RESET, { token, pw: 'mat-khau-khac-2026' });
    expect(reuse.resetPassword.errors[0]).toMatchObject({ field: 'token', code: 'INVALID_TOKEN' });
    const old = await app
      .client()
      .ok(SIGN_IN, { input: { email: carol.user.email, password: carol.password } });
    expect(old.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
    const fresh = await app
      .client()
      .ok(SIGN_IN, { input: { email: carol.user.email, password: 'mat-khau-moi-2026' } });
    expect(fresh.signIn.errors).toEqual([]);
    expect((await app.lastMail(carol.user.email))?.subject).toBe('Mật khẩu của bạn đã được thay đổi');
  });

  it('refuses an expired reset token', async () => {
    const dan = await app.world.member();
    await app.client().ok(REQUEST, { email: dan.user.email });
    const token = await app.tokenFromMail(dan.user.email, '/reset-password');
    await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `update user_tokens set expires_at = now() - interval '1 second' where purpose = 'RESET_PASSWORD'`,
      );
    const r = await app.client().ok(RESET, { token, pw: 'mat-khau-moi-2026' });
    expect(r.resetPassword).toMatchObject({
      reset: false,
      errors: [{ field: 'token', code: 'INVALID_TOKEN' }],
    });
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const r = await app.client().ok(REQUEST, { email: 'khong-ton-tai@example.vn' });
    expect(r.requestPasswordReset).toEqual({ requested: true, errors: [] });
    expect(await app.lastMail('khong-ton-tai@example.vn')).toBeNull();
  });

  it('changes the password with the current one, keeping this session and revoking the others', async () => {
    const erin = await app.world.member();
    const other = app.client();
    await other.ok(SIGN_IN, { input: { email: erin.user.email, password: erin.password } });
    const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { user { id } errors { field code message } } }`;
    const wrong = await erin.client.ok(CHANGE, { c: 'khong-dung-dau', n: 'mat-khau-moi-2026' });
    expect(wrong.changePassword.errors).toEqual([
      { field: 'currentPassword', code: 'INVALID_CREDENTIALS', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
    const ok = await erin.client.ok(CHANGE, { c: erin.password, n: 'mat-khau-moi-2026' });
    expect(ok.changePassword.errors).toEqual([]);
    expect((await erin.client.ok(ME)).me.id).toBe(erin.user.id);
    expect((await other.ok(ME)).me).toBeNull();
  });

  it('requires a signed-in user to change a password', async () => {
    const r = await app
      .client()
      .gql(
        `mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) { errors { code } } }`,
      );
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toBe('Bạn cần đăng nhập để thực hiện thao tác này.');
  });
});

describe('profile, roles and privacy', () => {
  it('updates the name and language; errors then come in English by default', async () => {
    const f = await app.world.member();
    const r = await f.client.ok(
      `mutation { updateProfile(input: { displayName: "Frank", language: EN }) { user { displayName language } errors { code } } }`,
    );
    expect(r.updateProfile).toEqual({ user: { displayName: 'Frank', language: 'EN' }, errors: [] });
  });

  it('lets only admins list users and change roles', async () => {
    const member = await app.world.member();
    const broker = await app.world.broker();
    const admin = await app.world.admin();
    const LIST = `{ users(first: 5) { totalCount edges { node { id email } } } }`;
    expect((await app.client().gql(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await member.client.gql(LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await broker.client.gql(LIST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await admin.client.ok(LIST);
    expect(list.users.totalCount).toBeGreaterThanOrEqual(3);

    const SET = `mutation ($id: ID!) { setUserRole(input: { userId: $id, role: BROKER }) { user { role } errors { code } } }`;
    expect((await member.client.gql(SET, { id: member.user.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await broker.client.gql(SET, { id: member.user.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const promoted = await admin.client.ok(SET, { id: member.user.id });
    expect(promoted.setUserRole.user.role).toBe('BROKER');
  });

  it("hides a user's e-mail from other members", async () => {
    const a = await app.world.member();
    const b = await app.world.member();
    const orgId = await a.createOrganization();
    const Q = `query ($id: ID!) { organization(id: $id) { members { user { email displayName } } } }`;
    // b is not a member: sees no member list at all.
    expect((await b.client.ok(Q, { id: orgId })).organization.members).toEqual([]);
    expect((await a.client.ok(Q, { id: orgId })).organization.members[0].user.email).toBe(a.user.email);
  });

  it('paginates users with a capped page size', async () => {
    const admin = await app.world.admin();
    const r = await admin.client.gql(`{ users(first: 101) { totalCount } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toBe('Số mục mỗi trang phải từ 0 đến 100.');
    const p1 = await admin.client.ok(
      `{ users(first: 2) { edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }`,
    );
    const p2 = await admin.client.ok(
      `query ($after: String) { users(first: 2, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }`,
      {
        after: p1.users.pageInfo.endCursor,
      },
    );
    const ids1 = p1.users.edges.map((e: { node: { id: string } }) => e.node.id);
    const ids2 = p2.users.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids1).toHaveLength(2);
    expect(ids2.some((id: string) => ids1.includes(id))).toBe(false);
    expect(p2.users.pageInfo.hasPreviousPage).toBe(true);
  });
});
