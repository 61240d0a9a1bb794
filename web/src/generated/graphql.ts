/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Input for `acceptInvitation`. */
export type AcceptInvitationInput = {
  /** The token from the invitation e-mail. */
  token: string;
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
  currentPassword: string;
  /** The new password, at least 10 characters. */
  newPassword: string;
};

/** Input of `createListing`. */
export type CreateListingInput = {
  /** Initial content; a title is required. */
  content: ListingContentInput;
  /** Offer or request. */
  kind: ListingKind;
};

/** Input for `createOrganization`. */
export type CreateOrganizationInput = {
  /** Commune/ward and street address, up to 500 characters. */
  address?: string | null | undefined;
  /** What the organisation does, up to 2000 characters. */
  description?: string | null | undefined;
  /** Registered name, up to 256 characters. */
  name: string;
  /** Province code from `provinces`. */
  provinceCode: string | number;
  /** Tax code (10 or 13 digits) or establishment decision number, up to 64 characters. */
  taxCode: string;
  /** Kind of organisation. */
  type: OrganizationType;
  /** Website starting with http:// or https://. */
  website?: string | null | undefined;
};

/** Input of `createSector`. */
export type CreateSectorInput = {
  /** Stable code: lowercase letters, digits and hyphens. */
  code: string;
  /** English label (≤ 128 characters). */
  labelEn: string;
  /** Vietnamese label (≤ 128 characters). */
  labelVi: string;
  /** Display order; last when omitted. */
  position?: number | null | undefined;
};

/** Input of `deleteSearchSynonym`. */
export type DeleteSearchSynonymInput = {
  /** The group. */
  id: string | number;
};

/** Filters for `devMailbox`. */
export type DevMailboxWhere = {
  /** Only messages sent to this address (case-insensitive). */
  to?: string | null | undefined;
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
  email: string;
  /** The organisation to join. */
  organizationId: string | number;
  /** Role on joining; MEMBER when omitted. */
  role?: MembershipRole | null | undefined;
};

/** An IP record as written by the owner. */
export type IpRecordInput = {
  /** Filing or grant date. */
  date?: string | null | undefined;
  /** Id of an existing record to keep; omit for a new one. */
  id?: string | number | null | undefined;
  /** Application or grant number (≤ 64 characters). */
  number?: string | null | undefined;
  /** Where it stands. */
  status: IpStatus;
  /** Where it applies. */
  territory: IpTerritory;
  /** Kind of protection. */
  type: IpType;
};

/** Where an IP record stands at the IP office. */
export type IpStatus =
  /** Hết hiệu lực. */
  | 'EXPIRED'
  /** Đã nộp đơn. */
  | 'FILED'
  /** Đã được cấp bằng. */
  | 'GRANTED'
  /** Chưa nộp đơn. */
  | 'NOT_FILED';

/** Where an IP right applies. */
export type IpTerritory =
  /** Elsewhere. */
  | 'OTHER'
  /** International application under the Patent Cooperation Treaty. */
  | 'PCT'
  /** Việt Nam. */
  | 'VN';

/** Kinds of intellectual-property protection. */
export type IpType =
  /** Kiểu dáng công nghiệp. */
  | 'INDUSTRIAL_DESIGN'
  /** Sáng chế. */
  | 'PATENT'
  /** Giống cây trồng. */
  | 'PLANT_VARIETY'
  /** Quyền tác giả phần mềm. */
  | 'SOFTWARE_COPYRIGHT'
  /** Bí mật kinh doanh / bí quyết. */
  | 'TRADE_SECRET'
  /** Giải pháp hữu ích. */
  | 'UTILITY_SOLUTION';

/** Languages the exchange speaks. Vietnamese is the default. */
export type Language =
  /** English */
  | 'EN'
  /** Tiếng Việt */
  | 'VI';

/** Input of the owner's actions on a listing. */
export type ListingActionInput = {
  /** The listing. */
  listingId: string | number;
};

/** The content fields a draft starts with or a save changes. Omitted fields are left as they are. */
export type ListingContentInput = {
  /** Advantages and innovation (offers, ≤ 2000 characters). */
  advantages?: string | null | undefined;
  /** Publish without showing the organisation. */
  anonymous?: boolean | null | undefined;
  /** Confidential detail (≤ 4000 characters). */
  confidentialDetail?: string | null | undefined;
  /** Contact person's e-mail. */
  contactEmail?: string | null | undefined;
  /** Contact person's name (≤ 256 characters). */
  contactName?: string | null | undefined;
  /** Contact person's phone (≤ 32 characters). */
  contactPhone?: string | null | undefined;
  /** Requests: closing date. */
  deadline?: string | null | undefined;
  /** Description in Markdown (≤ 4000 characters). */
  description?: string | null | undefined;
  /** Documents (up to 10), each marked public or confidential. */
  documents?: Array<ListingDocumentInput> | null | undefined;
  /** Expected result (requests, ≤ 2000 characters). */
  expectedResult?: string | null | undefined;
  /** Image attachment ids, cover first (up to 10). */
  imageIds?: Array<string | number> | null | undefined;
  /** IP records (offers, up to 20). Keep `id` to update a record; a record without `id` is new. */
  ipRecords?: Array<IpRecordInput> | null | undefined;
  /** Up to 5 keywords, each ≤ 50 characters. */
  keywords?: Array<string> | null | undefined;
  /** Language codes (`vi`, `en`, …). */
  languages?: Array<string> | null | undefined;
  /** Open for interest. */
  openForInterest?: boolean | null | undefined;
  /** Role expected of the partner (≤ 500 characters). */
  partnerRole?: string | null | undefined;
  /** Kinds of partner sought. */
  partnerTypes?: Array<PartnerType> | null | undefined;
  /** Highest price or budget, đồng. */
  priceMax?: number | null | undefined;
  /** Lowest price or budget, đồng. */
  priceMin?: number | null | undefined;
  /** True when negotiable with no amount. */
  priceNegotiable?: boolean | null | undefined;
  /** Province code (see `provinces`). */
  provinceCode?: string | null | undefined;
  /** Sector ids (at least one to submit). */
  sectorIds?: Array<string | number> | null | undefined;
  /** Technical specification sought (requests, ≤ 2000 characters). */
  specification?: string | null | undefined;
  /** Summary (≤ 500 characters). */
  summary?: string | null | undefined;
  /** Test results (≤ 2000 characters). */
  testResults?: string | null | undefined;
  /** Title (≤ 256 characters). */
  title?: string | null | undefined;
  /** Transfer forms offered or wanted. */
  transferForms?: Array<TransferForm> | null | undefined;
  /** Technology readiness level 1–9. */
  trl?: number | null | undefined;
};

