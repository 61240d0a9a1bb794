import type { Resolvers } from '../../../generated/graphql';
import * as service from '../service';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: (_p, args, ctx) => service.listNotifications(ctx, args),
    unreadNotificationCount: (_p, _a, ctx) => service.unreadCount(ctx),
  },
  Mutation: {
    markNotificationsRead: (_p, { input }, ctx) => service.markRead(ctx, input),
  },
};
