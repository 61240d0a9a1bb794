import { parse as parseCookie, serialize } from 'cookie';
import type { Request, Response } from 'express';
import {
  ChangeSetType,
  helper,
  ref,
  type EntityClass,
  type EntityDictionary,
  type ChangeSet,
  type EntityManager as CoreEntityManager,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../platform/config';
import type { Viewer } from '../../platform/policy';
import { Membership, type MembershipRole } from '../organization/entities';
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

type ViewerRow = Record<string, unknown>;

/** What `loadViewer` read for a session (kept by its cookie's token): its rows (as the driver returns them: dates as text), and two dates. */
export interface ViewerRecord {
  rows: ViewerRow[];
  expiresAt: number;
  /** When the session was last marked as seen (in the database, or by this process). */
  lastSeenAt: number;
}

/** Session updates of these fields only are "still here" touches: they change nothing a viewer is made of. */
const TOUCH_FIELDS = new Set(['lastSeenAt', 'ip', 'userAgent']);

/** Whether a flushed change can change who a session belongs to, or what that person may do. */
function changesViewers(cs: ChangeSet<object>): boolean {
  switch (cs.name) {
    case 'Session':
      // A new session is not cached yet; a touch changes nothing.
      if (cs.type === ChangeSetType.CREATE) return false;
      return (
        cs.type !== ChangeSetType.UPDATE || Object.keys(cs.payload ?? {}).some((k) => !TOUCH_FIELDS.has(k))
      );
    case 'User':
    case 'Membership':
      return true;
    case 'Organization':
      // Deleting one deletes its memberships (in the database, by cascade).
      return cs.type !== ChangeSetType.CREATE && cs.type !== ChangeSetType.UPDATE;
    default:
      return false;
  }
}

/**
 * The rows `loadViewer` read for a session, kept by one API process for `SESSION_CACHE_SECONDS` (5 by
 * default; 0 turns it off), so that a signed-in person's requests in a burst (a page's queries, a search
 * typed letter by letter) read the session once instead of at each request.
 *
 * Emptied at once in this process by every flushed change to users, sessions (other than touches),
 * memberships and deleted organisations (after the commit too, when inside a transaction, so a request
 * reading meanwhile cannot keep the old rows), and by `revokeSessions` (native SQL: sign-out everywhere,
 * password change or reset). A change made by another API process or by hand in the database reaches this
 * one within the TTL: the trade-off for not asking PostgreSQL at every request. A session that expires
 * is refused at its expiry time, cached or not.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { record: ViewerRecord; until: number }>();
  private readonly pending = new WeakSet<CoreEntityManager>();
  private gen = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  /** Bumped by every invalidation: rows read under an older generation are not kept. */
  get generation(): number {
    return this.gen;
  }

  get(token: string): ViewerRecord | null {
    const entry = this.ttlMs > 0 ? this.entries.get(token) : undefined;
    if (!entry) return null;
    if (entry.until > Date.now()) return entry.record;
    this.entries.delete(token);
    return null;
  }

  set(token: string, record: ViewerRecord, generation: number): void {
    if (this.ttlMs <= 0 || generation !== this.gen) return;
    if (this.entries.size >= this.maxEntries) {
      for (const [key, entry] of this.entries) if (entry.until <= Date.now()) this.entries.delete(key);
      // Still full: the oldest goes (insertion order).
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(token, { record, until: Date.now() + this.ttlMs });
  }

  forget(token: string): void {
    this.entries.delete(token);
  }

  /**
   * Empties the cache now and, when `em` is inside a transaction, once more when it commits (a request
   * reading the session before the commit would otherwise keep the old rows).
   */
  invalidate(em?: CoreEntityManager): void {
    this.gen++;
    this.entries.clear();
    if (em?.isInTransaction()) this.pending.add(em);
  }

  /** Invalidates on every flushed change to what a viewer is made of. */
  subscriber(): EventSubscriber {
    return {
      afterFlush: ({ em, uow }: FlushEventArgs) => {
        if (uow.getChangeSets().some(changesViewers)) this.invalidate(em);
      },
      afterTransactionCommit: ({ em }: TransactionEventArgs) => {
        if (!this.pending.has(em)) return;
        this.pending.delete(em);
        this.invalidate();
      },
    };
  }
}

let viewerSql: string | null = null;

/**
 * Finds the live session behind the request's cookie and who it belongs to. Every request of a signed-in
 * member does this, so it is one hand-written statement (session, user and the organisations they belong
 * to, with their role), kept a few seconds by `cache`. The viewer's roles come straight from the rows; its
 * `user` and `session` are mapped into the request's EntityManager as managed entities the first time a
 * resolver reads them (a search never does), so they can be changed and flushed like any entity.
 */
export async function loadViewer(
  em: EntityManager,
  config: Config,
  req: Request,
  cache: ViewerCache | null,
): Promise<Viewer | null> {
  const token = parseCookie(req.headers.cookie ?? '')[sessionCookieName(config)];
  if (!token) return null;
  // Cached by the cookie's token, so a hit costs no keyed hash (the token is in this process's memory
  // while its requests run anyway; the database only ever holds its hash).
  let record = cache?.get(token) ?? null;
  if (!record) {
    viewerSql ??= `select ${[
      ...columnsOf(em, 'Session', 's', 's'),
      ...columnsOf(em, 'User', 'u', 'u'),
      'm.organization_id as "m.organization_id"',
      'm.role as "m.role"',
    ].join(', ')}
      from sessions s join users u on u.id = s.user_id left join memberships m on m.user_id = u.id
      where s.id = ? and s.revoked_at is null and s.expires_at > now()
      order by m.created_at, m.id`;
    const generation = cache?.generation ?? 0;
    const rows = await em
      .getConnection()
      .execute<ViewerRow[]>(viewerSql, [tokenHash(config.sessionSecret, token)]);
    if (!rows.length) return null;
    const date = (value: unknown) =>
      em
        .getPlatform()
        .parseDate(value as string)
        .getTime();
    record = {
      rows,
      expiresAt: date(rows[0]!['s.expires_at']),
      lastSeenAt: date(rows[0]!['s.last_seen_at']),
    };
    cache?.set(token, record, generation);
  }
  if (record.expiresAt <= Date.now()) {
    cache?.forget(token);
    return null;
  }
  if (Date.now() - record.lastSeenAt > TOUCH_EVERY_MS) {
    // Marked on the (possibly cached) record first: the other requests of the burst do not touch it again.
    record.lastSeenAt = Date.now();
    const id = record.rows[0]!['s.id'] as string;
    await em.nativeUpdate(Session, { id }, { lastSeenAt: new Date(record.lastSeenAt) });
  }
  return lazyViewer(em, record.rows);
}

/**
 * The entity mapped from the row into the request's EntityManager; one this request already loaded
 * (fresher than a cached row) is kept as it is.
 */
function managed<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  prefix: string,
  row: ViewerRow,
): T {
  const loaded = em.getUnitOfWork().getById<T>(entity.name, id as never);
  if (loaded && helper(loaded).__initialized) return loaded;
  return em.map(entity, columnsWith(row, prefix) as EntityDictionary<T>);
}