/** A document attached to a listing. */
export type ListingDocumentInput = {
  /** Attachment id from the upload endpoint. */
  attachmentId: string | number;
  /** True when only those who may see the confidential part may download it. */
  confidential: boolean;
};

/** What can be wrong with a listing input or action. */
export type ListingErrorCode =
  /** A value is not allowed. */
  | 'INVALID'
  /** The action is not possible in the listing's current status. */
  | 'INVALID_STATUS'
  /** A text is too long or too short. */
  | 'LENGTH'
  /** The owner organisation must be verified before publishing. */
  | 'ORGANIZATION_UNVERIFIED'
  /** A required field is missing. */
  | 'REQUIRED'
  /** The value is already used. */
  | 'TAKEN'
  /** Too many items. */
  | 'TOO_MANY';

/** The two kinds of listing. */
export type ListingKind =
  /** Chào bán công nghệ: a technology its owner will transfer. */
  | 'OFFER'
  /** Nhu cầu công nghệ: a problem a business needs solved. */
  | 'REQUEST';

/** Where a listing stands in its lifecycle. */
export type ListingStatus =
  /** Sent back by a broker with a reason; the owner edits and submits again. */
  | 'CHANGES_REQUESTED'
  /** Being written by its owner; only the owner sees it. */
  | 'DRAFT'
  /** Not confirmed by its owner in time; hidden until renewed. */
  | 'EXPIRED'
  /** The technology found its partner. */
  | 'FULFILLED'
  /** Public on the exchange. */
  | 'PUBLISHED'
  /** Refused by a broker with a reason. */
  | 'REJECTED'
  /** Waiting for the department's review. */
  | 'SUBMITTED'
  /** Taken off the exchange by its owner. */
  | 'WITHDRAWN';

/** Filters for `listings`. */
export type ListingWhere = {
  /** Only this kind. */
  kind?: ListingKind | null | undefined;
  /** Only the listings of the organisation the caller acts for. */
  mine?: boolean | null | undefined;
  /** Only this organisation's listings (anonymous ones excluded unless the caller may see the owner). */
  organizationId?: string | number | null | undefined;
  /** Only these statuses (visitors: published only, whatever is asked). */
  status?: Array<ListingStatus> | null | undefined;
};

/** Technology readiness shown as stages. */
export type MaturityStage =
  /** Đã thương mại hóa (TRL 9). */
  | 'COMMERCIALISED'
  /** Ý tưởng (TRL 1–2). */
  | 'IDEA'
  /** Đã kiểm chứng trong phòng thí nghiệm (TRL 3–4). */
  | 'LAB_PROVEN'
  /** Đã thử nghiệm trong điều kiện thực tế (TRL 7–8). */
  | 'PILOTED'
  /** Mẫu thử (TRL 5–6). */
  | 'PROTOTYPE';

/** A person's role inside an organisation. */
export type MembershipRole =
  /** Acts for the organisation. */
  | 'MEMBER'
  /** Manages the profile and the members. */
  | 'OWNER';

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
  search?: string | null | undefined;
  /** Only organisations of this type. */
  type?: OrganizationType | null | undefined;
  /** Only organisations in this verification state. */
  verificationStatus?: VerificationStatus | null | undefined;
};

/** Kinds of partner a listing looks for. */
export type PartnerType =
  /** Doanh nghiệp lớn. */
  | 'LARGE_BUSINESS'
  /** Doanh nghiệp vừa. */
  | 'MEDIUM_BUSINESS'
  /** Khác. */
  | 'OTHER'
  /** Viện nghiên cứu. */
  | 'RESEARCH_INSTITUTE'
  /** Doanh nghiệp nhỏ và siêu nhỏ. */
  | 'SMALL_BUSINESS'
  /** Trường đại học. */
  | 'UNIVERSITY';

/** Where pending changes to a published listing stand. */
export type PendingChangesStatus =
  /** Sent back by a broker with a reason. */
  | 'CHANGES_REQUESTED'
  /** Saved, not yet submitted. */
  | 'DRAFT'
  /** Waiting for the department's review. */
  | 'SUBMITTED';

/** Price bands used by the search facets, in đồng. */
export type PriceBand =
  /** 100 million to under 500 million đồng. */
  | 'FROM_100M_TO_500M'
  /** 500 million to under 2 billion đồng. */
  | 'FROM_500M_TO_2B'
  /** Thỏa thuận: no amount given. */
  | 'NEGOTIABLE'
  /** 2 billion đồng or more. */
  | 'OVER_2B'
  /** Under 100 million đồng. */
  | 'UNDER_100M';

/** Input for `register`. */
export type RegisterInput = {
  /** Name shown to others, up to 120 characters. */
  displayName: string;
  /** E-mail address; it becomes the sign-in name. */
  email: string;
  /** Preferred language; Vietnamese when omitted. */
  language?: Language | null | undefined;
  /** At least 10 characters. */
  password: string;
};

