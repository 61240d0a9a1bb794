import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel } from '../modules/account/entities.js';
import type { Organization as OrganizationModel, Membership as MembershipModel, Invitation as InvitationModel } from '../modules/organization/entities.js';
import type { DevMail as DevMailModel } from '../modules/mail/entities.js';
import type { ProvinceRecord as ProvinceRecordModel } from '../platform/provinces.js';
import type { GraphQLContext } from '../platform/graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, serialised as an ISO-8601 string with a time zone (e.g. `2026-11-21T08:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
};

/** Input for `acceptInvitation`. */
export type AcceptInvitationInput = {
  /** The token from the invitation e-mail. */
  token: Scalars['String']['input'];
};

/** Result of `acceptInvitation`. */
export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  /** Why it was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The new membership; null when refused. */
  membership: Maybe<Membership>;
};

/** Why an account operation was refused, naming the field, in the caller's language. */
export type AccountError = {
  __typename?: 'AccountError';
  /** Machine-readable reason. */
  code: AccountErrorCode;
  /** The input field at fault, or null when the error concerns the whole input. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message in the caller's language. */
  message: Scalars['String']['output'];
};

/** Machine-readable reasons an account operation was refused. */
export type AccountErrorCode =
  /** The e-mail address is already verified. */
  | 'ALREADY_VERIFIED'
  /** An account with this e-mail address exists. */
  | 'EMAIL_TAKEN'
  /** The value has the wrong form. */
  | 'INVALID'
  /** E-mail or password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** The token is unknown, used or expired. */
  | 'INVALID_TOKEN'
  /** The value is too long or too short. */
  | 'LENGTH'
  /** The password is too weak. */
  | 'PASSWORD_TOO_WEAK'
  /** Too many attempts; try again later. */
  | 'RATE_LIMITED'
  /** A required field is empty. */
  | 'REQUIRED';

/** Input for `changePassword`. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: Scalars['String']['input'];
  /** The new password, at least 10 characters. */
  newPassword: Scalars['String']['input'];
};

/** Result of `changePassword`. */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<AccountError>;
  /** The user; null when refused. */
  user: Maybe<User>;
};

