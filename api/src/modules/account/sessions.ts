import { parse as parseCookie, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../platform/config';
import type { Viewer } from '../../platform/policy';
import { Membership } from '../organization/entities';
import { Session, type User } from './entities';
import { newToken, tokenHash } from './crypto';

/** `__Host-` pins the cookie to this host and path / and requires Secure: production only. */
export const sessionCookieName = (config: Config) =>
  config.isProduction ? '__Host-tb_session' : 'tb_session';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Finds the live session behind the request's cookie and loads who it belongs to. */
export async function loadViewer(em: EntityManager, config: Config, req: Request): Promise<Viewer | null> {
  const token = parseCookie(req.headers.cookie ?? '')[sessionCookieName(config)];
  if (!token) return null;
  const session = await em.findOne(
    Session,
    { id: tokenHash(config.sessionSecret, token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user'] },
  );
  if (!session) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date() });
  }
  return buildViewer(em, session);
}

export async function buildViewer(em: EntityManager, session: Session): Promise<Viewer> {
  const user = session.user.getEntity();
  const memberships = await em.find(Membership, { user: user.id }, { orderBy: { createdAt: 'asc' } });
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
