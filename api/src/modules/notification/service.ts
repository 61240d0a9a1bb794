import { ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../platform/config';
import type { GraphQLContext } from '../../platform/graphql/context';
import { requireViewer } from '../../platform/policy';
import { afterKeyset, decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import type { User } from '../account/entities';
import { Notification, NotificationSetting } from './entities';
import { langFromEnum, translator, type Lang } from '../../platform/i18n';
import { renderEmail } from '../../platform/mail/render';

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

export type EventVars = Record<string, string | number>;

/**
 * An event's title and body for one user, in their language, from the `events.<kind>` catalogue entries
 * (with `department` among the values).
 */
export function renderEvent(
  config: Pick<Config, 'DEPARTMENT_NAME_VI' | 'DEPARTMENT_NAME_EN'>,
  user: User,
  event: { kind: string; vars: EventVars | ((lang: Lang) => EventVars) },
) {
  const lang = langFromEnum(user.language);
  const t = translator(lang);
  const department = lang === 'en' ? config.DEPARTMENT_NAME_EN : config.DEPARTMENT_NAME_VI;
  const vars = { department, ...(typeof event.vars === 'function' ? event.vars(lang) : event.vars) };
  return {
    t,
    department,
    title: t(`events.${event.kind}.title`, vars),
    body: t(`events.${event.kind}.body`, vars),
  };
}

/**
 * Tells users about an event: an in-app notification always, and an e-mail unless they turned that kind
 * off. Title and body come from the `events.<kind>` catalogue entries, rendered in each recipient's
 * language. Persisted by the caller's flush: the notification and the queued e-mail commit with the
 * change that caused them, or not at all.
 */
export async function deliver(
  services: Pick<GraphQLContext, 'em' | 'config' | 'mailer'> & { publicUrl: string },
  users: User[],
  event: {
    kind: string;
    /** Values for the catalogue entry; a function when they depend on the language (dates, labels). */
    vars: EventVars | ((lang: Lang) => EventVars);
    link: string | null;
    /** Catalogue key of the e-mail's button label; `events.open` ("Xem chi tiết") by default. */
    actionLabel?: string;
  },
) {
  const unique = [...new Map(users.map((u) => [u.id, u])).values()];
  if (!unique.length) return;
  const off = new Set(
    (
      await services.em.find(NotificationSetting, {
        userId: { $in: unique.map((u) => u.id) },
        kind: event.kind,
        email: false,
      })
    ).map((s) => s.userId),
  );
  for (const user of unique) {
    const { t, department, title, body } = renderEvent(services.config, user, event);
    notify(services.em, user, { kind: event.kind, title, body, link: event.link });
    if (off.has(user.id)) continue;
    const mail = renderEmail({
      t,
      department,
      recipientName: user.displayName,
      subject: title,
      paragraphs: [body],
      action: event.link
        ? { label: t(event.actionLabel ?? 'events.open'), url: `${services.publicUrl}${event.link}` }
        : undefined,
    });
    await services.mailer.send(services.em, { to: user.email, ...mail });
  }
}
