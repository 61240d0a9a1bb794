import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { inTransaction } from '../../platform/database/transaction';
import { notFound } from '../../platform/graphql/errors';
import { authorize, requireViewer } from '../../platform/policy';
import { hitRateLimit, resetRateLimit } from '../../platform/rate-limit';
import { email, fieldError, requiredText, validate, type InputError } from '../../platform/validation';
import { afterKeyset, decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import { LANGUAGES, ROLES, User, UserToken, type Language, type Role, type TokenPurpose } from './entities';
import { dummyPasswordHash, hashPassword, newToken, tokenHash, verifyPassword } from './crypto';
import { buildViewer, clearSessionCookie, openSession, revokeSessions } from './sessions';
import { sendAccountEmail } from './emails';
import { accountPolicy } from './policy';

export type AccountErrorCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'LENGTH'
  | 'PASSWORD_TOO_WEAK'
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'RATE_LIMITED'
  | 'ALREADY_VERIFIED';
type Errors = InputError<AccountErrorCode>[];

export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 256;
const password = () => z.string().min(1).max(PASSWORD_MAX);

function passwordProblem(ctx: GraphQLContext, field: string, pw: string, mail?: string): Errors {
  if (pw.length < PASSWORD_MIN || (mail && pw.trim().toLowerCase() === mail.toLowerCase())) {
    return [fieldError(ctx.t, field, 'PASSWORD_TOO_WEAK')];
  }
  return [];
}

function rateLimited(ctx: GraphQLContext, resetAt: Date): Errors {
  const minutes = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 60000));
  return [fieldError(ctx.t, null, 'RATE_LIMITED', 'RATE_LIMITED', { minutes })];
}

async function issueToken(
  ctx: GraphQLContext,
  user: User,
  purpose: TokenPurpose,
  ttlMs: number,
): Promise<string> {
  const token = newToken();
  ctx.em.persist(
    new UserToken(
      ref(user),
      purpose,
      tokenHash(ctx.config.sessionSecret, token),
      new Date(Date.now() + ttlMs),
    ),
  );
  return token;
}

/** Finds a live token and marks it used; null when unknown, used or expired. */
async function consumeToken(
  ctx: GraphQLContext,
  purpose: TokenPurpose,
  token: string,
): Promise<UserToken | null> {
  const found = await ctx.em.findOne(
    UserToken,
    {
      tokenHash: tokenHash(ctx.config.sessionSecret, token),
      purpose,
      usedAt: null,
      expiresAt: { $gt: new Date() },
    },
    { populate: ['user'] },
  );
  if (found) found.usedAt = new Date();
  return found;
}

async function sendVerification(ctx: GraphQLContext, user: User) {
  const token = await issueToken(ctx, user, 'VERIFY_EMAIL', ctx.config.EMAIL_TOKEN_TTL_HOURS * 3600_000);
  await sendAccountEmail(ctx, user, 'verify', `${ctx.publicUrl}/verify-email?token=${token}`);
}

const registerInput = z.object({
  email: email(),
  password: password(),
  displayName: requiredText(120),
  language: z.enum(LANGUAGES).nullish(),
});

export async function register(ctx: GraphQLContext, input: unknown) {
  const v = validate(registerInput, input, ctx.t);
  if (!v.ok) return { user: null, errors: v.errors };
  const { data } = v;
  const weak = passwordProblem(ctx, 'password', data.password, data.email);
  if (weak.length) return { user: null, errors: weak };
  const ipHit = await hitRateLimit(ctx.em, `register:ip:${ctx.req.ip}`, 3600);
  if (ipHit.count > 50) return { user: null, errors: rateLimited(ctx, ipHit.resetAt) };
  if (await ctx.em.count(User, { email: data.email })) {
    return { user: null, errors: [fieldError(ctx.t, 'email', 'EMAIL_TAKEN')] };
  }
  const user = new User(data.email, await hashPassword(data.password), data.displayName);
  user.language = data.language ?? (ctx.lang === 'en' ? 'EN' : 'VI');
  ctx.em.persist(user);
  await sendVerification(ctx, user);
  const session = openSession(ctx.em, ctx.config, ctx.req, ctx.res, user);
  await ctx.em.flush();
  ctx.viewer = await buildViewer(ctx.em, session);
  return { user, errors: [] };
}

export async function verifyEmail(ctx: GraphQLContext, input: { token: string }) {
  const v = validate(z.object({ token: requiredText(200) }), input, ctx.t);
  if (!v.ok) return { user: null, errors: v.errors };
  const found = await consumeToken(ctx, 'VERIFY_EMAIL', v.data.token);
  if (!found) return { user: null, errors: [fieldError(ctx.t, 'token', 'INVALID_TOKEN')] };
  const user = found.user.getEntity();
  user.emailVerifiedAt ??= new Date();
  await ctx.em.flush();
  return { user, errors: [] };
}

