import type {
  InvitationResolvers,
  MembershipResolvers,
  OrganizationResolvers,
} from '../../../generated/graphql';
import { can } from '../../../platform/policy';
import { findProvince } from '../../../platform/provinces';
import { organizationPolicy } from '../policy';

const byDate = <T extends { createdAt: Date }>(a: T, b: T) => a.createdAt.getTime() - b.createdAt.getTime();

export const Organization: OrganizationResolvers = {
  taxCode: (o, _a, ctx) =>
    can(ctx.viewer, organizationPolicy, 'organization:viewPrivate', o) ? o.taxCode : null,
  address: (o, _a, ctx) =>
    can(ctx.viewer, organizationPolicy, 'organization:viewPrivate', o) ? o.address : null,
  verificationNote: (o, _a, ctx) =>
    can(ctx.viewer, organizationPolicy, 'organization:viewPrivate', o) ? (o.verificationNote ?? null) : null,
  province: (o) =>
    findProvince(o.provinceCode) ?? {
      code: o.provinceCode,
      vi: o.provinceCode,
      en: o.provinceCode,
      isCity: false,
    },
  verified: (o) => o.verificationStatus === 'VERIFIED',
  viewerRole: (o, _a, ctx) => ctx.viewer?.roles.get(o.id) ?? null,
  members: async (o, _a, ctx) => {
    if (!can(ctx.viewer, organizationPolicy, 'organization:viewPrivate', o)) return [];
    return [...(await o.members.load({ dataloader: true }))].sort(byDate);
  },
  invitations: async (o, _a, ctx) => {
    if (!can(ctx.viewer, organizationPolicy, 'organization:viewInvitations', o)) return [];
    const all = await o.invitations.load({ dataloader: true });
    return all.filter((i) => i.status === 'PENDING' && i.expiresAt > new Date()).sort(byDate);
  },
};

export const Membership: MembershipResolvers = {
  user: (m) => m.user.loadOrFail({ dataloader: true }),
  organization: (m) => m.organization.loadOrFail({ dataloader: true }),
};

export const Invitation: InvitationResolvers = {
  organization: (i) => i.organization.loadOrFail({ dataloader: true }),
};
