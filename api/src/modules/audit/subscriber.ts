import {
  ChangeSetType,
  JsonType,
  Reference,
  Utils,
  helper,
  type ChangeSet,
  type EntityManager,
  type EventSubscriber,
  type FlushEventArgs,
} from '@mikro-orm/core';
import { OutgoingEmail } from '../../platform/mail/outbox';
import { RateLimitBucket } from '../../platform/rate-limit';
import { Session } from '../account/entities';
import { ListingViewCount } from '../brokering/entities';
import { DevMail } from '../mail/entities';
import { SearchOutbox } from '../search/entities';
import { AuditEntry } from './entities';

/**
 * The audit log: every change set of every flush becomes one `audit_log` row, written in the same
 * transaction as the change itself (so a rolled-back change leaves no entry, and no committed change
 * lacks one). Changes made with native SQL (`nativeUpdate`, `execute`) bypass the unit of work and are
 * not logged; features use them only for counters and housekeeping (view counts, session touches).
 */

/**
 * Plumbing and counters, not changes anyone needs to trace. E-mails (queued and in the development
 * mailbox) also carry one-time tokens in their links: they must stay out of the log.
 */
const NOT_AUDITED = new Set<unknown>([
  AuditEntry,
  SearchOutbox,
  OutgoingEmail,
  DevMail,
  RateLimitBucket,
  ListingViewCount,
]);

/** Session updates of these fields only are "still here" touches, not changes. */
const SESSION_TOUCH_FIELDS = new Set(['lastSeenAt', 'ip', 'userAgent']);

/** Any property whose name says it holds a credential: password hashes, token hashes, secrets. */
const SECRET_KEY = /password|token|secret/i;

/** Entities whose primary key is itself derived from a secret (a session id is the token's keyed hash). */
const SECRET_PRIMARY_KEY = new Set<unknown>([Session]);

const ENTITY_ID_MAX = 64;

const actors = new WeakMap<EntityManager, string | null>();
const ACTOR_CONTEXT_KEY = 'auditActorId';

/**
 * Records who makes the changes flushed through this EntityManager fork (null = the system). Kept in a
 * WeakMap keyed by the fork and, so that forks made from it (`em.transactional`, `em.fork()`) inherit
 * it, in the fork's logger context — which also puts the actor into query logs.
 */
export function setAuditActor(em: EntityManager, userId: string | null): void {
  actors.set(em, userId);
  em.setLoggerContext({ ...em.getLoggerContext(), [ACTOR_CONTEXT_KEY]: userId });
}

/** The actor set on this fork or the fork it was made from; null when none (jobs, seed, CLI). */
export function getAuditActor(em: EntityManager): string | null {
  if (actors.has(em)) return actors.get(em) ?? null;
  const inherited = em.getLoggerContext()[ACTOR_CONTEXT_KEY];
  return typeof inherited === 'string' ? inherited : null;
}

function actionOf(type: ChangeSetType): AuditEntry['action'] {
  if (type === ChangeSetType.CREATE) return 'CREATE';
  if (type === ChangeSetType.DELETE || type === ChangeSetType.DELETE_EARLY) return 'DELETE';
  return 'UPDATE';
}

/** A JSON-safe copy of a change-set value: dates as ISO strings, related entities as their ids, secrets out. */
export function auditValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (Array.isArray(value)) return value.map(auditValue);
  if (Reference.isReference(value)) return auditValue(value.unwrap());
  if (Utils.isEntity(value)) return helper(value).getSerializedPrimaryKey();
  // An identifier of an entity inserted in the same flush (MikroORM's EntityIdentifier).
  const identifier = value as { getValue?: () => unknown };
  if (typeof identifier.getValue === 'function' && Object.keys(value).length <= 1) {
    return auditValue(identifier.getValue());
  }
  return withoutSecrets(value as Record<string, unknown>);
}

/** Copies an object without the keys that name credentials, at any depth. */
export function withoutSecrets(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (SECRET_KEY.test(key)) continue;
    out[key] = auditValue(value);
  }
  return out;
}

function entityIdOf(cs: ChangeSet<object>): string {
  const pk = cs.getPrimaryKey(true);
  let id: string;
  if (pk && typeof pk === 'object' && !(pk instanceof Date)) {
    id = Object.values(pk as Record<string, unknown>)
      .map((v) => String(auditValue(v)))
      .join(':');
  } else id = String(auditValue(pk) ?? '');
  // A prefix still tells one session from another without storing the keyed token hash whole.
  if (SECRET_PRIMARY_KEY.has(cs.meta.class)) id = `${id.slice(0, 12)}…`;
  return id.slice(0, ENTITY_ID_MAX);
}

function changesOf(cs: ChangeSet<object>): Record<string, unknown> {
  if (actionOf(cs.type) === 'DELETE') return {};
  const payload = { ...(cs.payload as Record<string, unknown>) };
  // The id is the entry's entityId; a secret-derived id stays out entirely.
  for (const pk of cs.meta.primaryKeys) delete payload[pk as string];
  for (const [key, value] of Object.entries(payload)) {
    // The change set holds JSON properties already serialised for the driver: store them as objects.
    const prop = cs.meta.properties[key as never] as { customType?: unknown } | undefined;
    if (typeof value === 'string' && prop?.customType instanceof JsonType) payload[key] = parseJson(value);
  }
  return withoutSecrets(payload);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isAudited(cs: ChangeSet<object>): boolean {
  if (NOT_AUDITED.has(cs.meta.class)) return false;
  if (cs.meta.class === Session && actionOf(cs.type) === 'UPDATE') {
    return Object.keys(cs.payload).some((k) => !SESSION_TOUCH_FIELDS.has(k));
  }
  return true;
}

/**
 * Adds an `AuditEntry` for each change set of the flush. `onFlush` runs after the unit of work computed
 * the change sets and before it writes them: a new entity is added to this flush with
 * `uow.computeChangeSet(entity)` (the documented way; `em.persist` is only safe in `beforeFlush`).
 * Nothing audited is modified here, so no `recomputeSingleChangeSet` is needed.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const actorId = getAuditActor(em);
    const at = new Date();
    for (const cs of uow.getChangeSets()) {
      if (!isAudited(cs)) continue;
      const entry = new AuditEntry(actorId, actionOf(cs.type), cs.name, entityIdOf(cs), changesOf(cs));
      entry.at = at;
      uow.computeChangeSet(entry);
    }
  }
}
