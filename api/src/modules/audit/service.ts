import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { badInput } from '../../platform/graphql/errors';
import { pageSize, type PageArgs } from '../../platform/pagination';
import { authorize } from '../../platform/policy';
import { User } from '../account/entities';
import { AuditEntry } from './entities';
import { auditPolicy } from './policy';

export interface AuditLogWhere {
  entity?: string | null;
  entityId?: string | null;
  actorId?: string | null;
}

/** Cursors are the entry's id (a bigint sequence: newer entries have larger ids). */
const encode = (id: string) => Buffer.from(`a|${id}`, 'utf8').toString('base64url');

function decode(ctx: GraphQLContext, cursor: string): string {
  const m = /^a\|(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(ctx.t, 'after', ctx.t('errors.INVALID', { field: ctx.t('fields.after') }));
  return m[1]!;
}

/** The audit log, newest first (by id: entries are numbered as they are written). Admins only. */
export async function auditLog(ctx: GraphQLContext, args: PageArgs & { where?: AuditLogWhere | null }) {
  authorize(ctx, auditPolicy, 'audit:view', null);
  const size = pageSize(ctx.t, args.first);
  const where: FilterQuery<AuditEntry>[] = [];
  const w = args.where ?? {};
  if (w.entity) where.push({ entity: w.entity });
  if (w.entityId) where.push({ entityId: w.entityId });
  if (w.actorId) {
    if (!z.uuid().safeParse(w.actorId).success) {
      throw badInput(ctx.t, 'actorId', ctx.t('errors.INVALID', { field: ctx.t('fields.userId') }));
    }
    where.push({ actorId: w.actorId });
  }
  const all: FilterQuery<AuditEntry> = where.length ? { $and: where } : {};
  const page: FilterQuery<AuditEntry> = args.after
    ? { $and: [...where, { id: { $lt: decode(ctx, args.after) } }] }
    : all;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(AuditEntry, page, { orderBy: { id: 'desc' }, limit: size + 1 }),
    ctx.em.count(AuditEntry, all),
  ]);
  const entries = rows.slice(0, size);
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => !!id))];
  const actors = actorIds.length
    ? await ctx.em.find(User, { id: { $in: actorIds } }, { fields: ['id', 'displayName'] })
    : [];
  const names = new Map(actors.map((u) => [u.id, u.displayName]));
  const edges = entries.map((e) => ({
    cursor: encode(String(e.id)),
    node: {
      id: String(e.id),
      actorId: e.actorId,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      changes: JSON.stringify(e.changes),
      at: e.at,
    },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