/** Input for `removeMember`. */
export type RemoveMemberInput = {
  /** The membership to end. */
  membershipId: string | number;
};

/** Input for `requestPasswordReset`. */
export type RequestPasswordResetInput = {
  /** E-mail address of the account. */
  email: string;
};

/** Input for `resendVerificationEmail`. */
export type ResendVerificationEmailInput = {
  /** Ignored; present so the mutation takes one input like every other. */
  clientMutationId?: string | null | undefined;
};

/** Input for `resetPassword`. */
export type ResetPasswordInput = {
  /** The new password, at least 10 characters. */
  newPassword: string;
  /** The token from the password-reset e-mail. */
  token: string;
};

/** A broker's decision on a submitted listing. */
export type ReviewDecision =
  /** Sent back for changes. */
  | 'CHANGES_REQUESTED'
  /** Published (or changes approved). */
  | 'PUBLISHED'
  /** Rejected. */
  | 'REJECTED';

/** Input of the broker's review decisions. */
export type ReviewListingInput = {
  /** The listing. */
  listingId: string | number;
  /** The reason the owner sees (≤ 2000 characters). Required. */
  reason: string;
};

/** Input for `revokeInvitation`. */
export type RevokeInvitationInput = {
  /** The invitation to withdraw. */
  invitationId: string | number;
};

/** What a user may do across the exchange. Organisation roles are separate (`MembershipRole`). */
export type Role =
  /** Department IT: manages users, taxonomy and configuration. */
  | 'ADMIN'
  /** Department staff: reviews listings, verifies organisations, runs cases. */
  | 'BROKER'
  /** A person acting for organisations: posts listings, expresses interest. */
  | 'MEMBER';

/** Input of `saveSearchSynonym`. */
export type SaveSearchSynonymInput = {
  /** The group to replace; omit to create one. */
  id?: string | number | null | undefined;
  /** At least two terms, each ≤ 64 characters, up to 20. */
  terms: Array<string>;
};

/** Orders of search results. */
export type SearchOrder =
  /** Most recently published first. */
  | 'NEWEST'
  /** Lowest price or budget first; negotiable last. */
  | 'PRICE_ASC'
  /** Highest price or budget first; negotiable last. */
  | 'PRICE_DESC'
  /** Best match first; listings not confirmed recently rank lower among equals. */
  | 'RELEVANCE';

/** Filters of a search; values within one filter are alternatives, filters combine. */
export type SearchWhere = {
  /** IP statuses. */
  ipStatus?: Array<IpStatus> | null | undefined;
  /** Kind of listing. */
  kind?: Array<ListingKind> | null | undefined;
  /** Maturity stages. */
  maturityStage?: Array<MaturityStage> | null | undefined;
  /** Types of the owner organisation (anonymous listings have none). */
  organizationType?: Array<OrganizationType> | null | undefined;
  /** Price bands. */
  priceBand?: Array<PriceBand> | null | undefined;
  /** Province codes. */
  province?: Array<string> | null | undefined;
  /** Sector codes. */
  sector?: Array<string> | null | undefined;
  /** Transfer forms. */
  transferForm?: Array<TransferForm> | null | undefined;
};

/** Input for `signIn`. */
export type SignInInput = {
  /** E-mail address of the account. */
  email: string;
  /** Password of the account. */
  password: string;
};

/** Input for `signOut`. */
export type SignOutInput = {
  /** Also revoke every other session of the user. */
  everywhere?: boolean | null | undefined;
};

/** Input of `submitListing`. */
export type SubmitListingInput = {
  /** The listing. */
  listingId: string | number;
};

/** Input for `switchOrganization`. */
export type SwitchOrganizationInput = {
  /** An organisation the signed-in user belongs to. */
  organizationId: string | number;
};

/** Ways a technology changes hands. */
export type TransferForm =
  /** Mua đứt / chuyển nhượng. */
  | 'ASSIGNMENT'
  /** Góp vốn bằng công nghệ (liên doanh). */
  | 'CAPITAL_CONTRIBUTION'
  /** Nhượng quyền. */
  | 'FRANCHISE'
  /** Hợp tác nghiên cứu phát triển. */
  | 'JOINT_RND'
  /** Li-xăng. */
  | 'LICENCE'
  /** Dịch vụ kỹ thuật / tư vấn. */
  | 'TECHNICAL_SERVICE'
  /** Chuyển giao trọn gói (chìa khóa trao tay). */
  | 'TURNKEY';

/** Input of `updateListing`. */
export type UpdateListingInput = {
  /** The fields to change. */
  content: ListingContentInput;
  /** The listing. */
  listingId: string | number;
  /** The version the edit started from. */
  version: number;
};

/** Input for `updateOrganization`. Omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** Commune/ward and street address. */
  address?: string | null | undefined;
  /** What the organisation does. */
  description?: string | null | undefined;
  /** Registered name, up to 256 characters. */
  name?: string | null | undefined;
  /** The organisation to update. */
  organizationId: string | number;
  /** Province code from `provinces`. */
  provinceCode?: string | number | null | undefined;
  /** Tax code or establishment decision number. */
  taxCode?: string | null | undefined;
  /** Kind of organisation. */
  type?: OrganizationType | null | undefined;
  /** Website starting with http:// or https://. */
  website?: string | null | undefined;
};

/** Input for `updateProfile`. */
export type UpdateProfileInput = {
  /** New display name, up to 120 characters. */
  displayName?: string | null | undefined;
  /** New preferred language. */
  language?: Language | null | undefined;
};