export async function resendVerificationEmail(ctx: GraphQLContext) {
  const viewer = requireViewer(ctx);
  const user = viewer.user;
  if (user.emailVerifiedAt) return { sent: false, errors: [fieldError(ctx.t, null, 'ALREADY_VERIFIED')] };
  const hit = await hitRateLimit(ctx.em, `verify-mail:user:${user.id}`, 3600);
  if (hit.count > 5) return { sent: false, errors: rateLimited(ctx, hit.resetAt) };
  await sendVerification(ctx, user);
  await ctx.em.flush();
  return { sent: true, errors: [] };
}

export async function signIn(ctx: GraphQLContext, input: unknown) {
  const v = validate(z.object({ email: email(), password: password() }), input, ctx.t);
  if (!v.ok) return { user: null, errors: v.errors };
  const { config } = ctx;
  const window = config.SIGNIN_LIMIT_WINDOW_SECONDS;
  // Count first, check after: every attempt (also each alias in one request) uses up a try.
  const accountKey = `signin:account:${v.data.email}`;
  const ipHit = await hitRateLimit(ctx.em, `signin:ip:${ctx.req.ip}`, window);
  const accountHit = await hitRateLimit(ctx.em, accountKey, window);
  if (ipHit.count > config.SIGNIN_LIMIT_PER_IP)
    return { user: null, errors: rateLimited(ctx, ipHit.resetAt) };
  if (accountHit.count > config.SIGNIN_LIMIT_PER_ACCOUNT) {
    return { user: null, errors: rateLimited(ctx, accountHit.resetAt) };
  }
  const user = await ctx.em.findOne(User, { email: v.data.email }, { populate: ['passwordHash'] });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), v.data.password);
  if (!user || !ok) return { user: null, errors: [fieldError(ctx.t, 'password', 'INVALID_CREDENTIALS')] };
  await resetRateLimit(ctx.em, accountKey);
  if (ctx.viewer) ctx.viewer.session.revokedAt = new Date(); // a new session id at every sign-in
  const session = openSession(ctx.em, config, ctx.req, ctx.res, user);
  await ctx.em.flush();
  ctx.viewer = await buildViewer(ctx.em, session);
  return { user, errors: [] };
}

export async function signOut(ctx: GraphQLContext, input: { everywhere?: boolean | null }) {
  clearSessionCookie(ctx.config, ctx.res);
  if (!ctx.viewer) return { signedOut: false, errors: [] };
  if (input.everywhere) await revokeSessions(ctx, ctx.viewer.user.id);
  else ctx.viewer.session.revokedAt = new Date();
  await ctx.em.flush();
  return { signedOut: true, errors: [] };
}

export async function requestPasswordReset(ctx: GraphQLContext, input: unknown) {
  const v = validate(z.object({ email: email() }), input, ctx.t);
  if (!v.ok) return { requested: false, errors: v.errors };
  const hit = await hitRateLimit(ctx.em, `reset:account:${v.data.email}`, 3600);
  const ipHit = await hitRateLimit(ctx.em, `reset:ip:${ctx.req.ip}`, 3600);
  if (ipHit.count > 30) return { requested: false, errors: rateLimited(ctx, ipHit.resetAt) };
  const user = await ctx.em.findOne(User, { email: v.data.email });
  // Past five e-mails an hour we stay silent rather than flood a mailbox, and say nothing either way.
  if (user && hit.count <= 5) {
    const token = await issueToken(
      ctx,
      user,
      'RESET_PASSWORD',
      ctx.config.PASSWORD_RESET_TTL_MINUTES * 60_000,
    );
    await sendAccountEmail(ctx, user, 'reset', `${ctx.publicUrl}/reset-password?token=${token}`);
    await ctx.em.flush();
  }
  return { requested: true, errors: [] };
}

