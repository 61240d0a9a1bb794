import type { Resolvers } from '../../../generated/graphql';
import * as service from '../service';
import { notificationSettings } from './Query/notificationSettings';
import { updateNotificationSettings } from './Mutation/updateNotificationSettings';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: (_p, args, ctx) => service.listNotifications(ctx, args),
    unreadNotificationCount: (_p, _a, ctx) => service.unreadCount(ctx),
    notificationSettings,
  },
  Mutation: {
    markNotificationsRead: (_p, { input }, ctx) => service.markRead(ctx, input),
    updateNotificationSettings,
  },
};