/** Input for `createOrganization`. */
export type CreateOrganizationInput = {
  /** Commune/ward and street address, up to 500 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** What the organisation does, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Registered name, up to 256 characters. */
  name: Scalars['String']['input'];
  /** Province code from `provinces`. */
  provinceCode: Scalars['ID']['input'];
  /** Tax code (10 or 13 digits) or establishment decision number, up to 64 characters. */
  taxCode: Scalars['String']['input'];
  /** Kind of organisation. */
  type: OrganizationType;
  /** Website starting with http:// or https://. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `createOrganization`. */
export type CreateOrganizationPayload = {
  __typename?: 'CreateOrganizationPayload';
  /** Why creation was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The new organisation; null when refused. */
  organization: Maybe<Organization>;
};

/** An e-mail kept in the development mailbox. */
export type DevMail = {
  __typename?: 'DevMail';
  /** HTML body, already escaped at render time. */
  html: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** When the e-mail was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** Plain-text body. */
  text: Scalars['String']['output'];
  /** Recipient address. */
  to: Scalars['String']['output'];
};

/** A page of development e-mails. */
export type DevMailConnection = {
  __typename?: 'DevMailConnection';
  /** The e-mails in this page. */
  edges: Array<DevMailEdge>;
  /** Pagination information. */
  pageInfo: PageInfo;
  /** Number of e-mails matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An e-mail in a page. */
export type DevMailEdge = {
  __typename?: 'DevMailEdge';
  /** Cursor to continue after this e-mail. */
  cursor: Scalars['String']['output'];
  /** The e-mail. */
  node: DevMail;
};

/** Filters for `devMailbox`. */
export type DevMailboxWhere = {
  /** Only messages sent to this address (case-insensitive). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An invitation by e-mail to join an organisation. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited address. */
  email: Scalars['String']['output'];
  /** After this the invitation cannot be accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The organisation. */
  organization: Organization;
  /** Role the person gets on accepting. */
  role: MembershipRole;
  /** Where it stands. */
  status: InvitationStatus;
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** Accepted; the person is a member. */
  | 'ACCEPTED'
  /** Not accepted in time. */
  | 'EXPIRED'
  /** Sent, not yet answered. */
  | 'PENDING'
  /** Withdrawn by an owner. */
  | 'REVOKED';

/** Input for `inviteMember`. */
export type InviteMemberInput = {
  /** E-mail address of the person to invite. */
  email: Scalars['String']['input'];
  /** The organisation to join. */
  organizationId: Scalars['ID']['input'];
  /** Role on joining; MEMBER when omitted. */
  role?: InputMaybe<MembershipRole>;
};

/** Result of `inviteMember`. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** Why the invitation was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The invitation; null when refused. */
  invitation: Maybe<Invitation>;
};

/** Languages the exchange speaks. Vietnamese is the default. */
export type Language =
  /** English */
  | 'EN'
  /** Tiếng Việt */
  | 'VI';

/** A person's place in an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** When the person joined. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The organisation. */
  organization: Organization;
  /** Owner or member. */
  role: MembershipRole;
  /** The person. */
  user: User;
};

/** A person's role inside an organisation. */
export type MembershipRole =
  /** Acts for the organisation. */
  | 'MEMBER'
  /** Manages the profile and the members. */
  | 'OWNER';

/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation; the signed-in user's e-mail must be the invited one. */
  acceptInvitation: AcceptInvitationPayload;
  /** Changes the signed-in user's password. Revokes every other session of the user. */
  changePassword: ChangePasswordPayload;
  /** Creates an organisation; the signed-in user becomes its owner and acts for it. */
  createOrganization: CreateOrganizationPayload;
  /** Invites a person by e-mail to join an organisation. Owners only. */
  inviteMember: InviteMemberPayload;
  /** Does nothing; lets features extend `Mutation`. Always returns true. */
  ping: Scalars['Boolean']['output'];
  /** Creates an account and e-mails a verification link. The new user is signed in. */
  register: RegisterPayload;
  /** Removes a member from an organisation. Owners, or a member removing themselves. The last owner cannot leave. */
  removeMember: RemoveMemberPayload;
  /** E-mails a single-use password-reset link if the address has an account. Always succeeds, so it reveals nothing. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sends a new verification e-mail to the signed-in user. */
  resendVerificationEmail: ResendVerificationEmailPayload;
  /** Sets a new password with a reset token. Revokes every session of the user. */
  resetPassword: ResetPasswordPayload;
  /** Withdraws a pending invitation. Owners only. */
  revokeInvitation: RevokeInvitationPayload;
  /** Gives a user a role. Admins only. */
  setUserRole: SetUserRolePayload;
  /** Signs in with e-mail and password. Rate-limited per account and per IP address. */
  signIn: SignInPayload;
  /** Signs out: revokes the current session (or every session of the user with `everywhere`). */
  signOut: SignOutPayload;
  /** Chooses the organisation the signed-in user acts for. */
  switchOrganization: SwitchOrganizationPayload;
  /** Updates an organisation's profile. Owners, brokers and admins. A changed tax code needs verification again. */
  updateOrganization: UpdateOrganizationPayload;
  /** Updates the signed-in user's name and language. */
  updateProfile: UpdateProfilePayload;
  /** Confirms the e-mail address with the token from the verification e-mail. */
  verifyEmail: VerifyEmailPayload;
  /** Records the department's check of an organisation's papers (tax code / establishment decision). Brokers only. */
  verifyOrganization: VerifyOrganizationPayload;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationResendVerificationEmailArgs = {
  input: ResendVerificationEmailInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRevokeInvitationArgs = {
  input: RevokeInvitationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationSetUserRoleArgs = {
  input: SetUserRoleInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationSignOutArgs = {
  input: SignOutInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationSwitchOrganizationArgs = {
  input: SwitchOrganizationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationVerifyOrganizationArgs = {
  input: VerifyOrganizationInput;
};

/** A business, research institute, university, inventor, intermediary or agency. */
export type Organization = {
  __typename?: 'Organization';
  /** Commune/ward and street address. Members, brokers and admins only; null for others. */
  address: Maybe<Scalars['String']['output']>;
  /** When the organisation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the organisation does. */
  description: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Pending invitations. Owners, brokers and admins only; empty for others. */
  invitations: Array<Invitation>;
  /** People in the organisation. Members, brokers and admins only; empty for others. */
  members: Array<Membership>;
  /** Registered name. */
  name: Scalars['String']['output'];
  /** Province of the head office. */
  province: Province;
  /** Tax code or establishment decision number. Members, brokers and admins only; null for others. */
  taxCode: Maybe<Scalars['String']['output']>;
  /** Kind of organisation. */
  type: OrganizationType;
  /** The broker's note on the check. Members, brokers and admins only; null for others. */
  verificationNote: Maybe<Scalars['String']['output']>;
  /** Where the department's check stands. */
  verificationStatus: VerificationStatus;
  /** True once a broker checked the organisation's papers. */
  verified: Scalars['Boolean']['output'];
  /** When the status last changed by a broker. */
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** The signed-in user's role in this organisation, or null when not a member. */
  viewerRole: Maybe<MembershipRole>;
  /** Website. */
  website: Maybe<Scalars['String']['output']>;
};

/** A page of organisations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organisations in this page. */
  edges: Array<OrganizationEdge>;
  /** Pagination information. */
  pageInfo: PageInfo;
  /** Number of organisations matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation in a page. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Cursor to continue after this organisation. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** Why an organisation operation was refused, naming the field, in the caller's language. */
export type OrganizationError = {
  __typename?: 'OrganizationError';
  /** Machine-readable reason. */
  code: OrganizationErrorCode;
  /** The input field at fault, or null when the error concerns the whole input. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message in the caller's language. */
  message: Scalars['String']['output'];
};

/** Machine-readable reasons an organisation operation was refused. */
export type OrganizationErrorCode =
  /** The person is already a member or already invited. */
  | 'ALREADY_MEMBER'
  /** The value has the wrong form. */
  | 'INVALID'
  /** The invitation is unknown, used, revoked or expired. */
  | 'INVALID_TOKEN'
  /** The organisation must keep at least one owner. */
  | 'LAST_OWNER'
  /** The value is too long. */
  | 'LENGTH'
  /** A required field is empty. */
  | 'REQUIRED'
  /** The invitation was sent to another e-mail address. */
  | 'WRONG_RECIPIENT';

/** Kinds of organisation on the exchange. */
export type OrganizationType =
  /** Cơ quan nhà nước. */
  | 'AGENCY'
  /** Doanh nghiệp. */
  | 'BUSINESS'
  /** Nhà sáng chế cá nhân. */
  | 'INDIVIDUAL_INVENTOR'
  /** Tổ chức trung gian. */
  | 'INTERMEDIARY'
  /** Viện nghiên cứu. */
  | 'RESEARCH_INSTITUTE'
  /** Trường đại học. */
  | 'UNIVERSITY';

/** Filters for `organizations`. */
export type OrganizationWhere = {
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations of this type. */
  type?: InputMaybe<OrganizationType>;
  /** Only organisations in this verification state. */
  verificationStatus?: InputMaybe<VerificationStatus>;
};

/** Relay pagination information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge in this page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede `startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge in this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A provincial-level administrative unit (province or centrally-run city). */
export type Province = {
  __typename?: 'Province';
  /** Stable slug, e.g. `ha-tinh`. */
  code: Scalars['ID']['output'];
  /** True for the six centrally-run cities. */
  isCity: Scalars['Boolean']['output'];
  /** Name in the caller's language. */
  name: Scalars['String']['output'];
};

/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type Query = {
  __typename?: 'Query';
  /**
   * The development mailbox: e-mails the exchange would have sent, newest first.
   * Available only when no SMTP server is configured; outside development only admins may read it.
   * `first` is capped at 100.
   */
  devMailbox: DevMailConnection;
  /** A pending invitation, looked up by the token from the invitation e-mail. */
  invitation: Maybe<Invitation>;
  /** The signed-in user, or null for a visitor. */
  me: Maybe<User>;
  /** One organisation's profile. Public; contact details and members only for its members, brokers and admins. */
  organization: Maybe<Organization>;
  /** Organisations, newest first. Public. `first` is capped at 100. */
  organizations: OrganizationConnection;
  /** The 34 provincial-level units in force since 1 July 2025, in the caller's language. */
  provinces: Array<Province>;
  /** Public facts about this exchange: the department that runs it, its province and logo. */
  site: Site;
  /** Users of the exchange, newest first. Admins only. `first` is capped at 100. */
  users: UserConnection;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryDevMailboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DevMailboxWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<OrganizationWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<UserWhere>;
};

/** Input for `register`. */
export type RegisterInput = {
  /** Name shown to others, up to 120 characters. */
  displayName: Scalars['String']['input'];
  /** E-mail address; it becomes the sign-in name. */
  email: Scalars['String']['input'];
  /** Preferred language; Vietnamese when omitted. */
  language?: InputMaybe<Language>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

/** Result of `register`. */
export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  /** Why the registration was refused; empty on success. */
  errors: Array<AccountError>;
  /** The new user, signed in; null when refused. */
  user: Maybe<User>;
};

/** Input for `removeMember`. */
export type RemoveMemberInput = {
  /** The membership to end. */
  membershipId: Scalars['ID']['input'];
};

/** Result of `removeMember`. */
export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  /** Why it was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The organisation after the removal; null when refused. */
  organization: Maybe<Organization>;
};

/** Input for `requestPasswordReset`. */
export type RequestPasswordResetInput = {
  /** E-mail address of the account. */
  email: Scalars['String']['input'];
};

/** Result of `requestPasswordReset`. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Why the request was refused (malformed e-mail, rate limit); empty on success. */
  errors: Array<AccountError>;
  /** Always true when the input is well-formed, whether or not the account exists. */
  requested: Scalars['Boolean']['output'];
};

/** Input for `resendVerificationEmail`. */
export type ResendVerificationEmailInput = {
  /** Ignored; present so the mutation takes one input like every other. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `resendVerificationEmail`. */
export type ResendVerificationEmailPayload = {
  __typename?: 'ResendVerificationEmailPayload';
  /** Why nothing was sent; empty on success. */
  errors: Array<AccountError>;
  /** True when an e-mail was sent. */
  sent: Scalars['Boolean']['output'];
};

/** Input for `resetPassword`. */
export type ResetPasswordInput = {
  /** The new password, at least 10 characters. */
  newPassword: Scalars['String']['input'];
  /** The token from the password-reset e-mail. */
  token: Scalars['String']['input'];
};

/** Result of `resetPassword`. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** Why the reset was refused; empty on success. */
  errors: Array<AccountError>;
  /** True when the password was changed. */
  reset: Scalars['Boolean']['output'];
};

/** Input for `revokeInvitation`. */
export type RevokeInvitationInput = {
  /** The invitation to withdraw. */
  invitationId: Scalars['ID']['input'];
};

/** Result of `revokeInvitation`. */
export type RevokeInvitationPayload = {
  __typename?: 'RevokeInvitationPayload';
  /** Why it could not be withdrawn; empty on success. */
  errors: Array<OrganizationError>;
  /** The withdrawn invitation. */
  invitation: Maybe<Invitation>;
};

/** What a user may do across the exchange. Organisation roles are separate (`MembershipRole`). */
export type Role =
  /** Department IT: manages users, taxonomy and configuration. */
  | 'ADMIN'
  /** Department staff: reviews listings, verifies organisations, runs cases. */
  | 'BROKER'
  /** A person acting for organisations: posts listings, expresses interest. */
  | 'MEMBER';

/** Input for `setUserRole`. */
export type SetUserRoleInput = {
  /** The new role. */
  role: Role;
  /** The user to change. */
  userId: Scalars['ID']['input'];
};

/** Result of `setUserRole`. */
export type SetUserRolePayload = {
  __typename?: 'SetUserRolePayload';
  /** Why the change was refused; empty on success. */
  errors: Array<AccountError>;
  /** The changed user; null when refused. */
  user: Maybe<User>;
};

/** Input for `signIn`. */
export type SignInInput = {
  /** E-mail address of the account. */
  email: Scalars['String']['input'];
  /** Password of the account. */
  password: Scalars['String']['input'];
};

/** Result of `signIn`. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Why sign-in was refused; empty on success. */
  errors: Array<AccountError>;
  /** The signed-in user; null when refused. */
  user: Maybe<User>;
};

/** Input for `signOut`. */
export type SignOutInput = {
  /** Also revoke every other session of the user. */
  everywhere?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of `signOut`. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Always empty; present for a uniform payload shape. */
  errors: Array<AccountError>;
  /** True when a session was revoked. */
  signedOut: Scalars['Boolean']['output'];
};

/** Public facts about the exchange, from configuration. */
export type Site = {
  __typename?: 'Site';
  /** Name of the department that runs the exchange, in the caller's language. */
  departmentName: Scalars['String']['output'];
  /** True when e-mails go to the development mailbox instead of SMTP. */
  devMailboxEnabled: Scalars['Boolean']['output'];
  /** Name of the exchange itself, in the caller's language. */
  exchangeName: Scalars['String']['output'];
  /** URL of the department's logo, relative to the site or absolute. */
  logoUrl: Scalars['String']['output'];
  /** The province the department serves. */
  province: Province;
};

/** Input for `switchOrganization`. */
export type SwitchOrganizationInput = {
  /** An organisation the signed-in user belongs to. */
  organizationId: Scalars['ID']['input'];
};

/** Result of `switchOrganization`. */
export type SwitchOrganizationPayload = {
  __typename?: 'SwitchOrganizationPayload';
  /** Why it was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The signed-in user, now acting for the organisation. */
  me: Maybe<User>;
};

/** Input for `updateOrganization`. Omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** Commune/ward and street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** What the organisation does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Registered name, up to 256 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organisation to update. */
  organizationId: Scalars['ID']['input'];
  /** Province code from `provinces`. */
  provinceCode?: InputMaybe<Scalars['ID']['input']>;
  /** Tax code or establishment decision number. */
  taxCode?: InputMaybe<Scalars['String']['input']>;
  /** Kind of organisation. */
  type?: InputMaybe<OrganizationType>;
  /** Website starting with http:// or https://. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateOrganization`. */
export type UpdateOrganizationPayload = {
  __typename?: 'UpdateOrganizationPayload';
  /** Why the update was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The updated organisation; null when refused. */
  organization: Maybe<Organization>;
};

/** Input for `updateProfile`. */
export type UpdateProfileInput = {
  /** New display name, up to 120 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** New preferred language. */
  language?: InputMaybe<Language>;
};

/** Result of `updateProfile`. */
export type UpdateProfilePayload = {
  __typename?: 'UpdateProfilePayload';
  /** Why the update was refused; empty on success. */
  errors: Array<AccountError>;
  /** The updated user; null when refused. */
  user: Maybe<User>;
};

/** A person with an account. */
export type User = {
  __typename?: 'User';
  /** The organisation the user currently acts for (only on `me`). */
  activeOrganization: Maybe<Organization>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Name shown to others. */
  displayName: Scalars['String']['output'];
  /** E-mail address. Visible to the user, brokers and admins only; null for others. */
  email: Maybe<Scalars['String']['output']>;
  /** True once the e-mail address was confirmed. */
  emailVerified: Scalars['Boolean']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Preferred language for screens and e-mails. */
  language: Language;
  /** Organisations the user belongs to. Visible to the user, brokers and admins only; empty for others. */
  memberships: Array<Membership>;
  /** The user's role on the exchange. */
  role: Role;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users in this page. */
  edges: Array<UserEdge>;
  /** Pagination information. */
  pageInfo: PageInfo;
  /** Number of users matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A user in a page. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Cursor to continue after this user. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** Filters for `users`. */
export type UserWhere = {
  /** Only users with this role. */
  role?: InputMaybe<Role>;
  /** Part of the e-mail address or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Where the department's check of an organisation stands. */
export type VerificationStatus =
  /** Papers did not check out; see the note. */
  | 'REJECTED'
  /** Not yet checked: listings cannot be published. */
  | 'UNVERIFIED'
  /** Papers checked by a broker. */
  | 'VERIFIED';

/** Input for `verifyEmail`. */
export type VerifyEmailInput = {
  /** The token from the verification e-mail. */
  token: Scalars['String']['input'];
};

/** Result of `verifyEmail`. */
export type VerifyEmailPayload = {
  __typename?: 'VerifyEmailPayload';
  /** Why verification was refused; empty on success. */
  errors: Array<AccountError>;
  /** The verified user; null when refused. */
  user: Maybe<User>;
};

/** Input for `verifyOrganization`. */
export type VerifyOrganizationInput = {
  /** What was checked, or why it failed; required when rejecting. Up to 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The organisation checked. */
  organizationId: Scalars['ID']['input'];
  /** VERIFIED or REJECTED (or UNVERIFIED to reopen). */
  status: VerificationStatus;
};

/** Result of `verifyOrganization`. */
export type VerifyOrganizationPayload = {
  __typename?: 'VerifyOrganizationPayload';
  /** Why it was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The organisation after the check. */
  organization: Maybe<Organization>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<AcceptInvitationPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  AccountError: ResolverTypeWrapper<AccountError>;
  AccountErrorCode: AccountErrorCode;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<Omit<ChangePasswordPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: ResolverTypeWrapper<Omit<CreateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DevMail: ResolverTypeWrapper<DevMailModel>;
  DevMailConnection: ResolverTypeWrapper<Omit<DevMailConnection, 'edges'> & { edges: Array<ResolversTypes['DevMailEdge']> }>;
  DevMailEdge: ResolverTypeWrapper<Omit<DevMailEdge, 'node'> & { node: ResolversTypes['DevMail'] }>;
  DevMailboxWhere: DevMailboxWhere;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  Language: Language;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationError: ResolverTypeWrapper<OrganizationError>;
  OrganizationErrorCode: OrganizationErrorCode;
  OrganizationType: OrganizationType;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<ProvinceRecordModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  RegisterPayload: ResolverTypeWrapper<Omit<RegisterPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<Omit<RemoveMemberPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  ResendVerificationEmailInput: ResendVerificationEmailInput;
  ResendVerificationEmailPayload: ResolverTypeWrapper<ResendVerificationEmailPayload>;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RevokeInvitationInput: RevokeInvitationInput;
  RevokeInvitationPayload: ResolverTypeWrapper<Omit<RevokeInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  Role: Role;
  SetUserRoleInput: SetUserRoleInput;
  SetUserRolePayload: ResolverTypeWrapper<Omit<SetUserRolePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  SignOutInput: SignOutInput;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  Site: ResolverTypeWrapper<Omit<Site, 'province'> & { province: ResolversTypes['Province'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SwitchOrganizationInput: SwitchOrganizationInput;
  SwitchOrganizationPayload: ResolverTypeWrapper<Omit<SwitchOrganizationPayload, 'me'> & { me?: Maybe<ResolversTypes['User']> }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: ResolverTypeWrapper<Omit<UpdateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  UpdateProfileInput: UpdateProfileInput;
  UpdateProfilePayload: ResolverTypeWrapper<Omit<UpdateProfilePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserWhere: UserWhere;
  VerificationStatus: VerificationStatus;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  VerifyOrganizationInput: VerifyOrganizationInput;
  VerifyOrganizationPayload: ResolverTypeWrapper<Omit<VerifyOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  AccountError: AccountError;
  Boolean: Scalars['Boolean']['output'];
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: Omit<ChangePasswordPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: Omit<CreateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  DateTime: Scalars['DateTime']['output'];
  DevMail: DevMailModel;
  DevMailConnection: Omit<DevMailConnection, 'edges'> & { edges: Array<ResolversParentTypes['DevMailEdge']> };
  DevMailEdge: Omit<DevMailEdge, 'node'> & { node: ResolversParentTypes['DevMail'] };
  DevMailboxWhere: DevMailboxWhere;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationModel;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  Membership: MembershipModel;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationError: OrganizationError;
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  Province: ProvinceRecordModel;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  RegisterPayload: Omit<RegisterPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: Omit<RemoveMemberPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  ResendVerificationEmailInput: ResendVerificationEmailInput;
  ResendVerificationEmailPayload: ResendVerificationEmailPayload;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResetPasswordPayload;
  RevokeInvitationInput: RevokeInvitationInput;
  RevokeInvitationPayload: Omit<RevokeInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  SetUserRoleInput: SetUserRoleInput;
  SetUserRolePayload: Omit<SetUserRolePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SignOutInput: SignOutInput;
  SignOutPayload: SignOutPayload;
  Site: Omit<Site, 'province'> & { province: ResolversParentTypes['Province'] };
  String: Scalars['String']['output'];
  SwitchOrganizationInput: SwitchOrganizationInput;
  SwitchOrganizationPayload: Omit<SwitchOrganizationPayload, 'me'> & { me?: Maybe<ResolversParentTypes['User']> };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: Omit<UpdateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  UpdateProfileInput: UpdateProfileInput;
  UpdateProfilePayload: Omit<UpdateProfilePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserWhere: UserWhere;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  VerifyOrganizationInput: VerifyOrganizationInput;
  VerifyOrganizationPayload: Omit<VerifyOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
};

export type AcceptInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
};

export type AccountErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountError'] = ResolversParentTypes['AccountError']> = {
  code?: Resolver<ResolversTypes['AccountErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type CreateOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateOrganizationPayload'] = ResolversParentTypes['CreateOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DevMailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevMail'] = ResolversParentTypes['DevMail']> = {
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DevMailConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevMailConnection'] = ResolversParentTypes['DevMailConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DevMailEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DevMailEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevMailEdge'] = ResolversParentTypes['DevMailEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DevMail'], ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
};

export type InviteMemberPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['CreateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['RegisterPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resendVerificationEmail?: Resolver<ResolversTypes['ResendVerificationEmailPayload'], ParentType, ContextType, RequireFields<MutationResendVerificationEmailArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  revokeInvitation?: Resolver<ResolversTypes['RevokeInvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'input'>>;
  setUserRole?: Resolver<ResolversTypes['SetUserRolePayload'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'input'>>;
  switchOrganization?: Resolver<ResolversTypes['SwitchOrganizationPayload'], ParentType, ContextType, RequireFields<MutationSwitchOrganizationArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['UpdateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['UpdateProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
  verifyOrganization?: Resolver<ResolversTypes['VerifyOrganizationPayload'], ParentType, ContextType, RequireFields<MutationVerifyOrganizationArgs, 'input'>>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  taxCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  verificationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationStatus?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['MembershipRole']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationError'] = ResolversParentTypes['OrganizationError']> = {
  code?: Resolver<ResolversTypes['OrganizationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  devMailbox?: Resolver<ResolversTypes['DevMailConnection'], ParentType, ContextType, RequireFields<QueryDevMailboxArgs, 'first'>>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type RegisterPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterPayload'] = ResolversParentTypes['RegisterPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type RemoveMemberPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveMemberPayload'] = ResolversParentTypes['RemoveMemberPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type RequestPasswordResetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ResendVerificationEmailPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResendVerificationEmailPayload'] = ResolversParentTypes['ResendVerificationEmailPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ResetPasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  reset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RevokeInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeInvitationPayload'] = ResolversParentTypes['RevokeInvitationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
};

export type SetUserRolePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetUserRolePayload'] = ResolversParentTypes['SetUserRolePayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SignInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SignOutPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOutPayload'] = ResolversParentTypes['SignOutPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  signedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  devMailboxEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exchangeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logoUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
};

export type SwitchOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SwitchOrganizationPayload'] = ResolversParentTypes['SwitchOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UpdateOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateOrganizationPayload'] = ResolversParentTypes['UpdateOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type UpdateProfilePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateProfilePayload'] = ResolversParentTypes['UpdateProfilePayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  activeOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type VerifyEmailPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VerifyEmailPayload'] = ResolversParentTypes['VerifyEmailPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type VerifyOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VerifyOrganizationPayload'] = ResolversParentTypes['VerifyOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  AccountError?: AccountErrorResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  CreateOrganizationPayload?: CreateOrganizationPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DevMail?: DevMailResolvers<ContextType>;
  DevMailConnection?: DevMailConnectionResolvers<ContextType>;
  DevMailEdge?: DevMailEdgeResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationError?: OrganizationErrorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterPayload?: RegisterPayloadResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResendVerificationEmailPayload?: ResendVerificationEmailPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RevokeInvitationPayload?: RevokeInvitationPayloadResolvers<ContextType>;
  SetUserRolePayload?: SetUserRolePayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SwitchOrganizationPayload?: SwitchOrganizationPayloadResolvers<ContextType>;
  UpdateOrganizationPayload?: UpdateOrganizationPayloadResolvers<ContextType>;
  UpdateProfilePayload?: UpdateProfilePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
  VerifyOrganizationPayload?: VerifyOrganizationPayloadResolvers<ContextType>;
};

