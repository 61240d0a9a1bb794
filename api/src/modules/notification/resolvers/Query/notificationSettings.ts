import type { QueryResolvers } from '../../../../generated/graphql';
import { listNotificationSettings } from '../../settings';

export const notificationSettings: QueryResolvers['notificationSettings'] = (_p, _a, ctx) =>
  listNotificationSettings(ctx);
