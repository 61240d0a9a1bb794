import type { Resolvers } from '../../../generated/graphql';
import { organization } from './Query/organization';
import { organizations } from './Query/organizations';
import { invitation } from './Query/invitation';
import { createOrganization } from './Mutation/createOrganization';
import { updateOrganization } from './Mutation/updateOrganization';
import { inviteMember } from './Mutation/inviteMember';
import { revokeInvitation } from './Mutation/revokeInvitation';
import { acceptInvitation } from './Mutation/acceptInvitation';
import { removeMember } from './Mutation/removeMember';
import { switchOrganization } from './Mutation/switchOrganization';
import { verifyOrganization } from './Mutation/verifyOrganization';
import { Organization, Membership, Invitation } from './Organization';

export const organizationResolvers: Resolvers = {
  Query: { organization, organizations, invitation },
  Mutation: {
    createOrganization,
    updateOrganization,
    inviteMember,
    revokeInvitation,
    acceptInvitation,
    removeMember,
    switchOrganization,
    verifyOrganization,
  },
  Organization,
  Membership,
  Invitation,
};
