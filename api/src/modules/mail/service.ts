import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../../platform/graphql/context';
import { authorize } from '../../platform/policy';
import { afterKeyset, decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import { accountPolicy } from '../account/policy';
import { DevMail } from './entities';

export async function listDevMail(
  ctx: GraphQLContext,
  args: PageArgs & { where?: { to?: string | null } | null },
) {
  if (!ctx.config.devMailbox) {
    throw new GraphQLError(ctx.t('errors.DEV_MAILBOX_DISABLED'), { extensions: { code: 'FORBIDDEN' } });
  }
  authorize(ctx, accountPolicy, 'devMailbox:read', {
    devMailbox: ctx.config.devMailbox,
    production: ctx.config.isProduction,
  });
  const size = pageSize(ctx.t, args.first);
  const where: Record<string, unknown> = {};
  const to = args.where?.to?.trim().toLowerCase();
  if (to) where.to = to;
  const cursor = args.after ? decodeCursor(ctx.t, args.after) : null;
  const [rows, total] = await Promise.all([
    ctx.em.find(DevMail, cursor ? { $and: [where, afterKeyset(cursor)] } : where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
    }),
    ctx.em.count(DevMail, where),
  ]);
  return toConnection(rows, size, total, !!cursor);
}