/** A viewer whose roles are read from the rows, and whose user and session are mapped when first read. */
function lazyViewer(em: EntityManager, rows: ViewerRow[]): Viewer {
  const first = rows[0]!;
  const roles = new Map<string, MembershipRole>();
  for (const row of rows) {
    if (row['m.organization_id'] != null)
      roles.set(row['m.organization_id'] as string, row['m.role'] as MembershipRole);
  }
  const active = activeOrganization(roles, first['s.active_organization_id'] as string | null);
  let user: User | undefined;
  let session: Session | undefined;
  const mapUser = () => (user ??= managed(em, User, first['u.id'] as string, 'u.', first));
  return {
    userId: first['u.id'] as string,
    roles,
    activeOrganizationId: active,
    get user() {
      return mapUser();
    },
    get session() {
      mapUser(); // the session's user is this entity, not a reference to load
      return (session ??= managed(em, Session, first['s.id'] as string, 's.', first));
    },
  };
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
  const active = activeOrganization(roles, session.activeOrganization?.id ?? null);
  return { userId: user.id, user, session, roles, activeOrganizationId: active };
}

/**
 * The organisation the viewer acts for: the one the session chose while still a member of it, else the
 * first they joined (`roles` is in the order they joined).
 */
function activeOrganization(roles: Map<string, MembershipRole>, chosen: string | null): string | null {
  if (chosen && roles.has(chosen)) return chosen;
  return roles.keys().next().value ?? null;
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

/**
 * Revokes every live session of a user, except `exceptId`, and empties this process's viewer cache (at
 * once, and again when `em`'s transaction commits).
 */
export async function revokeSessions(
  ctx: { em: EntityManager; viewers: ViewerCache },
  userId: string,
  exceptId?: string,
): Promise<number> {
  const revoked = await ctx.em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(exceptId ? { id: { $ne: exceptId } } : {}) },
    { revokedAt: new Date() },
  );
  ctx.viewers.invalidate(ctx.em);
  return revoked;
}