export async function resetPassword(ctx: GraphQLContext, input: unknown) {
  const v = validate(z.object({ token: requiredText(200), newPassword: password() }), input, ctx.t);
  if (!v.ok) return { reset: false, errors: v.errors };
  const found = await ctx.em.findOne(UserToken, {
    tokenHash: tokenHash(ctx.config.sessionSecret, v.data.token),
    purpose: 'RESET_PASSWORD',
    usedAt: null,
    expiresAt: { $gt: new Date() },
  });
  if (!found) return { reset: false, errors: [fieldError(ctx.t, 'token', 'INVALID_TOKEN')] };
  const user = await ctx.em.findOneOrFail(User, found.user.id);
  const weak = passwordProblem(ctx, 'newPassword', v.data.newPassword, user.email);
  if (weak.length) return { reset: false, errors: weak };
  await inTransaction(ctx.em, async () => {
    found.usedAt = new Date();
    user.passwordHash = await hashPassword(v.data.newPassword);
    // The link proved the mailbox: the address is verified too.
    user.emailVerifiedAt ??= new Date();
    await ctx.em.nativeUpdate(
      UserToken,
      { user: user.id, purpose: 'RESET_PASSWORD', usedAt: null },
      { usedAt: new Date() },
    );
    await revokeSessions(ctx, user.id);
    await sendAccountEmail(ctx, user, 'passwordChanged');
  });
  return { reset: true, errors: [] };
}

export async function changePassword(ctx: GraphQLContext, input: unknown) {
  const viewer = requireViewer(ctx);
  const v = validate(z.object({ currentPassword: password(), newPassword: password() }), input, ctx.t);
  if (!v.ok) return { user: null, errors: v.errors };
  const user = await ctx.em.findOneOrFail(User, viewer.user.id, { populate: ['passwordHash'] });
  const hit = await hitRateLimit(ctx.em, `password:user:${user.id}`, ctx.config.SIGNIN_LIMIT_WINDOW_SECONDS);
  if (hit.count > ctx.config.SIGNIN_LIMIT_PER_ACCOUNT)
    return { user: null, errors: rateLimited(ctx, hit.resetAt) };
  if (!(await verifyPassword(user.passwordHash, v.data.currentPassword))) {
    return {
      user: null,
      errors: [fieldError(ctx.t, 'currentPassword', 'INVALID_CREDENTIALS', 'WRONG_PASSWORD')],
    };
  }
  const weak = passwordProblem(ctx, 'newPassword', v.data.newPassword, user.email);
  if (weak.length) return { user: null, errors: weak };
  await inTransaction(ctx.em, async () => {
    user.passwordHash = await hashPassword(v.data.newPassword);
    await revokeSessions(ctx, user.id, viewer.session.id);
    await sendAccountEmail(ctx, user, 'passwordChanged');
  });
  return { user, errors: [] };
}

const profileInput = z.object({
  displayName: requiredText(120).nullish(),
  language: z.enum(LANGUAGES).nullish(),
});

export async function updateProfile(ctx: GraphQLContext, input: unknown) {
  authorize(ctx, accountPolicy, 'account:update', null);
  const v = validate(profileInput, input, ctx.t);
  if (!v.ok) return { user: null, errors: v.errors };
  const user = ctx.viewer.user;
  if (v.data.displayName) user.displayName = v.data.displayName;
  if (v.data.language) user.language = v.data.language as Language;
  await ctx.em.flush();
  return { user, errors: [] };
}

export async function setUserRole(ctx: GraphQLContext, input: { userId: string; role: Role }) {
  const v = validate(z.object({ userId: z.uuid(), role: z.enum(ROLES) }), input, ctx.t);
  const target = v.ok ? await ctx.em.findOne(User, v.data.userId) : null;
  authorize(ctx, accountPolicy, 'user:setRole', target ?? (null as unknown as User));
  if (!v.ok) return { user: null, errors: v.errors };
  if (!target) throw notFound(ctx.t, 'user');
  target.role = v.data.role;
  await ctx.em.flush();
  return { user: target, errors: [] };
}

export async function listUsers(
  ctx: GraphQLContext,
  args: PageArgs & { where?: { role?: Role | null; search?: string | null } | null },
) {
  authorize(ctx, accountPolicy, 'user:list', null);
  const size = pageSize(ctx.t, args.first);
  const where: Record<string, unknown> = {};
  if (args.where?.role) where.role = args.where.role;
  const search = args.where?.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ email: { $ilike: like } }, { displayName: { $ilike: like } }];
  }
  const cursor = args.after ? decodeCursor(ctx.t, args.after) : null;
  const [rows, total] = await Promise.all([
    ctx.em.find(User, cursor ? { $and: [where, afterKeyset(cursor)] } : where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
    }),
    ctx.em.count(User, where),
  ]);
  return toConnection(rows, size, total, !!cursor);
}

/** For the CLI and the seed: creates a user with a password, verified. */
export async function createUser(
  em: EntityManager,
  data: { email: string; password: string; displayName: string; role: Role; language?: Language },
): Promise<User> {
  const user = new User(data.email.trim().toLowerCase(), await hashPassword(data.password), data.displayName);
  user.role = data.role;
  user.language = data.language ?? 'VI';
  user.emailVerifiedAt = new Date();
  em.persist(user);
  return user;
}
