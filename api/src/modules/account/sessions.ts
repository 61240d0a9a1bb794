import { parse as parseCookie, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../platform/config';
import type { Viewer } from '../../platform/policy';
import { Membership } from '../organization/entities';
import { Session, User } from './entities';
import { newToken, tokenHash } from './crypto';

/** `__Host-` pins the cookie to this host and path / and requires Secure: production only. */
export const sessionCookieName = (config: Config) =>
  config.isProduction ? '__Host-tb_session' : 'tb_session';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** The columns of an entity's table (lazy ones, like the password hash, left out), aliased `prefix.column`. */
function columnsOf(em: EntityManager, entity: string, table: string, prefix: string): string[] {
  return em
    .getMetadata()
    .get(entity)
    .props.filter((p) => !p.lazy && p.fieldNames?.length && (p.kind === 'scalar' || p.kind === 'm:1'))
    .flatMap((p) => p.fieldNames)
    .map((column) => `${table}."${column}" as "${prefix}.${column}"`);
}

/** One row's columns of one table, by their unprefixed names (what `em.map` reads). */
function columnsWith(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = row[key];
  return out;
}

let viewerSql: string | null = null;

/**
 * Finds the live session behind the request's cookie and loads who it belongs to. Every request of a
 * signed-in member does this, so it is one hand-written statement (session, user and memberships joined)
 * whose rows are mapped into the request's EntityManager as managed entities: no query building per
 * request, and the viewer's user and session can be changed and flushed like any entity.
 */
export async function loadViewer(em: EntityManager, config: Config, req: Request): Promise<Viewer | null> {
  const token = parseCookie(req.headers.cookie ?? '')[sessionCookieName(config)];
  if (!token) return null;
  viewerSql ??= `select ${[
    ...columnsOf(em, 'Session', 's', 's'),
    ...columnsOf(em, 'User', 'u', 'u'),
    ...columnsOf(em, 'Membership', 'm', 'm'),
  ].join(', ')}
    from sessions s join users u on u.id = s.user_id left join memberships m on m.user_id = u.id
    where s.id = ? and s.revoked_at is null and s.expires_at > now()
    order by m.created_at, m.id`;
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(viewerSql, [tokenHash(config.sessionSecret, token)]);
  if (!rows.length) return null;
  const user = em.map(User, columnsWith(rows[0]!, 'u.'));
  const session = em.map(Session, columnsWith(rows[0]!, 's.'));
  const memberships = rows
    .filter((row) => row['m.id'] != null)
    .map((row) => em.map(Membership, columnsWith(row, 'm.')));
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date() });
  }
  return viewerOf(user, session, memberships);
}

/** The viewer of a session whose user is loaded (after sign-in or sign-up). */
export async function buildViewer(em: EntityManager, session: Session): Promise<Viewer> {
  const user = session.user.getEntity();
  const memberships = await em.find(
    Membership,
    { user: user.id },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return viewerOf(user, session, memberships);
}

function viewerOf(user: User, session: Session, memberships: Membership[]): Viewer {
  const roles = new Map(memberships.map((m) => [m.organization.id, m.role]));
  let active = session.activeOrganization?.id ?? null;
  if (!active || !roles.has(active)) active = memberships[0]?.organization.id ?? null;
  return { user, session, roles, activeOrganizationId: active };
}

export function setSessionCookie(config: Config, res: Response, token: string, expires: Date) {
  res.append(
    'Set-Cookie',
    serialize(sessionCookieName(config), token, {
      httpOnly: true,
      secure: config.isProduction,
      sameSite: 'lax',
      path: '/',
      expires,
    }),
  );
}

export function clearSessionCookie(config: Config, res: Response) {
  res.append(
    'Set-Cookie',
    serialize(sessionCookieName(config), '', {
      httpOnly: true,
      secure: config.isProduction,
      sameSite: 'lax',
      path: '/',
      expires: new Date(0),
    }),
  );
}

/** Creates a new session (a new id at every sign-in) and persists it in `em`. */
export function openSession(
  em: EntityManager,
  config: Config,
  req: Request,
  res: Response,
  user: User,
): Session {
  const token = newToken();
  const expires = new Date(Date.now() + config.SESSION_TTL_DAYS * 24 * 3600 * 1000);
  const session = new Session(tokenHash(config.sessionSecret, token), ref(user), expires);
  session.ip = req.ip?.slice(0, 64) ?? null;
  session.userAgent = req.get('user-agent')?.slice(0, 512) ?? null;
  em.persist(session);
  setSessionCookie(config, res, token, expires);
  return session;
}

/** Opens a session without an HTTP request (CLI, tests); returns the cookie token. */
export function persistSession(em: EntityManager, config: Config, user: User): string {
  const token = newToken();
  const expires = new Date(Date.now() + config.SESSION_TTL_DAYS * 24 * 3600 * 1000);
  em.persist(new Session(tokenHash(config.sessionSecret, token), ref(user), expires));
  return token;
}

/** Revokes every live session of a user, except `exceptId`. */
export async function revokeSessions(em: EntityManager, userId: string, exceptId?: string): Promise<number> {
  return em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(exceptId ? { id: { $ne: exceptId } } : {}) },
    { revokedAt: new Date() },
  );
}