/** Input of `updateSector`. */
export type UpdateSectorInput = {
  /** Shown for new listings or not. */
  active?: boolean | null | undefined;
  /** New English label. */
  labelEn?: string | null | undefined;
  /** New Vietnamese label. */
  labelVi?: string | null | undefined;
  /** New display order. */
  position?: number | null | undefined;
  /** The sector. */
  sectorId: string | number;
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
  token: string;
};

/** Input of `verifyIpRecord`. */
export type VerifyIpRecordInput = {
  /** The IP record. */
  ipRecordId: string | number;
  /** The listing. */
  listingId: string | number;
  /** True when it checks out against the register; false removes the badge. */
  verified: boolean;
};

/** Input for `verifyOrganization`. */
export type VerifyOrganizationInput = {
  /** What was checked, or why it failed; required when rejecting. Up to 1000 characters. */
  note?: string | null | undefined;
  /** The organisation checked. */
  organizationId: string | number;
  /** VERIFIED or REJECTED (or UNVERIFIED to reopen). */
  status: VerificationStatus;
};

export type ChangePasswordForm_ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordForm_ChangePasswordMutation = { changePassword: { user: { id: string } | null, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type EmailSection_ResendVerificationEmailMutationVariables = Exact<{
  input: ResendVerificationEmailInput;
}>;


export type EmailSection_ResendVerificationEmailMutation = { resendVerificationEmail: { sent: boolean, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type ProfileForm_UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type ProfileForm_UpdateProfileMutation = { updateProfile: { user: { id: string, displayName: string, language: Language } | null, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type UserMenu_SwitchOrganizationMutationVariables = Exact<{
  input: SwitchOrganizationInput;
}>;


export type UserMenu_SwitchOrganizationMutation = { switchOrganization: { me: { id: string, activeOrganization: { id: string, name: string, verificationStatus: VerificationStatus } | null } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type SignOut_SignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SignOut_SignOutMutation = { signOut: { signedOut: boolean, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type Viewer_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Viewer_MeQuery = { me: { id: string, displayName: string, email: string | null, emailVerified: boolean, role: Role, language: Language, activeOrganization: { id: string, name: string, verificationStatus: VerificationStatus } | null, memberships: Array<{ id: string, role: MembershipRole, organization: { id: string, name: string, verificationStatus: VerificationStatus } }> } | null };

export type ForgotPasswordPage_RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutation = { requestPasswordReset: { requested: boolean, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type RegisterPage_RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterPage_RegisterMutation = { register: { user: { id: string, email: string | null, displayName: string, language: Language, emailVerified: boolean } | null, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type ResetPasswordPage_ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordPage_ResetPasswordMutation = { resetPassword: { reset: boolean, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type SignInPage_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInPage_SignInMutation = { signIn: { user: { id: string, displayName: string } | null, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type VerifyEmailPage_VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailPage_VerifyEmailMutation = { verifyEmail: { user: { id: string, email: string | null, emailVerified: boolean } | null, errors: Array<{ field: string | null, code: AccountErrorCode, message: string }> } };

export type VerifyOrganizationDialog_VerifyOrganizationMutationVariables = Exact<{
  input: VerifyOrganizationInput;
}>;


export type VerifyOrganizationDialog_VerifyOrganizationMutation = { verifyOrganization: { organization: { id: string, verified: boolean, verificationStatus: VerificationStatus, verifiedAt: string | null, verificationNote: string | null } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type AdminOrganizationsPage_OrganizationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: OrganizationWhere | null | undefined;
}>;


export type AdminOrganizationsPage_OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, type: OrganizationType, taxCode: string | null, verificationStatus: VerificationStatus, createdAt: string, province: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListingContentView_ContentFragment = { title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> };

export type ReviewDecisionDialog_ListingFragment = { id: string, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, publishedAt: string | null, viewerCanReview: boolean, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }> };

export type ReviewDecisionDialog_PublishListingMutationVariables = Exact<{
  input: ReviewListingInput;
}>;


export type ReviewDecisionDialog_PublishListingMutation = { publishListing: { listing: { id: string, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, publishedAt: string | null, viewerCanReview: boolean, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }> } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ReviewDecisionDialog_RequestListingChangesMutationVariables = Exact<{
  input: ReviewListingInput;
}>;


export type ReviewDecisionDialog_RequestListingChangesMutation = { requestListingChanges: { listing: { id: string, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, publishedAt: string | null, viewerCanReview: boolean, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }> } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ReviewDecisionDialog_RejectListingMutationVariables = Exact<{
  input: ReviewListingInput;
}>;


export type ReviewDecisionDialog_RejectListingMutation = { rejectListing: { listing: { id: string, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, publishedAt: string | null, viewerCanReview: boolean, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }> } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ListingEditor_ContentFragment = { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> };

export type ListingEditor_ListingFragment = { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, anonymous: boolean, viewerCanEdit: boolean, contact: { name: string, email: string, phone: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> }, pendingContent: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } | null };

export type ListingEditor_ReloadQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingEditor_ReloadQuery = { listing: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, anonymous: boolean, viewerCanEdit: boolean, contact: { name: string, email: string, phone: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> }, pendingContent: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } | null } | null };

export type ListingEditor_SubmitListingMutationVariables = Exact<{
  input: SubmitListingInput;
}>;


export type ListingEditor_SubmitListingMutation = { submitListing: { listing: { id: string, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ListingAutosave_CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type ListingAutosave_CreateListingMutation = { createListing: { listing: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, anonymous: boolean, viewerCanEdit: boolean, contact: { name: string, email: string, phone: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> }, pendingContent: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } | null } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ListingAutosave_UpdateListingMutationVariables = Exact<{
  input: UpdateListingInput;
}>;


export type ListingAutosave_UpdateListingMutation = { updateListing: { listing: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, anonymous: boolean, viewerCanEdit: boolean, contact: { name: string, email: string, phone: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> }, pendingContent: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } | null } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type AdminSectorsPage_SectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSectorsPage_SectorsQuery = { sectors: Array<{ id: string, code: string, label: string, labelVi: string, labelEn: string, position: number, active: boolean }> };

export type AdminSectorsPage_CreateSectorMutationVariables = Exact<{
  input: CreateSectorInput;
}>;


export type AdminSectorsPage_CreateSectorMutation = { createSector: { sector: { id: string, code: string, label: string, labelVi: string, labelEn: string, position: number, active: boolean } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type AdminSectorsPage_UpdateSectorMutationVariables = Exact<{
  input: UpdateSectorInput;
}>;


export type AdminSectorsPage_UpdateSectorMutation = { updateSector: { sector: { id: string, code: string, label: string, labelVi: string, labelEn: string, position: number, active: boolean } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ListingEditorPage_ListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingEditorPage_ListingQuery = { listing: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number, anonymous: boolean, viewerCanEdit: boolean, contact: { name: string, email: string, phone: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> }, pendingContent: { description: string, title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } | null } | null };

export type ListingEditorPage_OptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListingEditorPage_OptionsQuery = { sectors: Array<{ id: string, code: string, label: string }>, provinces: Array<{ code: string, name: string }> };

export type ListingPage_ListingQueryVariables = Exact<{
  slug: string;
}>;


export type ListingPage_ListingQuery = { listing: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, anonymous: boolean, publishedAt: string | null, expiresAt: string | null, lastConfirmedAt: string | null, viewerCanEdit: boolean, viewerCanReview: boolean, organization: { id: string, name: string, type: OrganizationType, verificationStatus: VerificationStatus, viewerRole: MembershipRole | null, province: { code: string, name: string } } | null, contact: { name: string, email: string, phone: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } } | null };

export type MyListingsPage_ListingsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: ListingWhere | null | undefined;
}>;


export type MyListingsPage_ListingsQuery = { listings: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, expiresAt: string | null, lastConfirmedAt: string | null, updatedAt: string, viewerCanEdit: boolean, content: { title: string }, pendingContent: { title: string } | null, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyListingsPage_SubmitListingMutationVariables = Exact<{
  input: SubmitListingInput;
}>;


export type MyListingsPage_SubmitListingMutation = { submitListing: { listing: { id: string, status: ListingStatus, pendingStatus: PendingChangesStatus | null, version: number } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type MyListingsPage_RenewListingMutationVariables = Exact<{
  input: ListingActionInput;
}>;


export type MyListingsPage_RenewListingMutation = { renewListing: { listing: { id: string, status: ListingStatus, expiresAt: string | null, lastConfirmedAt: string | null, version: number } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type MyListingsPage_WithdrawListingMutationVariables = Exact<{
  input: ListingActionInput;
}>;


export type MyListingsPage_WithdrawListingMutation = { withdrawListing: { listing: { id: string, status: ListingStatus, version: number, viewerCanEdit: boolean } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type MyListingsPage_MarkListingFulfilledMutationVariables = Exact<{
  input: ListingActionInput;
}>;


export type MyListingsPage_MarkListingFulfilledMutation = { markListingFulfilled: { listing: { id: string, status: ListingStatus, version: number, viewerCanEdit: boolean } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ReviewListingPage_ListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewListingPage_ListingQuery = { listing: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, anonymous: boolean, updatedAt: string, lastConfirmedAt: string | null, viewerCanReview: boolean, organization: { id: string, name: string, verificationStatus: VerificationStatus } | null, contact: { name: string, email: string, phone: string } | null, reviewDiff: Array<{ field: string, label: string, before: string | null, after: string | null }>, reviews: Array<{ decision: ReviewDecision, reason: string, brokerName: string, createdAt: string }>, content: { title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> }, pendingContent: { title: string, summary: string, descriptionHtml: string, advantages: string, specification: string, expectedResult: string, confidentialDetail: string | null, testResults: string | null, keywords: Array<string>, partnerTypes: Array<PartnerType>, partnerRole: string, trl: number | null, maturityStage: MaturityStage | null, transferForms: Array<TransferForm>, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, priceBand: PriceBand, languages: Array<string>, deadline: string | null, openForInterest: boolean, sectors: Array<{ id: string, code: string, label: string }>, ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }>, province: { code: string, name: string } | null, images: Array<{ id: string, fileName: string, url: string, thumbnailUrl: string | null }>, documents: Array<{ id: string, fileName: string, contentType: string, byteSize: number, confidential: boolean, url: string }> } | null } | null };

export type ReviewListingPage_ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewListingPage_ProvincesQuery = { provinces: Array<{ code: string, name: string }> };

export type ReviewListingPage_VerifyIpRecordMutationVariables = Exact<{
  input: VerifyIpRecordInput;
}>;


export type ReviewListingPage_VerifyIpRecordMutation = { verifyIpRecord: { listing: { id: string, content: { ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }> }, pendingContent: { ipRecords: Array<{ id: string, type: IpType, status: IpStatus, number: string, date: string | null, territory: IpTerritory, verified: boolean }> } | null } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type ReviewQueuePage_ReviewQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueuePage_ReviewQueueQuery = { reviewQueue: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, kind: ListingKind, status: ListingStatus, pendingStatus: PendingChangesStatus | null, anonymous: boolean, updatedAt: string, content: { title: string }, pendingContent: { title: string } | null, organization: { id: string, name: string, verificationStatus: VerificationStatus } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DevMailboxPage_DevMailboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: DevMailboxWhere | null | undefined;
}>;


export type DevMailboxPage_DevMailboxQuery = { devMailbox: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, to: string, subject: string, text: string, sentAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InvitationsSection_OrganizationFragment = { id: string, invitations: Array<{ id: string, email: string, role: MembershipRole, status: InvitationStatus, expiresAt: string, createdAt: string }> };

export type InvitationsSection_InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InvitationsSection_InviteMemberMutation = { inviteMember: { invitation: { id: string, email: string, organization: { id: string, invitations: Array<{ id: string, email: string, role: MembershipRole, status: InvitationStatus, expiresAt: string, createdAt: string }> } } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type InvitationsSection_RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type InvitationsSection_RevokeInvitationMutation = { revokeInvitation: { invitation: { id: string, status: InvitationStatus, organization: { id: string, invitations: Array<{ id: string, email: string, role: MembershipRole, status: InvitationStatus, expiresAt: string, createdAt: string }> } } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type MembersSection_OrganizationFragment = { id: string, name: string, viewerRole: MembershipRole | null, members: Array<{ id: string, role: MembershipRole, createdAt: string, user: { id: string, displayName: string, email: string | null } }> };

export type MembersSection_RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type MembersSection_RemoveMemberMutation = { removeMember: { organization: { id: string, members: Array<{ id: string }> } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type OrganizationDetails_OrganizationFragment = { id: string, name: string, type: OrganizationType, taxCode: string | null, address: string | null, website: string | null, description: string, verified: boolean, verificationStatus: VerificationStatus, verifiedAt: string | null, verificationNote: string | null, createdAt: string, province: { code: string, name: string } };

export type OrganizationForm_ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationForm_ProvincesQuery = { provinces: Array<{ code: string, name: string, isCity: boolean }> };

export type CreateOrganizationPage_CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationPage_CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type InvitationPage_InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPage_InvitationQuery = { invitation: { id: string, email: string, role: MembershipRole, status: InvitationStatus, expiresAt: string, organization: { id: string, name: string, type: OrganizationType, verificationStatus: VerificationStatus, province: { code: string, name: string } } } | null };

export type InvitationPage_AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type InvitationPage_AcceptInvitationMutation = { acceptInvitation: { membership: { id: string, role: MembershipRole, organization: { id: string, name: string } } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type InvitationPage_SwitchOrganizationMutationVariables = Exact<{
  input: SwitchOrganizationInput;
}>;


export type InvitationPage_SwitchOrganizationMutation = { switchOrganization: { me: { id: string } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type MyOrganizationPage_OrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganizationPage_OrganizationQuery = { me: { id: string, activeOrganization: { id: string, viewerRole: MembershipRole | null, name: string, type: OrganizationType, taxCode: string | null, address: string | null, website: string | null, description: string, verified: boolean, verificationStatus: VerificationStatus, verifiedAt: string | null, verificationNote: string | null, createdAt: string, province: { code: string, name: string }, members: Array<{ id: string, role: MembershipRole, createdAt: string, user: { id: string, displayName: string, email: string | null } }>, invitations: Array<{ id: string, email: string, role: MembershipRole, status: InvitationStatus, expiresAt: string, createdAt: string }> } | null } | null };

export type MyOrganizationPage_UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type MyOrganizationPage_UpdateOrganizationMutation = { updateOrganization: { organization: { id: string, name: string, type: OrganizationType, taxCode: string | null, address: string | null, website: string | null, description: string, verified: boolean, verificationStatus: VerificationStatus, verifiedAt: string | null, verificationNote: string | null, createdAt: string, province: { code: string, name: string } } | null, errors: Array<{ field: string | null, code: OrganizationErrorCode, message: string }> } };

export type OrganizationPage_OrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationPage_OrganizationQuery = { organization: { id: string, viewerRole: MembershipRole | null, name: string, type: OrganizationType, taxCode: string | null, address: string | null, website: string | null, description: string, verified: boolean, verificationStatus: VerificationStatus, verifiedAt: string | null, verificationNote: string | null, createdAt: string, province: { code: string, name: string } } | null };

export type SearchHitCard_HitFragment = { titleHighlight: string, snippet: string, listing: { id: string, slug: string, kind: ListingKind, anonymous: boolean, publishedAt: string | null, lastConfirmedAt: string | null, organization: { id: string, name: string, verificationStatus: VerificationStatus } | null, content: { title: string, trl: number | null, maturityStage: MaturityStage | null, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, province: { code: string, name: string } | null, images: Array<{ id: string, url: string, thumbnailUrl: string | null }>, ipRecords: Array<{ id: string, verified: boolean }> } } };

export type SectorLinks_SectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorLinks_SectorsQuery = { sectors: Array<{ id: string, code: string, label: string }> };

export type SearchPage_SearchQueryVariables = Exact<{
  query?: string | null | undefined;
  where?: SearchWhere | null | undefined;
  orderBy?: SearchOrder | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type SearchPage_SearchQuery = { search: { totalCount: number, page: number, pageCount: number, degraded: boolean, searchedWords: string | null, facets: Array<{ name: string, values: Array<{ value: string, label: string, count: number }> }>, hits: Array<{ titleHighlight: string, snippet: string, listing: { id: string, slug: string, kind: ListingKind, anonymous: boolean, publishedAt: string | null, lastConfirmedAt: string | null, organization: { id: string, name: string, verificationStatus: VerificationStatus } | null, content: { title: string, trl: number | null, maturityStage: MaturityStage | null, priceNegotiable: boolean, priceMin: number | null, priceMax: number | null, province: { code: string, name: string } | null, images: Array<{ id: string, url: string, thumbnailUrl: string | null }>, ipRecords: Array<{ id: string, verified: boolean }> } } }> } };

export type SearchPage_LabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchPage_LabelsQuery = { sectors: Array<{ id: string, code: string, label: string }>, provinces: Array<{ code: string, name: string }> };

export type SynonymsPage_SynonymsQueryVariables = Exact<{ [key: string]: never; }>;


export type SynonymsPage_SynonymsQuery = { searchSynonyms: Array<{ id: string, terms: Array<string>, updatedAt: string }> };

export type SynonymsPage_SaveSearchSynonymMutationVariables = Exact<{
  input: SaveSearchSynonymInput;
}>;


export type SynonymsPage_SaveSearchSynonymMutation = { saveSearchSynonym: { synonym: { id: string, terms: Array<string>, updatedAt: string } | null, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type SynonymsPage_DeleteSearchSynonymMutationVariables = Exact<{
  input: DeleteSearchSynonymInput;
}>;


export type SynonymsPage_DeleteSearchSynonymMutation = { deleteSearchSynonym: { deleted: boolean, errors: Array<{ field: string | null, code: ListingErrorCode, message: string }> } };

export type Site_SiteQueryVariables = Exact<{ [key: string]: never; }>;


export type Site_SiteQuery = { site: { departmentName: string, exchangeName: string, logoUrl: string, devMailboxEnabled: boolean, province: { code: string, name: string } } };

export const ReviewDecisionDialog_ListingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionDialog_ListingFragment, unknown>;
export const ListingContentView_ContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}}]} as unknown as DocumentNode<ListingContentView_ContentFragment, unknown>;
export const ListingEditor_ContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}}]} as unknown as DocumentNode<ListingEditor_ContentFragment, unknown>;
export const ListingEditor_ListingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<ListingEditor_ListingFragment, unknown>;
export const InvitationsSection_OrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationsSection_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InvitationsSection_OrganizationFragment, unknown>;
export const MembersSection_OrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersSection_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<MembersSection_OrganizationFragment, unknown>;
export const OrganizationDetails_OrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganizationDetails_OrganizationFragment, unknown>;
export const SearchHitCard_HitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitCard_hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchHitCard_HitFragment, unknown>;
export const ChangePasswordForm_ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePasswordForm_changePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordForm_ChangePasswordMutation, ChangePasswordForm_ChangePasswordMutationVariables>;
export const EmailSection_ResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailSection_resendVerificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendVerificationEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailSection_ResendVerificationEmailMutation, EmailSection_ResendVerificationEmailMutationVariables>;
export const ProfileForm_UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileForm_updateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileForm_UpdateProfileMutation, ProfileForm_UpdateProfileMutationVariables>;
export const UserMenu_SwitchOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMenu_switchOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserMenu_SwitchOrganizationMutation, UserMenu_SwitchOrganizationMutationVariables>;
export const SignOut_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut_signOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOut_SignOutMutation, SignOut_SignOutMutationVariables>;
export const Viewer_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer_me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Viewer_MeQuery, Viewer_MeQueryVariables>;
export const ForgotPasswordPage_RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_requestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestPasswordResetMutation, ForgotPasswordPage_RequestPasswordResetMutationVariables>;
export const RegisterPage_RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPage_register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_RegisterMutation, RegisterPage_RegisterMutationVariables>;
export const ResetPasswordPage_ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_resetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetPasswordMutation, ResetPasswordPage_ResetPasswordMutationVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_signIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const VerifyEmailPage_VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailPage_verifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailPage_VerifyEmailMutation, VerifyEmailPage_VerifyEmailMutationVariables>;
export const VerifyOrganizationDialog_VerifyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOrganizationDialog_verifyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyOrganizationDialog_VerifyOrganizationMutation, VerifyOrganizationDialog_VerifyOrganizationMutationVariables>;
export const AdminOrganizationsPage_OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizationsPage_organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationsPage_OrganizationsQuery, AdminOrganizationsPage_OrganizationsQueryVariables>;
export const ReviewDecisionDialog_PublishListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDecisionDialog_publishListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionDialog_PublishListingMutation, ReviewDecisionDialog_PublishListingMutationVariables>;
export const ReviewDecisionDialog_RequestListingChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDecisionDialog_requestListingChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestListingChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionDialog_RequestListingChangesMutation, ReviewDecisionDialog_RequestListingChangesMutationVariables>;
export const ReviewDecisionDialog_RejectListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDecisionDialog_rejectListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDialog_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionDialog_RejectListingMutation, ReviewDecisionDialog_RejectListingMutationVariables>;
export const ListingEditor_ReloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingEditor_reload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_listing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}}]}}]} as unknown as DocumentNode<ListingEditor_ReloadQuery, ListingEditor_ReloadQueryVariables>;
export const ListingEditor_SubmitListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingEditor_submitListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ListingEditor_SubmitListingMutation, ListingEditor_SubmitListingMutationVariables>;
export const ListingAutosave_CreateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingAutosave_createListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_listing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}}]}}]} as unknown as DocumentNode<ListingAutosave_CreateListingMutation, ListingAutosave_CreateListingMutationVariables>;
export const ListingAutosave_UpdateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingAutosave_updateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_listing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}}]}}]} as unknown as DocumentNode<ListingAutosave_UpdateListingMutation, ListingAutosave_UpdateListingMutationVariables>;
export const AdminSectorsPage_SectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSectorsPage_sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AdminSectorsPage_SectorsQuery, AdminSectorsPage_SectorsQueryVariables>;
export const AdminSectorsPage_CreateSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSectorsPage_createSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSectorsPage_CreateSectorMutation, AdminSectorsPage_CreateSectorMutationVariables>;
export const AdminSectorsPage_UpdateSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSectorsPage_updateSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelVi"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSectorsPage_UpdateSectorMutation, AdminSectorsPage_UpdateSectorMutationVariables>;
export const ListingEditorPage_ListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingEditorPage_listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_listing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingEditor_listing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingEditor_content"}}]}}]}}]} as unknown as DocumentNode<ListingEditorPage_ListingQuery, ListingEditorPage_ListingQueryVariables>;
export const ListingEditorPage_OptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingEditorPage_options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ListingEditorPage_OptionsQuery, ListingEditorPage_OptionsQueryVariables>;
export const ListingPage_ListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingPage_listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}}]} as unknown as DocumentNode<ListingPage_ListingQuery, ListingPage_ListingQueryVariables>;
export const MyListingsPage_ListingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyListingsPage_listings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyListingsPage_ListingsQuery, MyListingsPage_ListingsQueryVariables>;
export const MyListingsPage_SubmitListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyListingsPage_submitListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyListingsPage_SubmitListingMutation, MyListingsPage_SubmitListingMutationVariables>;
export const MyListingsPage_RenewListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyListingsPage_renewListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyListingsPage_RenewListingMutation, MyListingsPage_RenewListingMutationVariables>;
export const MyListingsPage_WithdrawListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyListingsPage_withdrawListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyListingsPage_WithdrawListingMutation, MyListingsPage_WithdrawListingMutationVariables>;
export const MyListingsPage_MarkListingFulfilledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyListingsPage_markListingFulfilled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markListingFulfilled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyListingsPage_MarkListingFulfilledMutation, MyListingsPage_MarkListingFulfilledMutationVariables>;
export const ReviewListingPage_ListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewListingPage_listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingContentView_content"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingContentView_content"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListingContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"advantages"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetail"}},{"kind":"Field","name":{"kind":"Name","value":"testResults"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRole"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferForms"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"priceBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openForInterest"}}]}}]} as unknown as DocumentNode<ReviewListingPage_ListingQuery, ReviewListingPage_ListingQueryVariables>;
export const ReviewListingPage_ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewListingPage_provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewListingPage_ProvincesQuery, ReviewListingPage_ProvincesQueryVariables>;
export const ReviewListingPage_VerifyIpRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewListingPage_verifyIpRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyIpRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyIpRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewListingPage_VerifyIpRecordMutation, ReviewListingPage_VerifyIpRecordMutationVariables>;
export const ReviewQueuePage_ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueuePage_reviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueuePage_ReviewQueueQuery, ReviewQueuePage_ReviewQueueQueryVariables>;
export const DevMailboxPage_DevMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevMailboxPage_devMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DevMailboxWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DevMailboxPage_DevMailboxQuery, DevMailboxPage_DevMailboxQueryVariables>;
export const InvitationsSection_InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsSection_inviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationsSection_organization"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationsSection_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InvitationsSection_InviteMemberMutation, InvitationsSection_InviteMemberMutationVariables>;
export const InvitationsSection_RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsSection_revokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationsSection_organization"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationsSection_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InvitationsSection_RevokeInvitationMutation, InvitationsSection_RevokeInvitationMutationVariables>;
export const MembersSection_RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersSection_removeMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MembersSection_RemoveMemberMutation, MembersSection_RemoveMemberMutationVariables>;
export const OrganizationForm_ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationForm_provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCity"}}]}}]}}]} as unknown as DocumentNode<OrganizationForm_ProvincesQuery, OrganizationForm_ProvincesQueryVariables>;
export const CreateOrganizationPage_CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationPage_createOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationPage_CreateOrganizationMutation, CreateOrganizationPage_CreateOrganizationMutationVariables>;
export const InvitationPage_InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPage_invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPage_InvitationQuery, InvitationPage_InvitationQueryVariables>;
export const InvitationPage_AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPage_acceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPage_AcceptInvitationMutation, InvitationPage_AcceptInvitationMutationVariables>;
export const InvitationPage_SwitchOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPage_switchOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPage_SwitchOrganizationMutation, InvitationPage_SwitchOrganizationMutationVariables>;
export const MyOrganizationPage_OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganizationPage_organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationDetails_organization"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersSection_organization"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationsSection_organization"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersSection_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationsSection_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyOrganizationPage_OrganizationQuery, MyOrganizationPage_OrganizationQueryVariables>;
export const MyOrganizationPage_UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyOrganizationPage_updateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationDetails_organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyOrganizationPage_UpdateOrganizationMutation, MyOrganizationPage_UpdateOrganizationMutationVariables>;
export const OrganizationPage_OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage_organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationDetails_organization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails_organization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganizationPage_OrganizationQuery, OrganizationPage_OrganizationQueryVariables>;
export const SectorLinks_SectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorLinks_sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<SectorLinks_SectorsQuery, SectorLinks_SectorsQueryVariables>;
export const SearchPage_SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage_search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"searchedWords"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitCard_hit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitCard_hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleHighlight"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"maturityStage"}},{"kind":"Field","name":{"kind":"Name","value":"priceNegotiable"}},{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPage_SearchQuery, SearchPage_SearchQueryVariables>;
export const SearchPage_LabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage_labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchPage_LabelsQuery, SearchPage_LabelsQueryVariables>;
export const SynonymsPage_SynonymsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SynonymsPage_synonyms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSynonyms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SynonymsPage_SynonymsQuery, SynonymsPage_SynonymsQueryVariables>;
export const SynonymsPage_SaveSearchSynonymDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SynonymsPage_saveSearchSynonym"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchSynonymInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearchSynonym"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synonym"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SynonymsPage_SaveSearchSynonymMutation, SynonymsPage_SaveSearchSynonymMutationVariables>;
export const SynonymsPage_DeleteSearchSynonymDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SynonymsPage_deleteSearchSynonym"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSearchSynonymInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSearchSynonym"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SynonymsPage_DeleteSearchSynonymMutation, SynonymsPage_DeleteSearchSynonymMutationVariables>;
export const Site_SiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Site_site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeName"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"devMailboxEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<Site_SiteQuery, Site_SiteQueryVariables>;