import { ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { requireViewer } from '../../platform/policy';
import { afterKeyset, decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import type { User } from '../account/entities';
import { Notification } from './entities';

/** Adds an in-app notification; persisted by the caller's flush. */
export function notify(
  em: EntityManager,
  user: User,
  n: { kind: string; title: string; body: string; link?: string | null },
) {
  const notification = new Notification(ref(user), n.kind, n.title.slice(0, 500), n.body, n.link ?? null);
  em.persist(notification);
  return notification;
}

export async function listNotifications(
  ctx: GraphQLContext,
  args: PageArgs & { unreadOnly?: boolean | null },
) {
  const viewer = requireViewer(ctx);
  const size = pageSize(ctx.t, args.first);
  const where: FilterQuery<Notification> = {
    user: viewer.user.id,
    ...(args.unreadOnly ? { readAt: null } : {}),
  };
  const total = await ctx.em.count(Notification, where);
  const page = args.after ? { $and: [where, afterKeyset(decodeCursor(ctx.t, args.after))] } : where;
  const rows = await ctx.em.find(Notification, page as FilterQuery<Notification>, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, total, !!args.after);
}

export async function unreadCount(ctx: GraphQLContext): Promise<number> {
  if (!ctx.viewer) return 0;
  return ctx.em.count(Notification, { user: ctx.viewer.user.id, readAt: null });
}

export async function markRead(ctx: GraphQLContext, input: { ids?: string[] | null; all?: boolean | null }) {
  const viewer = requireViewer(ctx);
  const ids = (input.ids ?? []).filter((id) => z.uuid().safeParse(id).success);
  if (input.all || ids.length) {
    await ctx.em.nativeUpdate(
      Notification,
      { user: viewer.user.id, readAt: null, ...(input.all ? {} : { id: { $in: ids } }) },
      { readAt: new Date() },
    );
  }
  return { unreadCount: await unreadCount(ctx) };
}
