import type { UserResolvers } from '../../../generated/graphql';
import { can } from '../../../platform/policy';
import { accountPolicy } from '../policy';
import { Organization } from '../../organization/entities';

export const User: UserResolvers = {
  email: (user, _args, ctx) => (can(ctx.viewer, accountPolicy, 'user:viewPrivate', user) ? user.email : null),
  emailVerified: (user) => !!user.emailVerifiedAt,
  memberships: async (user, _args, ctx) => {
    if (!can(ctx.viewer, accountPolicy, 'user:viewPrivate', user)) return [];
    const items = await user.memberships.load({ dataloader: true });
    return [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  },
  activeOrganization: async (user, _args, ctx) => {
    const id = ctx.viewer?.user.id === user.id ? ctx.viewer.activeOrganizationId : null;
    return id ? ctx.em.findOne(Organization, id) : null;
  },
};
