/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePasswordForm_changePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChangePasswordForm_ChangePasswordDocument,
    "\n  mutation EmailSection_resendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      sent\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailSection_ResendVerificationEmailDocument,
    "\n  mutation ProfileForm_updateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        id\n        displayName\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProfileForm_UpdateProfileDocument,
    "\n  mutation UserMenu_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n        activeOrganization {\n          id\n          name\n          verificationStatus\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserMenu_SwitchOrganizationDocument,
    "\n  mutation SignOut_signOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignOut_SignOutDocument,
    "\n  query Viewer_me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      language\n      activeOrganization {\n        id\n        name\n        verificationStatus\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verificationStatus\n        }\n      }\n    }\n  }\n": typeof types.Viewer_MeDocument,
    "\n  mutation ForgotPasswordPage_requestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ForgotPasswordPage_RequestPasswordResetDocument,
    "\n  mutation RegisterPage_register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        email\n        displayName\n        language\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterPage_RegisterDocument,
    "\n  mutation ResetPasswordPage_resetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      reset\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordPage_ResetPasswordDocument,
    "\n  mutation SignInPage_signIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  mutation VerifyEmailPage_verifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerifyEmailPage_VerifyEmailDocument,
    "\n  mutation VerifyOrganizationDialog_verifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      organization {\n        id\n        verified\n        verificationStatus\n        verifiedAt\n        verificationNote\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerifyOrganizationDialog_VerifyOrganizationDocument,
    "\n  query AdminOrganizationsPage_organizations($first: Int!, $after: String, $where: OrganizationWhere) {\n    organizations(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          taxCode\n          verificationStatus\n          createdAt\n          province {\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminOrganizationsPage_OrganizationsDocument,
    "\n  query DevMailboxPage_devMailbox($first: Int!, $after: String, $where: DevMailboxWhere) {\n    devMailbox(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DevMailboxPage_DevMailboxDocument,
    "\n  fragment InvitationsSection_organization on Organization {\n    id\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InvitationsSection_OrganizationFragmentDoc,
    "\n  mutation InvitationsSection_inviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvitationsSection_InviteMemberDocument,
    "\n  mutation InvitationsSection_revokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvitationsSection_RevokeInvitationDocument,
    "\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.MembersSection_OrganizationFragmentDoc,
    "\n  mutation MembersSection_removeMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MembersSection_RemoveMemberDocument,
    "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    type\n    taxCode\n    address\n    website\n    description\n    verified\n    verificationStatus\n    verifiedAt\n    verificationNote\n    createdAt\n    province {\n      code\n      name\n    }\n  }\n": typeof types.OrganizationDetails_OrganizationFragmentDoc,
    "\n  query OrganizationForm_provinces {\n    provinces {\n      code\n      name\n      isCity\n    }\n  }\n": typeof types.OrganizationForm_ProvincesDocument,
    "\n  mutation CreateOrganizationPage_createOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateOrganizationPage_CreateOrganizationDocument,
    "\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      id\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        type\n        verificationStatus\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvitationPage_InvitationDocument,
    "\n  mutation InvitationPage_acceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvitationPage_AcceptInvitationDocument,
    "\n  mutation InvitationPage_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvitationPage_SwitchOrganizationDocument,
    "\n  query MyOrganizationPage_organization {\n    me {\n      id\n      activeOrganization {\n        id\n        viewerRole\n        ...OrganizationDetails_organization\n        ...MembersSection_organization\n        ...InvitationsSection_organization\n      }\n    }\n  }\n": typeof types.MyOrganizationPage_OrganizationDocument,
    "\n  mutation MyOrganizationPage_updateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        ...OrganizationDetails_organization\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MyOrganizationPage_UpdateOrganizationDocument,
    "\n  query OrganizationPage_organization($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      ...OrganizationDetails_organization\n    }\n  }\n": typeof types.OrganizationPage_OrganizationDocument,
    "\n  query Site_site {\n    site {\n      departmentName\n      exchangeName\n      logoUrl\n      devMailboxEnabled\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.Site_SiteDocument,
};
const documents: Documents = {
    "\n  mutation ChangePasswordForm_changePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ChangePasswordForm_ChangePasswordDocument,
    "\n  mutation EmailSection_resendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      sent\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmailSection_ResendVerificationEmailDocument,
    "\n  mutation ProfileForm_updateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        id\n        displayName\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ProfileForm_UpdateProfileDocument,
    "\n  mutation UserMenu_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n        activeOrganization {\n          id\n          name\n          verificationStatus\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserMenu_SwitchOrganizationDocument,
    "\n  mutation SignOut_signOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SignOut_SignOutDocument,
    "\n  query Viewer_me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      language\n      activeOrganization {\n        id\n        name\n        verificationStatus\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verificationStatus\n        }\n      }\n    }\n  }\n": types.Viewer_MeDocument,
    "\n  mutation ForgotPasswordPage_requestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ForgotPasswordPage_RequestPasswordResetDocument,
    "\n  mutation RegisterPage_register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        email\n        displayName\n        language\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegisterPage_RegisterDocument,
    "\n  mutation ResetPasswordPage_resetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      reset\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResetPasswordPage_ResetPasswordDocument,
    "\n  mutation SignInPage_signIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  mutation VerifyEmailPage_verifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VerifyEmailPage_VerifyEmailDocument,
    "\n  mutation VerifyOrganizationDialog_verifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      organization {\n        id\n        verified\n        verificationStatus\n        verifiedAt\n        verificationNote\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VerifyOrganizationDialog_VerifyOrganizationDocument,
    "\n  query AdminOrganizationsPage_organizations($first: Int!, $after: String, $where: OrganizationWhere) {\n    organizations(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          taxCode\n          verificationStatus\n          createdAt\n          province {\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminOrganizationsPage_OrganizationsDocument,
    "\n  query DevMailboxPage_devMailbox($first: Int!, $after: String, $where: DevMailboxWhere) {\n    devMailbox(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DevMailboxPage_DevMailboxDocument,
    "\n  fragment InvitationsSection_organization on Organization {\n    id\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": types.InvitationsSection_OrganizationFragmentDoc,
    "\n  mutation InvitationsSection_inviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvitationsSection_InviteMemberDocument,
    "\n  mutation InvitationsSection_revokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvitationsSection_RevokeInvitationDocument,
    "\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.MembersSection_OrganizationFragmentDoc,
    "\n  mutation MembersSection_removeMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MembersSection_RemoveMemberDocument,
    "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    type\n    taxCode\n    address\n    website\n    description\n    verified\n    verificationStatus\n    verifiedAt\n    verificationNote\n    createdAt\n    province {\n      code\n      name\n    }\n  }\n": types.OrganizationDetails_OrganizationFragmentDoc,
    "\n  query OrganizationForm_provinces {\n    provinces {\n      code\n      name\n      isCity\n    }\n  }\n": types.OrganizationForm_ProvincesDocument,
    "\n  mutation CreateOrganizationPage_createOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateOrganizationPage_CreateOrganizationDocument,
    "\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      id\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        type\n        verificationStatus\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.InvitationPage_InvitationDocument,
    "\n  mutation InvitationPage_acceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvitationPage_AcceptInvitationDocument,
    "\n  mutation InvitationPage_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvitationPage_SwitchOrganizationDocument,
    "\n  query MyOrganizationPage_organization {\n    me {\n      id\n      activeOrganization {\n        id\n        viewerRole\n        ...OrganizationDetails_organization\n        ...MembersSection_organization\n        ...InvitationsSection_organization\n      }\n    }\n  }\n": types.MyOrganizationPage_OrganizationDocument,
    "\n  mutation MyOrganizationPage_updateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        ...OrganizationDetails_organization\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MyOrganizationPage_UpdateOrganizationDocument,
    "\n  query OrganizationPage_organization($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      ...OrganizationDetails_organization\n    }\n  }\n": types.OrganizationPage_OrganizationDocument,
    "\n  query Site_site {\n    site {\n      departmentName\n      exchangeName\n      logoUrl\n      devMailboxEnabled\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.Site_SiteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordForm_changePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePasswordForm_changePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailSection_resendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      sent\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailSection_resendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      sent\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileForm_updateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        id\n        displayName\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileForm_updateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        id\n        displayName\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserMenu_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n        activeOrganization {\n          id\n          name\n          verificationStatus\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserMenu_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n        activeOrganization {\n          id\n          name\n          verificationStatus\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut_signOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut_signOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      signedOut\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer_me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      language\n      activeOrganization {\n        id\n        name\n        verificationStatus\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verificationStatus\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer_me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      language\n      activeOrganization {\n        id\n        name\n        verificationStatus\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verificationStatus\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPage_requestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPage_requestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPage_register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        email\n        displayName\n        language\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPage_register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        email\n        displayName\n        language\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPage_resetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      reset\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPage_resetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      reset\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_signIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_signIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailPage_verifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmailPage_verifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganizationDialog_verifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      organization {\n        id\n        verified\n        verificationStatus\n        verifiedAt\n        verificationNote\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganizationDialog_verifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      organization {\n        id\n        verified\n        verificationStatus\n        verifiedAt\n        verificationNote\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizationsPage_organizations($first: Int!, $after: String, $where: OrganizationWhere) {\n    organizations(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          taxCode\n          verificationStatus\n          createdAt\n          province {\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizationsPage_organizations($first: Int!, $after: String, $where: OrganizationWhere) {\n    organizations(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          type\n          taxCode\n          verificationStatus\n          createdAt\n          province {\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailboxPage_devMailbox($first: Int!, $after: String, $where: DevMailboxWhere) {\n    devMailbox(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevMailboxPage_devMailbox($first: Int!, $after: String, $where: DevMailboxWhere) {\n    devMailbox(first: $first, after: $after, where: $where) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationsSection_organization on Organization {\n    id\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationsSection_organization on Organization {\n    id\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsSection_inviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsSection_inviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsSection_revokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsSection_revokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n        organization {\n          id\n          ...InvitationsSection_organization\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MembersSection_organization on Organization {\n    id\n    name\n    viewerRole\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersSection_removeMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersSection_removeMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    type\n    taxCode\n    address\n    website\n    description\n    verified\n    verificationStatus\n    verifiedAt\n    verificationNote\n    createdAt\n    province {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    type\n    taxCode\n    address\n    website\n    description\n    verified\n    verificationStatus\n    verifiedAt\n    verificationNote\n    createdAt\n    province {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationForm_provinces {\n    provinces {\n      code\n      name\n      isCity\n    }\n  }\n"): (typeof documents)["\n  query OrganizationForm_provinces {\n    provinces {\n      code\n      name\n      isCity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganizationPage_createOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganizationPage_createOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      id\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        type\n        verificationStatus\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      id\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        type\n        verificationStatus\n        province {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPage_acceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationPage_acceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPage_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationPage_switchOrganization($input: SwitchOrganizationInput!) {\n    switchOrganization(input: $input) {\n      me {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganizationPage_organization {\n    me {\n      id\n      activeOrganization {\n        id\n        viewerRole\n        ...OrganizationDetails_organization\n        ...MembersSection_organization\n        ...InvitationsSection_organization\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganizationPage_organization {\n    me {\n      id\n      activeOrganization {\n        id\n        viewerRole\n        ...OrganizationDetails_organization\n        ...MembersSection_organization\n        ...InvitationsSection_organization\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyOrganizationPage_updateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        ...OrganizationDetails_organization\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MyOrganizationPage_updateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        ...OrganizationDetails_organization\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage_organization($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      ...OrganizationDetails_organization\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage_organization($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      ...OrganizationDetails_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Site_site {\n    site {\n      departmentName\n      exchangeName\n      logoUrl\n      devMailboxEnabled\n      province {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Site_site {\n    site {\n      departmentName\n      exchangeName\n      logoUrl\n      devMailboxEnabled\n      province {\n        code\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;