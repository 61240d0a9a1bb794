import type { MutationResolvers } from '../../../../generated/graphql';
import { updateNotificationSettings as update } from '../../settings';

export const updateNotificationSettings: MutationResolvers['updateNotificationSettings'] = (
  _p,
  { input },
  ctx,
) => update(ctx, input);
