import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel } from '../modules/account/entities.js';
import type { Organization as OrganizationModel, Membership as MembershipModel, Invitation as InvitationModel } from '../modules/organization/entities.js';
import type { DevMail as DevMailModel } from '../modules/mail/entities.js';
import type { ProvinceRecord as ProvinceRecordModel } from '../platform/provinces.js';
import type { Listing as ListingModel, IpRecordData as IpRecordDataModel, ListingRevision as ListingRevisionModel, ListingReview as ListingReviewModel, Sector as SectorModel } from '../modules/listing/entities.js';
import type { ContentView as ContentViewModel } from '../modules/listing/content.js';
import type { Attachment as AttachmentModel } from '../modules/attachment/entities.js';
import type { SearchSynonym as SearchSynonymModel } from '../modules/search/entities.js';
import type { Notification as NotificationModel } from '../modules/notification/entities.js';
import type { Interest as InterestModel, BrokeringCase as BrokeringCaseModel, CaseEvent as CaseEventModel, Complaint as ComplaintModel } from '../modules/brokering/entities.js';
import type { MatchProposal as MatchProposalModel } from '../modules/matching/entities.js';
import type { SearchHitModel as SearchHitModelModel, SearchResultsModel as SearchResultsModelModel } from '../modules/search/service.js';
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
  /** A calendar date without time, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant in time, serialised as an ISO-8601 string with a time zone (e.g. `2026-11-21T08:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  /** A whole number of Vietnamese đồng, serialised as a JSON number (a safe integer, up to 9 007 199 254 740 991). */
  Dong: { input: number; output: number; }
};

/** Input of `acceptInterest`. */
export type AcceptInterestInput = {
  /** The interest. */
  interestId: Scalars['ID']['input'];
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

/** Input of `addCaseDocument`. */
export type AddCaseDocumentInput = {
  /** A PDF uploaded through POST /uploads. */
  attachmentId: Scalars['ID']['input'];
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A description (≤ 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Which kind of document. */
  type: CaseDocumentType;
};

/** Input of `addCaseMeeting`. */
export type AddCaseMeetingInput = {
  /** When. */
  at: Scalars['DateTime']['input'];
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** Agenda or minutes (≤ 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where (≤ 256 characters). */
  place: Scalars['String']['input'];
};

/** Input of `addCaseMessage`. */
export type AddCaseMessageInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** True for an internal broker note (brokers only). */
  internal?: InputMaybe<Scalars['Boolean']['input']>;
  /** The text (≤ 4000 characters). */
  text: Scalars['String']['input'];
};

/** The agreement recorded when a case closes as a deal. */
export type Agreement = {
  __typename?: 'Agreement';
  /** True when the technology-transfer contract was registered with the department. */
  contractRegistered: Scalars['Boolean']['output'];
  /** Date signed. */
  signedOn: Scalars['Date']['output'];
  /** Form of transfer. */
  type: TransferForm;
  /** Value in đồng. */
  value: Scalars['Dong']['output'];
};

/** The agreement of a deal. */
export type AgreementInput = {
  /** Whether the transfer contract was registered with the department. */
  contractRegistered: Scalars['Boolean']['input'];
  /** Date signed (not in the future). */
  signedOn: Scalars['Date']['input'];
  /** Form of transfer. */
  type: TransferForm;
  /** Value in đồng. */
  value: Scalars['Dong']['input'];
};

/** Input of `answerComplaint`. */
export type AnswerComplaintInput = {
  /** The answer (≤ 4000 characters). */
  answer: Scalars['String']['input'];
  /** The complaint. */
  complaintId: Scalars['ID']['input'];
};

/** Input of `assignCase`. */
export type AssignCaseInput = {
  /** A broker or admin. */
  brokerId: Scalars['ID']['input'];
  /** The case. */
  caseId: Scalars['ID']['input'];
};

/** An uploaded image or document. */
export type Attachment = {
  __typename?: 'Attachment';
  /** Size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** True when only those who may see the confidential part may download it. */
  confidential: Scalars['Boolean']['output'];
  /** Detected content type (`image/jpeg`, `image/png`, `image/webp` or `application/pdf`). */
  contentType: Scalars['String']['output'];
  /** File name as uploaded. */
  fileName: Scalars['String']['output'];
  /** Identifier returned by the upload endpoint. */
  id: Scalars['ID']['output'];
  /** A small image for lists; null for documents. */
  thumbnailUrl: Maybe<Scalars['String']['output']>;
  /** Where to download it (images: resized for the web). */
  url: Scalars['String']['output'];
};

/** What a change did to a record. */
export type AuditAction =
  /** The record was created. */
  | 'CREATE'
  /** The record was deleted. */
  | 'DELETE'
  /** The record was changed. */
  | 'UPDATE';

/** One change to one record: who, what, when. Never changed afterwards. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What the change did. */
  action: AuditAction;
  /** The user who made the change; null for the system (scheduled jobs, seed, command line). */
  actorId: Maybe<Scalars['ID']['output']>;
  /** That user's display name; null for the system. */
  actorName: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /**
   * The fields set, with their new values, as a JSON object (empty for a deletion). Passwords, tokens
   * and secrets are never included.
   */
  changes: Scalars['String']['output'];
  /** The kind of record, e.g. `Listing`, `BrokeringCase`, `User`. */
  entity: Scalars['String']['output'];
  /** The record's id (a session's only in part: it is derived from its secret token). */
  entityId: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
};

/** A page of the audit log. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries in this page. */
  edges: Array<AuditEntryEdge>;
  /** Pagination information. */
  pageInfo: PageInfo;
  /** Number of entries matching the filters. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry in a page. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Cursor to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Filters for `auditLog`. */
export type AuditLogWhere = {
  /** Only changes by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes to this kind of record, e.g. `Listing`. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to this record. */
  entityId?: InputMaybe<Scalars['String']['input']>;
};

/** A broker's work queue. */
export type BrokerDashboard = {
  __typename?: 'BrokerDashboard';
  /** Expressions of interest the listing owner has not answered yet. */
  interestsAwaitingAnswer: Scalars['Int']['output'];
  /** Of them, unanswered for longer than the reminder period (`INTEREST_REMINDER_DAYS` days) or already reminded. */
  interestsPastReminder: Scalars['Int']['output'];
  /** Listings (new or edited) waiting for a broker's review. */
  listingsToReview: Scalars['Int']['output'];
  /** The caller's open cases: overdue first, then by due date. */
  myCases: Array<BrokeringCase>;
  /** The caller's open cases by stage, in stage order, with how many are overdue. */
  myCasesByStage: Array<StageCount>;
  /** On-time handling of the cases assigned to the caller this year. */
  myOnTime: OnTimeStatistics;
  /** When the longest-waiting of them was submitted; null when none wait. */
  oldestSubmittedAt: Maybe<Scalars['DateTime']['output']>;
  /** The year the on-time figures are computed for (the current year in the department's time zone). */
  onTimePeriod: Scalars['String']['output'];
  /** On-time handling of all cases this year (the team). */
  teamOnTime: OnTimeStatistics;
  /** Open cases no broker is assigned to. */
  unassignedCases: Scalars['Int']['output'];
};

/** A brokering case (hồ sơ môi giới): the department finds and brokers a technology for a requester. */
export type BrokeringCase = {
  __typename?: 'BrokeringCase';
  /** The agreement, when closed as a deal. */
  agreement: Maybe<Agreement>;
  /** The broker in charge. */
  assignee: Maybe<User>;
  /** The clock: on time, due soon or late (a closed case: whether it closed on time). */
  clock: ClockStatus;
  /** When it was closed. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Complaints about this case. */
  complaints: Array<Complaint>;
  /** Organisations introduced as counterparts. */
  counterparts: Array<Organization>;
  /** When the current stage is due (working days from configuration); null once closed. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The listing it is about, if any. */
  listing: Maybe<Listing>;
  /** What the requester needs (≤ 4000 characters). */
  need: Scalars['String']['output'];
  /** Dossier number shown to people, e.g. `MG-2026-0007`. */
  number: Scalars['String']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** How it ended, once closed. */
  outcome: Maybe<CaseOutcome>;
  /** The requester's rating of the service, 1–5. */
  rating: Maybe<Scalars['Int']['output']>;
  /** The requester's comment with the rating. */
  ratingComment: Maybe<Scalars['String']['output']>;
  /** The organisation that asked. */
  requester: Organization;
  /** Current stage. */
  stage: CaseStage;
  /** When the current stage started. */
  stageStartedAt: Scalars['DateTime']['output'];
  /** The timeline, oldest first. Internal notes only for brokers. */
  timeline: Array<CaseEvent>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** Optimistic-locking version. */
  version: Scalars['Int']['output'];
  /** True when the caller may rate it now. */
  viewerCanRate: Scalars['Boolean']['output'];
  /** True when the caller may move, assign and close it. */
  viewerIsBroker: Scalars['Boolean']['output'];
  /** Working days left in the stage (negative when late). */
  workingDaysLeft: Scalars['Int']['output'];
};

/** A problem with an interest or case input, naming the field. */
export type BrokeringError = {
  __typename?: 'BrokeringError';
  /** Machine-readable code. */
  code: BrokeringErrorCode;
  /** The input field, or null for the whole request. */
  field: Maybe<Scalars['String']['output']>;
  /** Message in the caller's language. */
  message: Scalars['String']['output'];
};

/** What can be wrong with an interest or case input. */
export type BrokeringErrorCode =
  /** Already done (e.g. an open interest exists). */
  | 'DUPLICATE'
  /** A value is not allowed. */
  | 'INVALID'
  /** Not possible in the current status or stage. */
  | 'INVALID_STATUS'
  /** A text is too long. */
  | 'LENGTH'
  /** The caller acts for no organisation. */
  | 'NO_ORGANIZATION'
  /** One's own listing. */
  | 'OWN_LISTING'
  /** A required field is missing. */
  | 'REQUIRED';

/** A page of cases. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The cases on this page. */
  edges: Array<CaseEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** Kinds of case documents. */
export type CaseDocumentType =
  /** Technology transfer contract. */
  | 'CONTRACT'
  /** Non-disclosure agreement. */
  | 'NDA'
  /** Anything else. */
  | 'OTHER'
  /** Term sheet. */
  | 'TERM_SHEET';

/** A case in a page. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: BrokeringCase;
};

/** One entry of a case's timeline. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** Who did it (display name); null for the system. */
  authorName: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** For documents: the file. */
  document: Maybe<Attachment>;
  /** For documents: which kind. */
  documentType: Maybe<CaseDocumentType>;
  /** For stage changes: the stage before. */
  fromStage: Maybe<CaseStage>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: CaseEventKind;
  /** For meetings: when. */
  meetingAt: Maybe<Scalars['DateTime']['output']>;
  /** For meetings: where. */
  meetingPlace: Maybe<Scalars['String']['output']>;
  /** The message, note or description. */
  text: Scalars['String']['output'];
  /** For stage changes: the stage after. */
  toStage: Maybe<CaseStage>;
};

/** Kinds of timeline entries. */
export type CaseEventKind =
  /** Assigned to a broker. */
  | 'ASSIGNED'
  /** The case was closed. */
  | 'CLOSED'
  /** A document was added. */
  | 'DOCUMENT'
  /** An internal broker note, never shown to the parties. */
  | 'INTERNAL_NOTE'
  /** A match was introduced into the case. */
  | 'INTRODUCTION'
  /** A meeting. */
  | 'MEETING'
  /** A message between the parties and the broker. */
  | 'MESSAGE'
  /** The case was opened. */
  | 'OPENED'
  /** The requester rated the service. */
  | 'RATED'
  /** The stage changed. */
  | 'STAGE_CHANGED';

/** How a case ended. */
export type CaseOutcome =
  /** A deal was made. */
  | 'DEAL'
  /** No deal. */
  | 'NO_DEAL'
  /** Withdrawn by the requester. */
  | 'WITHDRAWN';

/** Result of a case mutation. */
export type CasePayload = {
  __typename?: 'CasePayload';
  /** The case, or null when there were errors. */
  case: Maybe<BrokeringCase>;
  /** What to fix. */
  errors: Array<BrokeringError>;
};

/** Stages of a brokering case, in order. */
export type CaseStage =
  /** Đã thỏa thuận: terms agreed, contract being signed. */
  | 'AGREED'
  /** Đã đóng. */
  | 'CLOSED'
  /** Đã giới thiệu: the parties were introduced. */
  | 'INTRODUCED'
  /** Tìm đối tác: looking for counterparts. */
  | 'MATCHING'
  /** Đàm phán. */
  | 'NEGOTIATING'
  /** Tiếp nhận: received, not yet looked at. */
  | 'RECEIVED'
  /** Thẩm định: the broker checks the need. */
  | 'SCREENING';

/** Filters for `cases`. */
export type CaseWhere = {
  /** Only late ones. */
  lateOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cases assigned to the calling broker. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these stages. */
  stage?: InputMaybe<Array<CaseStage>>;
};

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

/** A case's clock against its stage deadline. */
export type ClockStatus =
  /** At most one working day left. */
  | 'DUE_SOON'
  /** Past the deadline. */
  | 'LATE'
  /** Within the deadline. */
  | 'ON_TIME';

/** Input of `closeCase`. */
export type CloseCaseInput = {
  /** Required for `DEAL`. */
  agreement?: InputMaybe<AgreementInput>;
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note for the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** How it ended. */
  outcome: CaseOutcome;
  /** The version the caller saw. */
  version: Scalars['Int']['input'];
};

/** A complaint: a first-class record with its own deadline and answer. */
export type Complaint = {
  __typename?: 'Complaint';
  /** The department's answer. */
  answer: Maybe<Scalars['String']['output']>;
  /** When it was answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The case it is about, if any. */
  caseId: Maybe<Scalars['ID']['output']>;
  /** On time, due soon or late. */
  clock: ClockStatus;
  /** When it was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** When it must be answered (working days). */
  dueAt: Scalars['DateTime']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The complaining organisation. */
  organization: Organization;
  /** The complaint (≤ 4000 characters). */
  text: Scalars['String']['output'];
};

/** Result of a complaint mutation. */
export type ComplaintPayload = {
  __typename?: 'ComplaintPayload';
  /** The complaint, or null when there were errors. */
  complaint: Maybe<Complaint>;
  /** What to fix. */
  errors: Array<BrokeringError>;
};

/** Complaints, each with its own deadline in working days. */
export type ComplaintStatistics = {
  __typename?: 'ComplaintStatistics';
  /** Of them, answered (at any time). */
  answered: Scalars['Int']['output'];
  /** Of them, answered on or before the due date (`COMPLAINTS_ANSWERED_ON_TIME`). */
  answeredOnTime: Scalars['Int']['output'];
  /** `answeredOnTime` ÷ `filed`; null without complaints. */
  answeredOnTimeRate: Maybe<Scalars['Float']['output']>;
  /** Complaints filed (`COMPLAINTS_FILED`). */
  filed: Scalars['Int']['output'];
  /** Of them, still unanswered after the due date (`COMPLAINTS_OVERDUE`). */
  overdue: Scalars['Int']['output'];
};

/** Input of `createListing`. */
export type CreateListingInput = {
  /** Initial content; a title is required. */
  content: ListingContentInput;
  /** Offer or request. */
  kind: ListingKind;
};

/** Result of `createListing`. */
export type CreateListingPayload = {
  __typename?: 'CreateListingPayload';
  /** What to fix. */
  errors: Array<ListingError>;
  /** The new draft, or null when there were errors. */
  listing: Maybe<Listing>;
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

/** Input of `createSector`. */
export type CreateSectorInput = {
  /** Stable code: lowercase letters, digits and hyphens. */
  code: Scalars['String']['input'];
  /** English label (≤ 128 characters). */
  labelEn: Scalars['String']['input'];
  /** Vietnamese label (≤ 128 characters). */
  labelVi: Scalars['String']['input'];
  /** Display order; last when omitted. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `declineInterest`. */
export type DeclineInterestInput = {
  /** The interest. */
  interestId: Scalars['ID']['input'];
  /** Why. */
  reason: DeclineReason;
  /** Words for the sender (required for `OTHER`, ≤ 1000 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Why an owner declines an interest. */
export type DeclineReason =
  /** Already in talks with someone else. */
  | 'ALREADY_IN_TALKS'
  /** The benefit is unclear. */
  | 'BENEFIT_UNCLEAR'
  /** Not our field. */
  | 'NOT_OUR_FIELD'
  /** Another reason, given as text. */
  | 'OTHER'
  /** Price or budget do not fit. */
  | 'PRICE'
  /** Too early: the partner or the technology is not ready. */
  | 'TOO_EARLY';

/** How often a decline reason was given. */
export type DeclineReasonCount = {
  __typename?: 'DeclineReasonCount';
  /** How many times. */
  count: Scalars['Int']['output'];
  /** Its label in the caller's language. */
  label: Scalars['String']['output'];
  /** The reason. */
  reason: DeclineReason;
};

/** Input of `deleteSavedSearch`. */
export type DeleteSavedSearchInput = {
  /** The saved search. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteSavedSearch`. */
export type DeleteSavedSearchPayload = {
  __typename?: 'DeleteSavedSearchPayload';
  /** True when it was deleted. */
  deleted: Scalars['Boolean']['output'];
  /** What went wrong. */
  errors: Array<SavedSearchError>;
};

/** Input of `deleteSearchSynonym`. */
export type DeleteSearchSynonymInput = {
  /** The group. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteSearchSynonym`. */
export type DeleteSearchSynonymPayload = {
  __typename?: 'DeleteSearchSynonymPayload';
  /** True when it was deleted. */
  deleted: Scalars['Boolean']['output'];
  /** What went wrong. */
  errors: Array<ListingError>;
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

/** Input of `dismissMatch`. */
export type DismissMatchInput = {
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
  /** Why (≤ 1000 characters). */
  reason: Scalars['String']['input'];
};

/** Input of `expressInterest`. */
export type ExpressInterestInput = {
  /** What we want to do with it (≤ 1000 characters). */
  intendedUse: Scalars['String']['input'];
  /** The published listing. */
  listingId: Scalars['ID']['input'];
  /** A message to the owner (≤ 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** When we mean to act. */
  timeline: InterestTimeline;
  /** Who we are (≤ 1000 characters). */
  whoWeAre: Scalars['String']['input'];
};

/** A facet value and how many results have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** How many results have it. */
  count: Scalars['Int']['output'];
  /** The value's label in the caller's language. */
  label: Scalars['String']['output'];
  /** The value to put in the filter. */
  value: Scalars['String']['output'];
};

/** One field's change between two revisions, values shown as text. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Value after, as text; null when empty. */
  after: Maybe<Scalars['String']['output']>;
  /** Value before, as text; null when empty. */
  before: Maybe<Scalars['String']['output']>;
  /** The field's name in the API (`title`, `summary`, `sectors`, …). */
  field: Scalars['String']['output'];
  /** The field's label in the caller's language. */
  label: Scalars['String']['output'];
};

/** Input of `fileComplaint`. */
export type FileComplaintInput = {
  /** The case it is about, if any. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** The complaint (≤ 4000 characters). */
  text: Scalars['String']['input'];
};

/** Working days from a case's opening to the first broker response (weekends and public holidays do not count). */
export type FirstResponseStatistics = {
  __typename?: 'FirstResponseStatistics';
  /** The average; null without responses. */
  averageWorkingDays: Maybe<Scalars['Float']['output']>;
  /** How many first responses it is computed from. */
  cases: Scalars['Int']['output'];
  /** The median (`FIRST_RESPONSE_DAYS`); null without responses. */
  medianWorkingDays: Maybe<Scalars['Float']['output']>;
};

/** An organisation's expression of interest in a listing. */
export type Interest = {
  __typename?: 'Interest';
  /** When the owner answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it was declined. */
  declineReason: Maybe<DeclineReason>;
  /** The owner's words when declining. */
  declineText: Maybe<Scalars['String']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** What we want to do with it (≤ 1000 characters). */
  intendedUse: Scalars['String']['output'];
  /** The listing. */
  listing: Listing;
  /** A message to the owner (≤ 2000 characters). */
  message: Scalars['String']['output'];
  /** The interested organisation. */
  organization: Organization;
  /** The interested organisation's contact, shown to the owner once accepted (and to brokers). */
  senderContact: Maybe<ListingContact>;
  /** Who sent it (display name). */
  senderName: Scalars['String']['output'];
  /** Where it stands. */
  status: InterestStatus;
  /** When we mean to act. */
  timeline: InterestTimeline;
  /** True when the caller may accept or decline it. */
  viewerCanAnswer: Scalars['Boolean']['output'];
  /** Who we are (≤ 1000 characters). */
  whoWeAre: Scalars['String']['output'];
};

/** A page of interests. */
export type InterestConnection = {
  __typename?: 'InterestConnection';
  /** The interests on this page. */
  edges: Array<InterestEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** Which interests to list. */
export type InterestDirection =
  /** Every interest (brokers). */
  | 'ALL'
  /** Received on the caller's organisation's listings. */
  | 'RECEIVED'
  /** Sent by the caller's organisation. */
  | 'SENT';

/** An interest in a page. */
export type InterestEdge = {
  __typename?: 'InterestEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The interest. */
  node: Interest;
};

/** Result of an interest mutation. */
export type InterestPayload = {
  __typename?: 'InterestPayload';
  /** What to fix. */
  errors: Array<BrokeringError>;
  /** The interest, or null when there were errors. */
  interest: Maybe<Interest>;
};

/** Where an interest stands. */
export type InterestStatus =
  /** Accepted: contact details and the confidential part are shared. */
  | 'ACCEPTED'
  /** Declined with a reason. */
  | 'DECLINED'
  /** Waiting for the owner's answer. */
  | 'PENDING'
  /** Withdrawn by the sender. */
  | 'WITHDRAWN';

/** When the interested organisation means to act. */
export type InterestTimeline =
  /** Later or not yet known. */
  | 'LATER'
  /** Within 3 months. */
  | 'WITHIN_3_MONTHS'
  /** Within 6 months. */
  | 'WITHIN_6_MONTHS'
  /** Within 12 months. */
  | 'WITHIN_12_MONTHS';

/** Input of `introduceMatch`. */
export type IntroduceMatchInput = {
  /** A note to both parties (≤ 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
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

/** An intellectual-property record of an offer. */
export type IpRecord = {
  __typename?: 'IpRecord';
  /** Filing or grant date. */
  date: Maybe<Scalars['Date']['output']>;
  /** Identifier, stable across edits. */
  id: Scalars['ID']['output'];
  /** Application or grant number. */
  number: Scalars['String']['output'];
  /** Where it stands. */
  status: IpStatus;
  /** Where it applies. */
  territory: IpTerritory;
  /** Kind of protection. */
  type: IpType;
  /** True once a broker checked it against the IP register; the badge is public. */
  verified: Scalars['Boolean']['output'];
};

/** An IP record as written by the owner. */
export type IpRecordInput = {
  /** Filing or grant date. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Id of an existing record to keep; omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Application or grant number (≤ 64 characters). */
  number?: InputMaybe<Scalars['String']['input']>;
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

/** A technology offer or request. */
export type Listing = {
  __typename?: 'Listing';
  /** True when the owner publishes without showing the organisation. */
  anonymous: Scalars['Boolean']['output'];
  /** Contact person; owners' members and brokers only (parties reach each other through the exchange). */
  contact: Maybe<ListingContact>;
  /** The content the public sees (for drafts: the draft). Confidential parts are null for those not allowed. */
  content: ListingContent;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it expires unless renewed. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Offer or request. */
  kind: ListingKind;
  /** When its owner last confirmed it is current. */
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** The owner organisation; null for visitors and other members when the listing is anonymous. */
  organization: Maybe<Organization>;
  /** Edits to a published listing that wait for approval. Owners' members and brokers only; otherwise null. */
  pendingContent: Maybe<ListingContent>;
  /** Where the pending edits stand; null when there are none or the caller may not see them. */
  pendingStatus: Maybe<PendingChangesStatus>;
  /** When it was first published. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * What the content under review changes compared with the last published content (for a first submission:
   * every filled field). Owners' members and brokers only; empty otherwise.
   */
  reviewDiff: Array<FieldChange>;
  /** Every review decision, newest first, with the broker's reason. Owners' members and brokers only. */
  reviews: Array<ListingReview>;
  /** Every saved revision, newest first: who, when, what changed. Owners' members and brokers only. */
  revisions: Array<ListingRevision>;
  /** Stable readable part of the listing's URL, from its Vietnamese title without diacritics. */
  slug: Scalars['String']['output'];
  /** Lifecycle status. */
  status: ListingStatus;
  /** When anything in it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: send it back with the next save. */
  version: Scalars['Int']['output'];
  /** True when the caller may edit and submit it. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** True when the caller may publish, send back or reject it. */
  viewerCanReview: Scalars['Boolean']['output'];
};

/** Input of the owner's actions on a listing. */
export type ListingActionInput = {
  /** The listing. */
  listingId: Scalars['ID']['input'];
};

/** Result of an action on a listing. */
export type ListingActionPayload = {
  __typename?: 'ListingActionPayload';
  /** Why the action was refused. */
  errors: Array<ListingError>;
  /** The listing after the action, or null when there were errors. */
  listing: Maybe<Listing>;
};

/**
 * The public face of a published listing as a search result shows it, answered from the search index (which
 * holds only what a visitor may see of a published listing: nothing confidential, no unpublished edits, no
 * owner for an anonymous listing). It follows the listing within moments of each change.
 */
export type ListingCard = {
  __typename?: 'ListingCard';
  /** True when the owner chose to stay anonymous. */
  anonymous: Scalars['Boolean']['output'];
  /** When the owner last confirmed it is still current (to the second), or else when it was published. */
  confirmedAt: Scalars['DateTime']['output'];
  /** Thumbnail of the first image; null without images. */
  coverThumbnailUrl: Maybe<Scalars['String']['output']>;
  /** The listing's id (as `Listing.id`). */
  id: Scalars['ID']['output'];
  /** True when one of its IP records was verified by a broker. */
  ipVerified: Scalars['Boolean']['output'];
  /** Offer or request. */
  kind: ListingKind;
  /** Maturity stage derived from the TRL. */
  maturityStage: Maybe<MaturityStage>;
  /** The owner organisation's name; null for an anonymous listing. */
  organizationName: Maybe<Scalars['String']['output']>;
  /** Highest price or budget. */
  priceMax: Maybe<Scalars['Dong']['output']>;
  /** Lowest price or budget. */
  priceMin: Maybe<Scalars['Dong']['output']>;
  /** True when the price is to be negotiated (then no amounts). */
  priceNegotiable: Scalars['Boolean']['output'];
  /** Where the technology is or is needed. */
  province: Maybe<Province>;
  /** When it was first published. */
  publishedAt: Scalars['DateTime']['output'];
  /** The listing's URL slug. */
  slug: Scalars['String']['output'];
  /** The title, plain. */
  title: Scalars['String']['output'];
  /** Technology readiness level 1–9. */
  trl: Maybe<Scalars['Int']['output']>;
};

/** A page of listings. */
export type ListingConnection = {
  __typename?: 'ListingConnection';
  /** The listings on this page. */
  edges: Array<ListingEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many listings match in all. */
  totalCount: Scalars['Int']['output'];
};

/** The person to contact about a listing. Never public. */
export type ListingContact = {
  __typename?: 'ListingContact';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone: Scalars['String']['output'];
};

/** The editable content of a listing. */
export type ListingContent = {
  __typename?: 'ListingContent';
  /** Advantages and innovation (offers, ≤ 2000 characters). */
  advantages: Scalars['String']['output'];
  /** True when published without showing the organisation (for pending changes: the proposed setting). */
  anonymous: Scalars['Boolean']['output'];
  /** Confidential detail (≤ 4000 characters): brokers, owners' members and accepted interests only. */
  confidentialDetail: Maybe<Scalars['String']['output']>;
  /** Requests: the day after which the request closes. */
  deadline: Maybe<Scalars['Date']['output']>;
  /** Description in Markdown (≤ 4000 characters). */
  description: Scalars['String']['output'];
  /** The description rendered to sanitized HTML. */
  descriptionHtml: Scalars['String']['output'];
  /** Documents (PDF). Confidential ones only for those who may see the confidential part. */
  documents: Array<Attachment>;
  /** Expected result (requests, ≤ 2000 characters). */
  expectedResult: Scalars['String']['output'];
  /** Images, first one is the cover. */
  images: Array<Attachment>;
  /** Intellectual-property records (offers). */
  ipRecords: Array<IpRecord>;
  /** Up to 5 technology keywords. */
  keywords: Array<Scalars['String']['output']>;
  /** Languages documentation is available in (ISO 639-1 codes such as `vi`, `en`). */
  languages: Array<Scalars['String']['output']>;
  /** The stage `trl` falls in. */
  maturityStage: Maybe<MaturityStage>;
  /** True when others may express interest. */
  openForInterest: Scalars['Boolean']['output'];
  /** The role expected of the partner (≤ 500 characters). */
  partnerRole: Scalars['String']['output'];
  /** Kinds of partner sought. */
  partnerTypes: Array<PartnerType>;
  /** The price band used by search facets. */
  priceBand: PriceBand;
  /** Highest price or budget in đồng. */
  priceMax: Maybe<Scalars['Dong']['output']>;
  /** Lowest price or budget in đồng; with `priceMax` a range, alone an amount. */
  priceMin: Maybe<Scalars['Dong']['output']>;
  /** True when the price (offer) or budget (request) is negotiable and no amount is given. */
  priceNegotiable: Scalars['Boolean']['output'];
  /** Province where the technology is or will be applied. */
  province: Maybe<Province>;
  /** Sectors from the department's taxonomy. */
  sectors: Array<Sector>;
  /** Technical specification sought (requests, ≤ 2000 characters). */
  specification: Scalars['String']['output'];
  /** Short summary (≤ 500 characters). */
  summary: Scalars['String']['output'];
  /** Test results (≤ 2000 characters), confidential like `confidentialDetail`. */
  testResults: Maybe<Scalars['String']['output']>;
  /** Title (≤ 256 characters). */
  title: Scalars['String']['output'];
  /** Transfer forms offered or wanted. */
  transferForms: Array<TransferForm>;
  /** Technology readiness level 1–9: the offer's level, or the minimum a request accepts. Null until chosen. */
  trl: Maybe<Scalars['Int']['output']>;
};

/** The content fields a draft starts with or a save changes. Omitted fields are left as they are. */
export type ListingContentInput = {
  /** Advantages and innovation (offers, ≤ 2000 characters). */
  advantages?: InputMaybe<Scalars['String']['input']>;
  /** Publish without showing the organisation. */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Confidential detail (≤ 4000 characters). */
  confidentialDetail?: InputMaybe<Scalars['String']['input']>;
  /** Contact person's e-mail. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Contact person's name (≤ 256 characters). */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Contact person's phone (≤ 32 characters). */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Requests: closing date. */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** Description in Markdown (≤ 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Documents (up to 10), each marked public or confidential. */
  documents?: InputMaybe<Array<ListingDocumentInput>>;
  /** Expected result (requests, ≤ 2000 characters). */
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  /** Image attachment ids, cover first (up to 10). */
  imageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** IP records (offers, up to 20). Keep `id` to update a record; a record without `id` is new. */
  ipRecords?: InputMaybe<Array<IpRecordInput>>;
  /** Up to 5 keywords, each ≤ 50 characters. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Language codes (`vi`, `en`, …). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Open for interest. */
  openForInterest?: InputMaybe<Scalars['Boolean']['input']>;
  /** Role expected of the partner (≤ 500 characters). */
  partnerRole?: InputMaybe<Scalars['String']['input']>;
  /** Kinds of partner sought. */
  partnerTypes?: InputMaybe<Array<PartnerType>>;
  /** Highest price or budget, đồng. */
  priceMax?: InputMaybe<Scalars['Dong']['input']>;
  /** Lowest price or budget, đồng. */
  priceMin?: InputMaybe<Scalars['Dong']['input']>;
  /** True when negotiable with no amount. */
  priceNegotiable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Province code (see `provinces`). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Sector ids (at least one to submit). */
  sectorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Technical specification sought (requests, ≤ 2000 characters). */
  specification?: InputMaybe<Scalars['String']['input']>;
  /** Summary (≤ 500 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Test results (≤ 2000 characters). */
  testResults?: InputMaybe<Scalars['String']['input']>;
  /** Title (≤ 256 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Transfer forms offered or wanted. */
  transferForms?: InputMaybe<Array<TransferForm>>;
  /** Technology readiness level 1–9. */
  trl?: InputMaybe<Scalars['Int']['input']>;
};

/** A document attached to a listing. */
export type ListingDocumentInput = {
  /** Attachment id from the upload endpoint. */
  attachmentId: Scalars['ID']['input'];
  /** True when only those who may see the confidential part may download it. */
  confidential: Scalars['Boolean']['input'];
};

/** A listing in a page. */
export type ListingEdge = {
  __typename?: 'ListingEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The listing. */
  node: Listing;
};

/** A problem with a listing input, naming the field. */
export type ListingError = {
  __typename?: 'ListingError';
  /** Machine-readable code. */
  code: ListingErrorCode;
  /** The input field, or null for the listing as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Message in the caller's language. */
  message: Scalars['String']['output'];
};

/** What can be wrong with a listing input or action. */
export type ListingErrorCode =
  /** A value is not allowed. */
  | 'INVALID'
  /** The action is not possible in the listing's current status. */
  | 'INVALID_STATUS'
  /** A text is too long or too short. */
  | 'LENGTH'
  /** The caller acts for no organisation: a listing is always posted for one (create or choose one first). */
  | 'NO_ORGANIZATION'
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

/** How a listing fares on the exchange. */
export type ListingQuality = {
  __typename?: 'ListingQuality';
  /** Accepted ÷ answered, 0–1; null before any answer. */
  acceptanceRate: Maybe<Scalars['Float']['output']>;
  /** Interests accepted. */
  accepted: Scalars['Int']['output'];
  /** Decline reasons with their counts, largest first. */
  declineReasons: Array<DeclineReasonCount>;
  /** Interests declined. */
  declined: Scalars['Int']['output'];
  /** Interests received. */
  interests: Scalars['Int']['output'];
  /** Page views by people outside the owner organisation. */
  views: Scalars['Int']['output'];
};

/** A broker's decision with the reason the owner sees. */
export type ListingReview = {
  __typename?: 'ListingReview';
  /** The broker's display name. */
  brokerName: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** What was decided. */
  decision: ReviewDecision;
  /** The reason given to the owner. */
  reason: Scalars['String']['output'];
};

/** One saved revision of a listing. */
export type ListingRevision = {
  __typename?: 'ListingRevision';
  /** Who saved it (display name). */
  authorName: Scalars['String']['output'];
  /** What changed in this save. */
  changes: Array<FieldChange>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Version number after this save. */
  version: Scalars['Int']['output'];
};

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
  kind?: InputMaybe<ListingKind>;
  /** Only the listings of the organisation the caller acts for. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this organisation's listings (anonymous ones excluded unless the caller may see the owner). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses (visitors: published only, whatever is asked). */
  status?: InputMaybe<Array<ListingStatus>>;
};

/** Input of `markNotificationsRead`. */
export type MarkNotificationsReadInput = {
  /** Mark every unread notification. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** The notifications to mark; ignored when `all` is true. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Result of `markNotificationsRead`. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** Unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

/** Result of a match decision. */
export type MatchPayload = {
  __typename?: 'MatchPayload';
  /** What to fix. */
  errors: Array<BrokeringError>;
  /** The proposal, or null when there were errors. */
  proposal: Maybe<MatchProposal>;
};

/** A proposed pairing of a request with an offer, with a score a broker can read. */
export type MatchProposal = {
  __typename?: 'MatchProposal';
  /** The case opened or joined when introduced. */
  caseId: Maybe<Scalars['ID']['output']>;
  /** The broker's reason when dismissed. */
  dismissReason: Maybe<Scalars['String']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The offer. */
  offer: Listing;
  /** Why, criterion by criterion, in the caller's language (e.g. "cùng lĩnh vực Thủy sản"). */
  reasons: Array<MatchReason>;
  /** The request. */
  request: Listing;
  /** Score 0–100: the sum of the points of the reasons. */
  score: Scalars['Int']['output'];
  /** Where it stands. */
  status: MatchStatus;
  /** When the score was last computed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One criterion that scored. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** `SECTOR`, `KEYWORDS`, `TEXT`, `MATURITY`, `TRANSFER_FORM`, `PRICE` or `PROVINCE`. */
  criterion: Scalars['String']['output'];
  /** Points it added. */
  points: Scalars['Int']['output'];
  /** The reason in words. */
  text: Scalars['String']['output'];
};

/** Where a proposal stands. */
export type MatchStatus =
  /** Dismissed by a broker. */
  | 'DISMISSED'
  /** Introduced to both parties. */
  | 'INTRODUCED'
  /** Proposed by the system, waiting for a broker. */
  | 'PROPOSED';

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

/** Listings published in one month. */
export type MonthListingCount = {
  __typename?: 'MonthListingCount';
  /** The month, `YYYY-MM`, in the department's time zone. */
  month: Scalars['String']['output'];
  /** Offers first published that month. */
  offers: Scalars['Int']['output'];
  /** Requests first published that month. */
  requests: Scalars['Int']['output'];
};

/** Input of `moveCase`. */
export type MoveCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note for the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A later stage than the current one (not CLOSED: use `closeCase`). */
  stage: CaseStage;
  /** The version the broker saw. */
  version: Scalars['Int']['input'];
};

/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an interest: the interested organisation then sees the contact person and the confidential part.
   * The listing owner's members.
   */
  acceptInterest: InterestPayload;
  /** Accepts an invitation; the signed-in user's e-mail must be the invited one. */
  acceptInvitation: AcceptInvitationPayload;
  /** Adds a document (NDA, term sheet, contract, other) from an uploaded attachment. Parties and brokers. */
  addCaseDocument: CasePayload;
  /** Records a meeting with its date and place. Brokers only. */
  addCaseMeeting: CasePayload;
  /** Adds a message (parties and broker see it) or an internal note (brokers only) to the timeline. */
  addCaseMessage: CasePayload;
  /** Answers a complaint. Brokers only. */
  answerComplaint: ComplaintPayload;
  /** Assigns or reassigns a case to a broker. Brokers only. */
  assignCase: CasePayload;
  /** Changes the signed-in user's password. Revokes every other session of the user. */
  changePassword: ChangePasswordPayload;
  /** Closes a case as a deal (with the agreement), no deal or withdrawn. Brokers only; a requester may withdraw. */
  closeCase: CasePayload;
  /** Starts a draft listing for the organisation the caller acts for. Members of that organisation. */
  createListing: CreateListingPayload;
  /** Creates an organisation; the signed-in user becomes its owner and acts for it. */
  createOrganization: CreateOrganizationPayload;
  /** Adds a sector to the taxonomy. Admins only. */
  createSector: SectorPayload;
  /** Declines an interest with a reason from the list (and a text for `OTHER`). The listing owner's members. */
  declineInterest: InterestPayload;
  /** Deletes a saved search. One's own only. */
  deleteSavedSearch: DeleteSavedSearchPayload;
  /** Deletes a synonym group. Brokers only. */
  deleteSearchSynonym: DeleteSearchSynonymPayload;
  /** Dismisses a proposal with a reason. Brokers only. */
  dismissMatch: MatchPayload;
  /**
   * Tells a published listing's owner "we are interested", for the organisation the caller acts for. Not for
   * one's own listings; one open interest per organisation and listing.
   */
  expressInterest: InterestPayload;
  /** Files a complaint, about a case or the service in general; it gets its own deadline. */
  fileComplaint: ComplaintPayload;
  /**
   * Introduces a proposal: both owners are notified and a case is opened (or the request's open case joined).
   * Brokers only.
   */
  introduceMatch: MatchPayload;
  /** Invites a person by e-mail to join an organisation. Owners only. */
  inviteMember: InviteMemberPayload;
  /** Marks a published listing as fulfilled: the technology found its partner. Owners' members or brokers. */
  markListingFulfilled: ListingActionPayload;
  /** Marks the given notifications (or all of them) as read. Only one's own. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Moves a case to the next stage (or any later stage), restarting the clock. Brokers only. */
  moveCase: CasePayload;
  /** A member asks the department to broker: for a need of their organisation, or for a specific listing. */
  openCase: CasePayload;
  /** A broker opens a case from an accepted interest. */
  openCaseFromInterest: CasePayload;
  /** Does nothing; lets features extend `Mutation`. Always returns true. */
  ping: Scalars['Boolean']['output'];
  /** Publishes a submitted listing or approves submitted changes. Brokers only; the organisation must be verified. */
  publishListing: ReviewListingPayload;
  /** The requester rates the department's service (1–5) once the case is closed. */
  rateCase: CasePayload;
  /** Creates an account and e-mails a verification link. The new user is signed in. */
  register: RegisterPayload;
  /** Rejects a submitted listing (or its submitted changes) with a reason. Brokers only. */
  rejectListing: ReviewListingPayload;
  /** Removes a member from an organisation. Owners, or a member removing themselves. The last owner cannot leave. */
  removeMember: RemoveMemberPayload;
  /**
   * Confirms the listing is still current: sets "last confirmed" to now and moves the expiry a full period
   * ahead. An expired listing goes back to published. Owners' members.
   */
  renewListing: ListingActionPayload;
  /** Sends a submitted listing back to its owner with a reason. Brokers only. */
  requestListingChanges: ReviewListingPayload;
  /** E-mails a single-use password-reset link if the address has an account. Always succeeds, so it reveals nothing. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sends a new verification e-mail to the signed-in user. */
  resendVerificationEmail: ResendVerificationEmailPayload;
  /** Sets a new password with a reset token. Revokes every session of the user. */
  resetPassword: ResetPasswordPayload;
  /** Withdraws a pending invitation. Owners only. */
  revokeInvitation: RevokeInvitationPayload;
  /**
   * Saves a search (words and filters) under a name; with `alerts` on, its owner is told in-app and by
   * e-mail when a newly published listing matches it. Signed-in people; at most 20 each.
   */
  saveSearch: SaveSearchPayload;
  /** Creates or replaces a synonym group and pushes the groups to the search engine. Brokers only. */
  saveSearchSynonym: SaveSearchSynonymPayload;
  /** Gives a user a role. Admins only. */
  setUserRole: SetUserRolePayload;
  /** Signs in with e-mail and password. Rate-limited per account and per IP address. */
  signIn: SignInPayload;
  /** Signs out: revokes the current session (or every session of the user with `everywhere`). */
  signOut: SignOutPayload;
  /** Sends a draft (or pending changes of a published listing) to the department for review. Owners' members. */
  submitListing: SubmitListingPayload;
  /** Chooses the organisation the signed-in user acts for. */
  switchOrganization: SwitchOrganizationPayload;
  /**
   * Saves the content of a listing (also used for autosave). Owners' members. `version` must be the version the
   * edit started from, else the save is refused with a `CONFLICT` error and nothing is overwritten. Editing a
   * published listing keeps the published content public and stores the edit as pending changes.
   */
  updateListing: UpdateListingPayload;
  /**
   * Turns e-mails of the given kinds on or off for the signed-in user; kinds not listed keep their choice.
   * An unknown kind is an error naming `settings`, and nothing changes.
   */
  updateNotificationSettings: UpdateNotificationSettingsPayload;
  /** Updates an organisation's profile. Owners, brokers and admins. A changed tax code needs verification again. */
  updateOrganization: UpdateOrganizationPayload;
  /** Updates the signed-in user's name and language. */
  updateProfile: UpdateProfilePayload;
  /** Renames a saved search or switches its alerts. One's own only. */
  updateSavedSearch: UpdateSavedSearchPayload;
  /** Renames, reorders, activates or deactivates a sector. Admins only. */
  updateSector: SectorPayload;
  /** Confirms the e-mail address with the token from the verification e-mail. */
  verifyEmail: VerifyEmailPayload;
  /** Records the broker's check of an intellectual-property record against the IP register. Brokers only. */
  verifyIpRecord: ListingActionPayload;
  /** Records the department's check of an organisation's papers (tax code / establishment decision). Brokers only. */
  verifyOrganization: VerifyOrganizationPayload;
  /** Withdraws an interest still waiting for an answer. The sender's members. */
  withdrawInterest: InterestPayload;
  /** Takes a published listing off the exchange. Owners' members or brokers. */
  withdrawListing: ListingActionPayload;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAcceptInterestArgs = {
  input: AcceptInterestInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAddCaseDocumentArgs = {
  input: AddCaseDocumentInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAddCaseMeetingArgs = {
  input: AddCaseMeetingInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAddCaseMessageArgs = {
  input: AddCaseMessageInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAnswerComplaintArgs = {
  input: AnswerComplaintInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationAssignCaseArgs = {
  input: AssignCaseInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationCloseCaseArgs = {
  input: CloseCaseInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationCreateListingArgs = {
  input: CreateListingInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationCreateSectorArgs = {
  input: CreateSectorInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationDeclineInterestArgs = {
  input: DeclineInterestInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationDeleteSavedSearchArgs = {
  input: DeleteSavedSearchInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationDeleteSearchSynonymArgs = {
  input: DeleteSearchSynonymInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationDismissMatchArgs = {
  input: DismissMatchInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationExpressInterestArgs = {
  input: ExpressInterestInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationFileComplaintArgs = {
  input: FileComplaintInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationIntroduceMatchArgs = {
  input: IntroduceMatchInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationMarkListingFulfilledArgs = {
  input: ListingActionInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationMoveCaseArgs = {
  input: MoveCaseInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationOpenCaseFromInterestArgs = {
  input: OpenCaseFromInterestInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationPublishListingArgs = {
  input: ReviewListingInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRateCaseArgs = {
  input: RateCaseInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRejectListingArgs = {
  input: ReviewListingInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRenewListingArgs = {
  input: ListingActionInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationRequestListingChangesArgs = {
  input: ReviewListingInput;
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
export type MutationSaveSearchArgs = {
  input: SaveSearchInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationSaveSearchSynonymArgs = {
  input: SaveSearchSynonymInput;
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
export type MutationSubmitListingArgs = {
  input: SubmitListingInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationSwitchOrganizationArgs = {
  input: SwitchOrganizationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationUpdateListingArgs = {
  input: UpdateListingInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationUpdateNotificationSettingsArgs = {
  input: UpdateNotificationSettingsInput;
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
export type MutationUpdateSavedSearchArgs = {
  input: UpdateSavedSearchInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationUpdateSectorArgs = {
  input: UpdateSectorInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationVerifyIpRecordArgs = {
  input: VerifyIpRecordInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationVerifyOrganizationArgs = {
  input: VerifyOrganizationInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationWithdrawInterestArgs = {
  input: WithdrawInterestInput;
};


/** Write operations. Each mutation takes one `input` and returns its own payload with `errors`. */
export type MutationWithdrawListingArgs = {
  input: ListingActionInput;
};

/** Something that happened that the user should know about. */
export type Notification = {
  __typename?: 'Notification';
  /** Details, in the recipient's language. */
  body: Scalars['String']['output'];
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** What happened, e.g. `listing.published`, `listing.changesRequested`, `listing.expiring`. */
  kind: Scalars['String']['output'];
  /** Path in the web app to open, when there is one. */
  link: Maybe<Scalars['String']['output']>;
  /** When it was read; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** One line, in the recipient's language. */
  title: Scalars['String']['output'];
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications on this page. */
  edges: Array<NotificationEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A notification in a page. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** A problem with the input, in the caller's language. */
export type NotificationError = {
  __typename?: 'NotificationError';
  /** Machine-readable code. */
  code: NotificationErrorCode;
  /** The input field (`settings`). */
  field: Maybe<Scalars['String']['output']>;
  /** Message in the caller's language. */
  message: Scalars['String']['output'];
};

/** Why notification settings could not be saved. */
export type NotificationErrorCode =
  /** A value is not allowed (e.g. an unknown kind). */
  | 'INVALID';

/** One e-mail choice. */
export type NotificationSettingInput = {
  /** Send it by e-mail too. */
  email: Scalars['Boolean']['input'];
  /** The event kind, one of those `notificationSettings` lists. */
  kind: Scalars['String']['input'];
};

/** Whether one kind of event also comes by e-mail. */
export type NotificationSettingItem = {
  __typename?: 'NotificationSettingItem';
  /** True when it is also sent by e-mail. */
  email: Scalars['Boolean']['output'];
  /** The event kind, e.g. `listing.PUBLISHED`, `interest.received`, `case.deadline`, `savedSearch.match`. */
  kind: Scalars['String']['output'];
  /** What the kind is about, in the caller's language. */
  label: Scalars['String']['output'];
};

/**
 * On-time handling of cases ("trước và đúng hạn"): a closed case is on time when it closed on or
 * before its due date; an open case while it is not late. A case without a due date is on time.
 */
export type OnTimeStatistics = {
  __typename?: 'OnTimeStatistics';
  /** Closed cases. */
  closed: Scalars['Int']['output'];
  /** Closed cases that closed on or before their due date. */
  closedOnTime: Scalars['Int']['output'];
  /** `closedOnTime` ÷ `closed` (`CLOSED_ON_TIME_RATE`); null without closed cases. */
  closedOnTimeRate: Maybe<Scalars['Float']['output']>;
  /** Cases still open. */
  open: Scalars['Int']['output'];
  /** Open cases not past their due date (`OPEN_NOT_LATE`). */
  openNotLate: Scalars['Int']['output'];
  /** Share (0–1) of the cases on time, closed and open together (`ON_TIME_RATE`); null without cases. */
  rate: Maybe<Scalars['Float']['output']>;
};

/** Input of `openCaseFromInterest`. */
export type OpenCaseFromInterestInput = {
  /** An accepted interest. */
  interestId: Scalars['ID']['input'];
};

/** Input of `openCase`. */
export type OpenCaseInput = {
  /** A listing to broker (one's own request, or someone's offer). */
  listingId?: InputMaybe<Scalars['ID']['input']>;
  /** What is needed (≤ 4000 characters). */
  need: Scalars['String']['input'];
  /** Short title (≤ 256 characters). */
  title: Scalars['String']['input'];
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

/** A period report: its figures, each with its definition, and where to download the spreadsheet. */
export type PeriodReport = {
  __typename?: 'PeriodReport';
  /** Where to download the report as CSV (UTF-8 with BOM). */
  csvUrl: Scalars['String']['output'];
  /** Every figure, in report order, with its definition. */
  figures: Array<ReportFigure>;
  /** The period's first instant (midnight in the department's time zone). */
  from: Scalars['DateTime']['output'];
  /** When the report was computed. Figures about current state (stages, on time) are as at this instant. */
  generatedAt: Scalars['DateTime']['output'];
  /** The period's name in the caller's language, e.g. "Quý IV/2026". */
  label: Scalars['String']['output'];
  /** The period, normalised: `2026`, `2026-Q4` or `2026-11`. */
  period: Scalars['String']['output'];
  /** The same figures structured for charts: by sector, by month of the period, by stage. */
  statistics: PublicStatistics;
  /** The instant just after the period (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Where to download the report as an Excel workbook (brokers' session cookie). */
  xlsxUrl: Scalars['String']['output'];
};

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

/** The exchange's figures for a period (or since it opened), in the caller's language. */
export type PublicStatistics = {
  __typename?: 'PublicStatistics';
  /**
   * Offers and requests published per month: the last 12 months for `publicStatistics`, the months of
   * the period in a period report. Oldest first.
   */
  byMonth: Array<MonthListingCount>;
  /** Offers and requests published per sector, in the taxonomy's order. A listing in several sectors counts in each. */
  bySector: Array<SectorListingCount>;
  /** The cases handled, by their current stage, in stage order. */
  casesByStage: Array<StageCount>;
  /** Cases closed (`CASES_CLOSED`). */
  casesClosed: Scalars['Int']['output'];
  /** Brokering cases handled (`CASES_HANDLED`). */
  casesHandled: Scalars['Int']['output'];
  /** Cases opened (`CASES_OPENED`). */
  casesOpened: Scalars['Int']['output'];
  /** Complaints and whether they were answered on time. */
  complaints: ComplaintStatistics;
  /** Deals closed (`DEALS_CLOSED`). */
  dealsClosed: Scalars['Int']['output'];
  /** Total value of the deals closed, in đồng (`DEALS_VALUE`). */
  dealsValue: Scalars['Dong']['output'];
  /** How fast brokers first respond to a new case. */
  firstResponse: FirstResponseStatistics;
  /** When the figures were computed. */
  generatedAt: Scalars['DateTime']['output'];
  /** Expressions of interest sent (`INTERESTS_EXPRESSED`). */
  interestsExpressed: Scalars['Int']['output'];
  /** Offers published (`OFFERS_PUBLISHED`). */
  offersPublished: Scalars['Int']['output'];
  /** How many cases are handled on time. */
  onTime: OnTimeStatistics;
  /** Requests published (`REQUESTS_PUBLISHED`). */
  requestsPublished: Scalars['Int']['output'];
  /** The requesters' ratings of the service. */
  satisfaction: SatisfactionStatistics;
};

/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type Query = {
  __typename?: 'Query';
  /** Every change to every record, newest first: who, what, when. Admins only. `first` is capped at 100. */
  auditLog: AuditEntryConnection;
  /**
   * A broker's work queue: listings to review, interests waiting for an answer, the caller's open cases
   * (overdue first) and the on-time rates of this year. Brokers and admins only.
   */
  brokerDashboard: BrokerDashboard;
  /** Brokers and admins who can be assigned cases. Brokers only. */
  brokers: Array<User>;
  /** One brokering case: its parties' members (without internal notes) and brokers. */
  case: Maybe<BrokeringCase>;
  /**
   * Cases the caller may see: a member's organisation's cases; brokers all of them, or `mine` for the ones
   * assigned to them. Overdue first, then by due date. `first` is capped at 100.
   */
  cases: CaseConnection;
  /**
   * The development mailbox: e-mails the exchange would have sent, newest first.
   * Available only when no SMTP server is configured; outside development only admins may read it.
   * `first` is capped at 100.
   */
  devMailbox: DevMailConnection;
  /** One expression of interest: its sender's members, the listing owner's members and brokers. */
  interest: Maybe<Interest>;
  /**
   * Interests the caller's organisation sent (`SENT`) or received on its listings (`RECEIVED`); brokers see all
   * with `ALL`. Newest first; `first` is capped at 100.
   */
  interests: InterestConnection;
  /** A pending invitation, looked up by the token from the invitation e-mail. */
  invitation: Maybe<Invitation>;
  /**
   * One listing by id or by its slug. Visitors see only published listings; owners their own in any status;
   * brokers and admins every listing. Returns null when the caller may not see it.
   */
  listing: Maybe<Listing>;
  /** How a listing fares: views, interests, acceptance rate and decline reasons. Owners' members and brokers. */
  listingQuality: Maybe<ListingQuality>;
  /**
   * Listings the caller may see, newest change first. Members use `where.mine` for their organisation's
   * listings; brokers may filter by any status. `first` is capped at 100.
   */
  listings: ListingConnection;
  /**
   * Match proposals, best first: for one listing (its counterparts), or every open proposal when `listingId`
   * is omitted. Brokers see all; owners see only proposals a broker introduced for their own listings.
   */
  matchProposals: Array<MatchProposal>;
  /** The signed-in user, or null for a visitor. */
  me: Maybe<User>;
  /**
   * For each kind of event, whether the signed-in user also gets it by e-mail (in-app notifications always
   * arrive). Every kind is listed, in a fixed order; a kind never changed is on.
   */
  notificationSettings: Array<NotificationSettingItem>;
  /** The signed-in user's in-app notifications, newest first. `first` is capped at 100. */
  notifications: NotificationConnection;
  /** One organisation's profile. Public; contact details and members only for its members, brokers and admins. */
  organization: Maybe<Organization>;
  /** Organisations, newest first. Public. `first` is capped at 100. */
  organizations: OrganizationConnection;
  /**
   * The figures of a period report (a year `2026`, a quarter `2026-Q4` or a month `2026-11`, in the
   * department's time zone), each with its definition. The same report downloads as a spreadsheet from
   * `xlsxUrl` or `csvUrl`, with the records behind every figure. Brokers and admins only.
   */
  periodReport: PeriodReport;
  /** The 34 provincial-level units in force since 1 July 2025, in the caller's language. */
  provinces: Array<Province>;
  /**
   * The exchange's public figures since it opened, for the public statistics page: listings by sector
   * and by month (the last 12 months), interests, cases, deals, on-time rate, response time,
   * satisfaction and complaints. No sign-in needed. Every figure can be traced to its records with
   * `statisticsRecords` (brokers).
   */
  publicStatistics: PublicStatistics;
  /**
   * The broker review queue: listings submitted for the first time and published listings with submitted
   * changes, oldest first. Brokers only. `first` is capped at 100.
   */
  reviewQueue: ListingConnection;
  /** The signed-in person's saved searches, newest first (at most 20). */
  savedSearches: Array<SavedSearch>;
  /**
   * Full-text search over published listings: diacritic-insensitive, typo-tolerant, with the department's
   * synonyms, highlighted snippets and facet counts. Pages are numbered so a result list can live in a URL;
   * `pageSize` is capped at 100 and `page × pageSize` at the index's 1000-hit bound. Public.
   * When the search engine is unreachable the answer comes from PostgreSQL, without typo tolerance, with
   * `degraded: true`.
   */
  search: SearchResults;
  /** Groups of search terms the department treats as the same (e.g. AI ↔ trí tuệ nhân tạo). Brokers only. */
  searchSynonyms: Array<SearchSynonym>;
  /** The department's sector taxonomy, in display order. Public. Inactive sectors only for admins. */
  sectors: Array<Sector>;
  /** Public facts about this exchange: the department that runs it, its province and logo. */
  site: Site;
  /**
   * The records behind one figure: every listing, interest, case or complaint it counts, with what each
   * contributes, so that `value` is exactly the aggregate of `records`. Without `period`, the figure of
   * `publicStatistics` (since the exchange opened); with it, the figure of `periodReport`. Brokers and
   * admins only. Returns every record (no paging): a figure is only traceable when all of them are listed.
   */
  statisticsRecords: StatisticsRecords;
  /** How many of the signed-in user's notifications are unread; 0 for visitors. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Users of the exchange, newest first. Admins only. `first` is capped at 100. */
  users: UserConnection;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<AuditLogWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CaseWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryDevMailboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DevMailboxWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryInterestArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryInterestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction: InterestDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InterestStatus>>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryListingArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryListingQualityArgs = {
  listingId: Scalars['ID']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ListingWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryMatchProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  listingId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<MatchStatus>>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
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
export type QueryPeriodReportArgs = {
  period: Scalars['String']['input'];
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QuerySearchArgs = {
  orderBy?: InputMaybe<SearchOrder>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<SearchWhere>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QuerySectorsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryStatisticsRecordsArgs = {
  metric: StatisticMetric;
  period?: InputMaybe<Scalars['String']['input']>;
  sectorCode?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<CaseStage>;
};


/** Read operations. Each feature adds its own fields in `schema/<feature>.graphql`. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<UserWhere>;
};

/** Input of `rateCase`. */
export type RateCaseInput = {
  /** The closed case. */
  caseId: Scalars['ID']['input'];
  /** A comment (≤ 2000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
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

/** One figure of a report. */
export type ReportFigure = {
  __typename?: 'ReportFigure';
  /** How it is computed from its records. */
  aggregation: StatisticAggregation;
  /** How it is defined, in the caller's language. */
  definition: Scalars['String']['output'];
  /** Its name in the caller's language. */
  label: Scalars['String']['output'];
  /** Which figure; `statisticsRecords(metric, period)` lists its records. */
  metric: StatisticMetric;
  /** How many records it is computed from. */
  records: Scalars['Int']['output'];
  /** The unit, in the caller's language. */
  unit: Scalars['String']['output'];
  /** The figure; null for an average or median without records. Rates are shares from 0 to 1. */
  value: Maybe<Scalars['Float']['output']>;
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
  listingId: Scalars['ID']['input'];
  /** The reason the owner sees (≤ 2000 characters). Required. */
  reason: Scalars['String']['input'];
};

/** Result of a review decision. */
export type ReviewListingPayload = {
  __typename?: 'ReviewListingPayload';
  /** What to fix. */
  errors: Array<ListingError>;
  /** The listing after the decision, or null when there were errors. */
  listing: Maybe<Listing>;
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

/** The requesters' ratings (1–5) of the department's service, given when their case closed. */
export type SatisfactionStatistics = {
  __typename?: 'SatisfactionStatistics';
  /** The average rating (`SATISFACTION`); null without ratings. */
  average: Maybe<Scalars['Float']['output']>;
  /** How many ratings of 1, 2, 3, 4 and 5 (five numbers, in that order). */
  distribution: Array<Scalars['Int']['output']>;
  /** How many ratings. */
  ratings: Scalars['Int']['output'];
};

/** Input of `saveSearch`. */
export type SaveSearchInput = {
  /** Announce new matching listings (default true). */
  alerts?: InputMaybe<Scalars['Boolean']['input']>;
  /** A name, 1–128 characters. */
  name: Scalars['String']['input'];
  /** The search words, up to 500 characters. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** The filters; sector and province codes must exist, up to 50 values per filter. */
  where?: InputMaybe<SearchWhere>;
};

/** Result of `saveSearch`. */
export type SaveSearchPayload = {
  __typename?: 'SaveSearchPayload';
  /** What to fix. */
  errors: Array<SavedSearchError>;
  /** The saved search, or null when there were errors. */
  savedSearch: Maybe<SavedSearch>;
};

/** Input of `saveSearchSynonym`. */
export type SaveSearchSynonymInput = {
  /** The group to replace; omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** At least two terms, each ≤ 64 characters, up to 20. */
  terms: Array<Scalars['String']['input']>;
};

/** Result of `saveSearchSynonym`. */
export type SaveSearchSynonymPayload = {
  __typename?: 'SaveSearchSynonymPayload';
  /** What to fix. */
  errors: Array<ListingError>;
  /** The group, or null when there were errors. */
  synonym: Maybe<SearchSynonym>;
};

/** A search a member saved, to run again or to be alerted about. */
export type SavedSearch = {
  __typename?: 'SavedSearch';
  /** Whether new matching listings are announced (in-app and by e-mail). */
  alerts: Scalars['Boolean']['output'];
  /** When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** When a listing last matched it; null if none has. */
  lastAlertAt: Maybe<Scalars['DateTime']['output']>;
  /** The name its owner gave it. */
  name: Scalars['String']['output'];
  /** The search words (may be empty: filters only). */
  query: Scalars['String']['output'];
  /** The filters, as `search(where:)` takes them. */
  where: SavedSearchFilters;
};

/** A problem with the input, in the caller's language. */
export type SavedSearchError = {
  __typename?: 'SavedSearchError';
  /** Machine-readable code. */
  code: SavedSearchErrorCode;
  /** The input field (`name`, `query`, `where`), or null for the request as a whole. */
  field: Maybe<Scalars['String']['output']>;
  /** Message in the caller's language. */
  message: Scalars['String']['output'];
};

/** Why a search could not be saved. */
export type SavedSearchErrorCode =
  /** A value is not allowed (e.g. an unknown sector code). */
  | 'INVALID'
  /** A text is too long. */
  | 'LENGTH'
  /** A required field is missing. */
  | 'REQUIRED'
  /** The person already has the most saved searches allowed. */
  | 'TOO_MANY';

/** The filters of a saved search; an empty list means no filter on that facet. */
export type SavedSearchFilters = {
  __typename?: 'SavedSearchFilters';
  /** IP statuses. */
  ipStatus: Array<IpStatus>;
  /** Kinds of listing. */
  kind: Array<ListingKind>;
  /** Maturity stages. */
  maturityStage: Array<MaturityStage>;
  /** Types of the owner organisation. */
  organizationType: Array<OrganizationType>;
  /** Price bands. */
  priceBand: Array<PriceBand>;
  /** Province codes. */
  province: Array<Scalars['String']['output']>;
  /** Sector codes. */
  sector: Array<Scalars['String']['output']>;
  /** Transfer forms. */
  transferForm: Array<TransferForm>;
};

/** Counts of one facet. */
export type SearchFacet = {
  __typename?: 'SearchFacet';
  /**
   * The filter it belongs to: `kind`, `sector`, `maturityStage`, `ipStatus`, `transferForm`, `province`,
   * `organizationType` or `priceBand`.
   */
  name: Scalars['String']['output'];
  /** The values with their counts, largest first. */
  values: Array<FacetValue>;
};

/** One search hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /**
   * What a result card shows, from the search index alone: ask for this rather than `listing` to list results
   * (it costs no database work).
   */
  card: ListingCard;
  /**
   * The listing itself, read from the database (hits unpublished since the index last caught up are then left
   * out). For callers that need more than the card.
   */
  listing: Listing;
  /** A snippet of the summary or description with matched words wrapped in `<mark>`; HTML-escaped otherwise. */
  snippet: Scalars['String']['output'];
  /** The title with matched words wrapped in `<mark>`; HTML-escaped otherwise. */
  titleHighlight: Scalars['String']['output'];
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

/** A page of search results with facet counts. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /**
   * True when the search engine was unreachable and the answer came from PostgreSQL (no typo tolerance, no
   * synonyms, no facets).
   */
  degraded: Scalars['Boolean']['output'];
  /** Facet counts for the current query and filters. */
  facets: Array<SearchFacet>;
  /** The hits on this page. */
  hits: Array<SearchHit>;
  /** The page returned, from 1. */
  page: Scalars['Int']['output'];
  /** Number of pages. */
  pageCount: Scalars['Int']['output'];
  /** The words actually searched when a long query was shortened to the engine's ten-word limit; null otherwise. */
  searchedWords: Maybe<Scalars['String']['output']>;
  /** How many published listings match (at most 1000, the index bound). */
  totalCount: Scalars['Int']['output'];
};

/** A group of terms the search treats as equivalent. */
export type SearchSynonym = {
  __typename?: 'SearchSynonym';
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The terms, e.g. ["AI", "trí tuệ nhân tạo"]. */
  terms: Array<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Filters of a search; values within one filter are alternatives, filters combine. */
export type SearchWhere = {
  /** IP statuses. */
  ipStatus?: InputMaybe<Array<IpStatus>>;
  /** Kind of listing. */
  kind?: InputMaybe<Array<ListingKind>>;
  /** Maturity stages. */
  maturityStage?: InputMaybe<Array<MaturityStage>>;
  /** Types of the owner organisation (anonymous listings have none). */
  organizationType?: InputMaybe<Array<OrganizationType>>;
  /** Price bands. */
  priceBand?: InputMaybe<Array<PriceBand>>;
  /** Province codes. */
  province?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sector codes. */
  sector?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Transfer forms. */
  transferForm?: InputMaybe<Array<TransferForm>>;
};

/** A sector of the department's taxonomy. */
export type Sector = {
  __typename?: 'Sector';
  /** False when hidden from new listings. */
  active: Scalars['Boolean']['output'];
  /** Stable code, e.g. `agriculture`. */
  code: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Label in the caller's language. */
  label: Scalars['String']['output'];
  /** English label. */
  labelEn: Scalars['String']['output'];
  /** Vietnamese label. */
  labelVi: Scalars['String']['output'];
  /** Display order. */
  position: Scalars['Int']['output'];
};

/** Listings published in one sector. */
export type SectorListingCount = {
  __typename?: 'SectorListingCount';
  /** Offers published in this sector. */
  offers: Scalars['Int']['output'];
  /** Requests published in this sector. */
  requests: Scalars['Int']['output'];
  /** The sector (its `label` is in the caller's language). */
  sector: Sector;
};

/** Result of a sector change. */
export type SectorPayload = {
  __typename?: 'SectorPayload';
  /** What to fix. */
  errors: Array<ListingError>;
  /** The sector, or null when there were errors. */
  sector: Maybe<Sector>;
};

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

/** How many cases are at one stage. */
export type StageCount = {
  __typename?: 'StageCount';
  /** How many cases are at this stage. */
  count: Scalars['Int']['output'];
  /** The stage's name in the caller's language. */
  label: Scalars['String']['output'];
  /** How many of them are past their due date (never for closed cases). */
  overdue: Scalars['Int']['output'];
  /** The stage. */
  stage: CaseStage;
};

/** How a figure is computed from the values of its records. */
export type StatisticAggregation =
  /** The average of the records' values (a rate when each is 1 or 0); null without records. */
  | 'AVERAGE'
  /** The number of records. */
  | 'COUNT'
  /** The median of the records' values; null without records. */
  | 'MEDIAN'
  /** The sum of the records' values. */
  | 'SUM';

/**
 * The figures a report shows. Each is an aggregate (`StatisticAggregation`) of the records
 * `statisticsRecords` lists for it.
 */
export type StatisticMetric =
  /** Cases closed in the period (any outcome). */
  | 'CASES_CLOSED'
  /** Brokering cases handled: open at some time in the period (opened before its end, not closed before its start). */
  | 'CASES_HANDLED'
  /** Cases opened in the period. */
  | 'CASES_OPENED'
  /** Share of the closed cases among those handled that closed on or before their due date. */
  | 'CLOSED_ON_TIME_RATE'
  /** Complaints filed in the period and answered on or before their due date. */
  | 'COMPLAINTS_ANSWERED_ON_TIME'
  /** Complaints filed in the period. */
  | 'COMPLAINTS_FILED'
  /** Complaints filed in the period still unanswered after their due date. */
  | 'COMPLAINTS_OVERDUE'
  /** Cases closed in the period as a deal. */
  | 'DEALS_CLOSED'
  /** Total value in đồng of the deals closed in the period. */
  | 'DEALS_VALUE'
  /** Median working days from opening to the first broker response, for first responses given in the period. */
  | 'FIRST_RESPONSE_DAYS'
  /** Expressions of interest sent in the period. */
  | 'INTERESTS_EXPRESSED'
  /** Technology offers published for the first time in the period (by publication date). */
  | 'OFFERS_PUBLISHED'
  /** Share of the cases handled that are on time: closed on or before their due date, or still open and not late. */
  | 'ON_TIME_RATE'
  /** Cases handled that are still open and not late. */
  | 'OPEN_NOT_LATE'
  /** Technology requests published for the first time in the period. */
  | 'REQUESTS_PUBLISHED'
  /** Average rating (1–5) of the cases closed in the period that were rated. */
  | 'SATISFACTION';

/** One record counted in a figure. */
export type StatisticRecord = {
  __typename?: 'StatisticRecord';
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** What kind of record. */
  kind: StatisticRecordKind;
  /** How people refer to it: a listing's slug, a case's number, an interest's or complaint's id. */
  reference: Scalars['String']['output'];
  /** What it contributes: 1 for a count, 1 or 0 for a rate, a deal's value in đồng, a number of working days, a rating. */
  value: Scalars['Float']['output'];
};

/** What kind of record a figure counts. */
export type StatisticRecordKind =
  /** A brokering case. */
  | 'CASE'
  /** A complaint. */
  | 'COMPLAINT'
  /** An expression of interest. */
  | 'INTEREST'
  /** A listing (offer or request). */
  | 'LISTING';

/** The records behind one figure. */
export type StatisticsRecords = {
  __typename?: 'StatisticsRecords';
  /** How `value` is computed from the records' values. */
  aggregation: StatisticAggregation;
  /** How the figure is defined, in the caller's language. */
  definition: Scalars['String']['output'];
  /** The figure's name in the caller's language. */
  label: Scalars['String']['output'];
  /** The figure. */
  metric: StatisticMetric;
  /** The period (`2026`, `2026-Q4`, `2026-11`), or null for "since the exchange opened". */
  period: Maybe<Scalars['String']['output']>;
  /** Every record counted, oldest first. */
  records: Array<StatisticRecord>;
  /** The figure: the aggregate of `records`; null for an average or median without records. */
  value: Maybe<Scalars['Float']['output']>;
};

/** Input of `submitListing`. */
export type SubmitListingInput = {
  /** The listing. */
  listingId: Scalars['ID']['input'];
};

/** Result of `submitListing`. */
export type SubmitListingPayload = {
  __typename?: 'SubmitListingPayload';
  /** What to fix before it can be submitted (every missing required field). */
  errors: Array<ListingError>;
  /** The listing after submitting, or null when there were errors. */
  listing: Maybe<Listing>;
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
  listingId: Scalars['ID']['input'];
  /** The version the edit started from. */
  version: Scalars['Int']['input'];
};

/** Result of `updateListing`. */
export type UpdateListingPayload = {
  __typename?: 'UpdateListingPayload';
  /** What to fix. */
  errors: Array<ListingError>;
  /** The listing after the save, or null when there were errors. */
  listing: Maybe<Listing>;
};

/** Input of `updateNotificationSettings`. */
export type UpdateNotificationSettingsInput = {
  /** The choices to change. */
  settings: Array<NotificationSettingInput>;
};

/** Result of `updateNotificationSettings`. */
export type UpdateNotificationSettingsPayload = {
  __typename?: 'UpdateNotificationSettingsPayload';
  /** What to fix. */
  errors: Array<NotificationError>;
  /** Every setting after the change, or null when there were errors. */
  settings: Maybe<Array<NotificationSettingItem>>;
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

/** Input of `updateSavedSearch`. */
export type UpdateSavedSearchInput = {
  /** Switch alerts on or off; omit to keep them. */
  alerts?: InputMaybe<Scalars['Boolean']['input']>;
  /** The saved search. */
  id: Scalars['ID']['input'];
  /** A new name, 1–128 characters; omit to keep it. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateSavedSearch`. */
export type UpdateSavedSearchPayload = {
  __typename?: 'UpdateSavedSearchPayload';
  /** What to fix. */
  errors: Array<SavedSearchError>;
  /** The saved search after the change, or null when there were errors. */
  savedSearch: Maybe<SavedSearch>;
};

/** Input of `updateSector`. */
export type UpdateSectorInput = {
  /** Shown for new listings or not. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New English label. */
  labelEn?: InputMaybe<Scalars['String']['input']>;
  /** New Vietnamese label. */
  labelVi?: InputMaybe<Scalars['String']['input']>;
  /** New display order. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The sector. */
  sectorId: Scalars['ID']['input'];
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

/** Input of `verifyIpRecord`. */
export type VerifyIpRecordInput = {
  /** The IP record. */
  ipRecordId: Scalars['ID']['input'];
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** True when it checks out against the register; false removes the badge. */
  verified: Scalars['Boolean']['input'];
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

/** Input of `withdrawInterest`. */
export type WithdrawInterestInput = {
  /** The interest. */
  interestId: Scalars['ID']['input'];
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
  AcceptInterestInput: AcceptInterestInput;
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<AcceptInvitationPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  AccountError: ResolverTypeWrapper<AccountError>;
  AccountErrorCode: AccountErrorCode;
  AddCaseDocumentInput: AddCaseDocumentInput;
  AddCaseMeetingInput: AddCaseMeetingInput;
  AddCaseMessageInput: AddCaseMessageInput;
  Agreement: ResolverTypeWrapper<Agreement>;
  AgreementInput: AgreementInput;
  AnswerComplaintInput: AnswerComplaintInput;
  AssignCaseInput: AssignCaseInput;
  Attachment: ResolverTypeWrapper<AttachmentModel>;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditLogWhere: AuditLogWhere;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrokerDashboard: ResolverTypeWrapper<Omit<BrokerDashboard, 'myCases'> & { myCases: Array<ResolversTypes['BrokeringCase']> }>;
  BrokeringCase: ResolverTypeWrapper<BrokeringCaseModel>;
  BrokeringError: ResolverTypeWrapper<BrokeringError>;
  BrokeringErrorCode: BrokeringErrorCode;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges'> & { edges: Array<ResolversTypes['CaseEdge']> }>;
  CaseDocumentType: CaseDocumentType;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['BrokeringCase'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventModel>;
  CaseEventKind: CaseEventKind;
  CaseOutcome: CaseOutcome;
  CasePayload: ResolverTypeWrapper<Omit<CasePayload, 'case'> & { case?: Maybe<ResolversTypes['BrokeringCase']> }>;
  CaseStage: CaseStage;
  CaseWhere: CaseWhere;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<Omit<ChangePasswordPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ClockStatus: ClockStatus;
  CloseCaseInput: CloseCaseInput;
  Complaint: ResolverTypeWrapper<ComplaintModel>;
  ComplaintPayload: ResolverTypeWrapper<Omit<ComplaintPayload, 'complaint'> & { complaint?: Maybe<ResolversTypes['Complaint']> }>;
  ComplaintStatistics: ResolverTypeWrapper<ComplaintStatistics>;
  CreateListingInput: CreateListingInput;
  CreateListingPayload: ResolverTypeWrapper<Omit<CreateListingPayload, 'listing'> & { listing?: Maybe<ResolversTypes['Listing']> }>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: ResolverTypeWrapper<Omit<CreateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  CreateSectorInput: CreateSectorInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineInterestInput: DeclineInterestInput;
  DeclineReason: DeclineReason;
  DeclineReasonCount: ResolverTypeWrapper<DeclineReasonCount>;
  DeleteSavedSearchInput: DeleteSavedSearchInput;
  DeleteSavedSearchPayload: ResolverTypeWrapper<DeleteSavedSearchPayload>;
  DeleteSearchSynonymInput: DeleteSearchSynonymInput;
  DeleteSearchSynonymPayload: ResolverTypeWrapper<DeleteSearchSynonymPayload>;
  DevMail: ResolverTypeWrapper<DevMailModel>;
  DevMailConnection: ResolverTypeWrapper<Omit<DevMailConnection, 'edges'> & { edges: Array<ResolversTypes['DevMailEdge']> }>;
  DevMailEdge: ResolverTypeWrapper<Omit<DevMailEdge, 'node'> & { node: ResolversTypes['DevMail'] }>;
  DevMailboxWhere: DevMailboxWhere;
  DismissMatchInput: DismissMatchInput;
  Dong: ResolverTypeWrapper<Scalars['Dong']['output']>;
  ExpressInterestInput: ExpressInterestInput;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FileComplaintInput: FileComplaintInput;
  FirstResponseStatistics: ResolverTypeWrapper<FirstResponseStatistics>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interest: ResolverTypeWrapper<InterestModel>;
  InterestConnection: ResolverTypeWrapper<Omit<InterestConnection, 'edges'> & { edges: Array<ResolversTypes['InterestEdge']> }>;
  InterestDirection: InterestDirection;
  InterestEdge: ResolverTypeWrapper<Omit<InterestEdge, 'node'> & { node: ResolversTypes['Interest'] }>;
  InterestPayload: ResolverTypeWrapper<Omit<InterestPayload, 'interest'> & { interest?: Maybe<ResolversTypes['Interest']> }>;
  InterestStatus: InterestStatus;
  InterestTimeline: InterestTimeline;
  IntroduceMatchInput: IntroduceMatchInput;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  IpRecord: ResolverTypeWrapper<IpRecordDataModel>;
  IpRecordInput: IpRecordInput;
  IpStatus: IpStatus;
  IpTerritory: IpTerritory;
  IpType: IpType;
  Language: Language;
  Listing: ResolverTypeWrapper<ListingModel>;
  ListingActionInput: ListingActionInput;
  ListingActionPayload: ResolverTypeWrapper<Omit<ListingActionPayload, 'listing'> & { listing?: Maybe<ResolversTypes['Listing']> }>;
  ListingCard: ResolverTypeWrapper<Omit<ListingCard, 'province'> & { province?: Maybe<ResolversTypes['Province']> }>;
  ListingConnection: ResolverTypeWrapper<Omit<ListingConnection, 'edges'> & { edges: Array<ResolversTypes['ListingEdge']> }>;
  ListingContact: ResolverTypeWrapper<ListingContact>;
  ListingContent: ResolverTypeWrapper<ContentViewModel>;
  ListingContentInput: ListingContentInput;
  ListingDocumentInput: ListingDocumentInput;
  ListingEdge: ResolverTypeWrapper<Omit<ListingEdge, 'node'> & { node: ResolversTypes['Listing'] }>;
  ListingError: ResolverTypeWrapper<ListingError>;
  ListingErrorCode: ListingErrorCode;
  ListingKind: ListingKind;
  ListingQuality: ResolverTypeWrapper<ListingQuality>;
  ListingReview: ResolverTypeWrapper<ListingReviewModel>;
  ListingRevision: ResolverTypeWrapper<ListingRevisionModel>;
  ListingStatus: ListingStatus;
  ListingWhere: ListingWhere;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  MatchPayload: ResolverTypeWrapper<Omit<MatchPayload, 'proposal'> & { proposal?: Maybe<ResolversTypes['MatchProposal']> }>;
  MatchProposal: ResolverTypeWrapper<MatchProposalModel>;
  MatchReason: ResolverTypeWrapper<MatchReason>;
  MatchStatus: MatchStatus;
  MaturityStage: MaturityStage;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  MonthListingCount: ResolverTypeWrapper<MonthListingCount>;
  MoveCaseInput: MoveCaseInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationModel>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationError: ResolverTypeWrapper<NotificationError>;
  NotificationErrorCode: NotificationErrorCode;
  NotificationSettingInput: NotificationSettingInput;
  NotificationSettingItem: ResolverTypeWrapper<NotificationSettingItem>;
  OnTimeStatistics: ResolverTypeWrapper<OnTimeStatistics>;
  OpenCaseFromInterestInput: OpenCaseFromInterestInput;
  OpenCaseInput: OpenCaseInput;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationError: ResolverTypeWrapper<OrganizationError>;
  OrganizationErrorCode: OrganizationErrorCode;
  OrganizationType: OrganizationType;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerType: PartnerType;
  PendingChangesStatus: PendingChangesStatus;
  PeriodReport: ResolverTypeWrapper<Omit<PeriodReport, 'statistics'> & { statistics: ResolversTypes['PublicStatistics'] }>;
  PriceBand: PriceBand;
  Province: ResolverTypeWrapper<ProvinceRecordModel>;
  PublicStatistics: ResolverTypeWrapper<Omit<PublicStatistics, 'bySector'> & { bySector: Array<ResolversTypes['SectorListingCount']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateCaseInput: RateCaseInput;
  RegisterInput: RegisterInput;
  RegisterPayload: ResolverTypeWrapper<Omit<RegisterPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<Omit<RemoveMemberPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  ReportFigure: ResolverTypeWrapper<ReportFigure>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  ResendVerificationEmailInput: ResendVerificationEmailInput;
  ResendVerificationEmailPayload: ResolverTypeWrapper<ResendVerificationEmailPayload>;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  ReviewDecision: ReviewDecision;
  ReviewListingInput: ReviewListingInput;
  ReviewListingPayload: ResolverTypeWrapper<Omit<ReviewListingPayload, 'listing'> & { listing?: Maybe<ResolversTypes['Listing']> }>;
  RevokeInvitationInput: RevokeInvitationInput;
  RevokeInvitationPayload: ResolverTypeWrapper<Omit<RevokeInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  Role: Role;
  SatisfactionStatistics: ResolverTypeWrapper<SatisfactionStatistics>;
  SaveSearchInput: SaveSearchInput;
  SaveSearchPayload: ResolverTypeWrapper<SaveSearchPayload>;
  SaveSearchSynonymInput: SaveSearchSynonymInput;
  SaveSearchSynonymPayload: ResolverTypeWrapper<Omit<SaveSearchSynonymPayload, 'synonym'> & { synonym?: Maybe<ResolversTypes['SearchSynonym']> }>;
  SavedSearch: ResolverTypeWrapper<SavedSearch>;
  SavedSearchError: ResolverTypeWrapper<SavedSearchError>;
  SavedSearchErrorCode: SavedSearchErrorCode;
  SavedSearchFilters: ResolverTypeWrapper<SavedSearchFilters>;
  SearchFacet: ResolverTypeWrapper<SearchFacet>;
  SearchHit: ResolverTypeWrapper<SearchHitModelModel>;
  SearchOrder: SearchOrder;
  SearchResults: ResolverTypeWrapper<SearchResultsModelModel>;
  SearchSynonym: ResolverTypeWrapper<SearchSynonymModel>;
  SearchWhere: SearchWhere;
  Sector: ResolverTypeWrapper<SectorModel>;
  SectorListingCount: ResolverTypeWrapper<Omit<SectorListingCount, 'sector'> & { sector: ResolversTypes['Sector'] }>;
  SectorPayload: ResolverTypeWrapper<Omit<SectorPayload, 'sector'> & { sector?: Maybe<ResolversTypes['Sector']> }>;
  SetUserRoleInput: SetUserRoleInput;
  SetUserRolePayload: ResolverTypeWrapper<Omit<SetUserRolePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  SignOutInput: SignOutInput;
  SignOutPayload: ResolverTypeWrapper<SignOutPayload>;
  Site: ResolverTypeWrapper<Omit<Site, 'province'> & { province: ResolversTypes['Province'] }>;
  StageCount: ResolverTypeWrapper<StageCount>;
  StatisticAggregation: StatisticAggregation;
  StatisticMetric: StatisticMetric;
  StatisticRecord: ResolverTypeWrapper<StatisticRecord>;
  StatisticRecordKind: StatisticRecordKind;
  StatisticsRecords: ResolverTypeWrapper<StatisticsRecords>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitListingInput: SubmitListingInput;
  SubmitListingPayload: ResolverTypeWrapper<Omit<SubmitListingPayload, 'listing'> & { listing?: Maybe<ResolversTypes['Listing']> }>;
  SwitchOrganizationInput: SwitchOrganizationInput;
  SwitchOrganizationPayload: ResolverTypeWrapper<Omit<SwitchOrganizationPayload, 'me'> & { me?: Maybe<ResolversTypes['User']> }>;
  TransferForm: TransferForm;
  UpdateListingInput: UpdateListingInput;
  UpdateListingPayload: ResolverTypeWrapper<Omit<UpdateListingPayload, 'listing'> & { listing?: Maybe<ResolversTypes['Listing']> }>;
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
  UpdateNotificationSettingsPayload: ResolverTypeWrapper<UpdateNotificationSettingsPayload>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: ResolverTypeWrapper<Omit<UpdateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  UpdateProfileInput: UpdateProfileInput;
  UpdateProfilePayload: ResolverTypeWrapper<Omit<UpdateProfilePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UpdateSavedSearchInput: UpdateSavedSearchInput;
  UpdateSavedSearchPayload: ResolverTypeWrapper<UpdateSavedSearchPayload>;
  UpdateSectorInput: UpdateSectorInput;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserWhere: UserWhere;
  VerificationStatus: VerificationStatus;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  VerifyIpRecordInput: VerifyIpRecordInput;
  VerifyOrganizationInput: VerifyOrganizationInput;
  VerifyOrganizationPayload: ResolverTypeWrapper<Omit<VerifyOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  WithdrawInterestInput: WithdrawInterestInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInterestInput: AcceptInterestInput;
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  AccountError: AccountError;
  AddCaseDocumentInput: AddCaseDocumentInput;
  AddCaseMeetingInput: AddCaseMeetingInput;
  AddCaseMessageInput: AddCaseMessageInput;
  Agreement: Agreement;
  AgreementInput: AgreementInput;
  AnswerComplaintInput: AnswerComplaintInput;
  AssignCaseInput: AssignCaseInput;
  Attachment: AttachmentModel;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  AuditLogWhere: AuditLogWhere;
  Boolean: Scalars['Boolean']['output'];
  BrokerDashboard: Omit<BrokerDashboard, 'myCases'> & { myCases: Array<ResolversParentTypes['BrokeringCase']> };
  BrokeringCase: BrokeringCaseModel;
  BrokeringError: BrokeringError;
  CaseConnection: Omit<CaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CaseEdge']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['BrokeringCase'] };
  CaseEvent: CaseEventModel;
  CasePayload: Omit<CasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['BrokeringCase']> };
  CaseWhere: CaseWhere;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: Omit<ChangePasswordPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  CloseCaseInput: CloseCaseInput;
  Complaint: ComplaintModel;
  ComplaintPayload: Omit<ComplaintPayload, 'complaint'> & { complaint?: Maybe<ResolversParentTypes['Complaint']> };
  ComplaintStatistics: ComplaintStatistics;
  CreateListingInput: CreateListingInput;
  CreateListingPayload: Omit<CreateListingPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['Listing']> };
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: Omit<CreateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  CreateSectorInput: CreateSectorInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclineInterestInput: DeclineInterestInput;
  DeclineReasonCount: DeclineReasonCount;
  DeleteSavedSearchInput: DeleteSavedSearchInput;
  DeleteSavedSearchPayload: DeleteSavedSearchPayload;
  DeleteSearchSynonymInput: DeleteSearchSynonymInput;
  DeleteSearchSynonymPayload: DeleteSearchSynonymPayload;
  DevMail: DevMailModel;
  DevMailConnection: Omit<DevMailConnection, 'edges'> & { edges: Array<ResolversParentTypes['DevMailEdge']> };
  DevMailEdge: Omit<DevMailEdge, 'node'> & { node: ResolversParentTypes['DevMail'] };
  DevMailboxWhere: DevMailboxWhere;
  DismissMatchInput: DismissMatchInput;
  Dong: Scalars['Dong']['output'];
  ExpressInterestInput: ExpressInterestInput;
  FacetValue: FacetValue;
  FieldChange: FieldChange;
  FileComplaintInput: FileComplaintInput;
  FirstResponseStatistics: FirstResponseStatistics;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Interest: InterestModel;
  InterestConnection: Omit<InterestConnection, 'edges'> & { edges: Array<ResolversParentTypes['InterestEdge']> };
  InterestEdge: Omit<InterestEdge, 'node'> & { node: ResolversParentTypes['Interest'] };
  InterestPayload: Omit<InterestPayload, 'interest'> & { interest?: Maybe<ResolversParentTypes['Interest']> };
  IntroduceMatchInput: IntroduceMatchInput;
  Invitation: InvitationModel;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  IpRecord: IpRecordDataModel;
  IpRecordInput: IpRecordInput;
  Listing: ListingModel;
  ListingActionInput: ListingActionInput;
  ListingActionPayload: Omit<ListingActionPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['Listing']> };
  ListingCard: Omit<ListingCard, 'province'> & { province?: Maybe<ResolversParentTypes['Province']> };
  ListingConnection: Omit<ListingConnection, 'edges'> & { edges: Array<ResolversParentTypes['ListingEdge']> };
  ListingContact: ListingContact;
  ListingContent: ContentViewModel;
  ListingContentInput: ListingContentInput;
  ListingDocumentInput: ListingDocumentInput;
  ListingEdge: Omit<ListingEdge, 'node'> & { node: ResolversParentTypes['Listing'] };
  ListingError: ListingError;
  ListingQuality: ListingQuality;
  ListingReview: ListingReviewModel;
  ListingRevision: ListingRevisionModel;
  ListingWhere: ListingWhere;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  MatchPayload: Omit<MatchPayload, 'proposal'> & { proposal?: Maybe<ResolversParentTypes['MatchProposal']> };
  MatchProposal: MatchProposalModel;
  MatchReason: MatchReason;
  Membership: MembershipModel;
  MonthListingCount: MonthListingCount;
  MoveCaseInput: MoveCaseInput;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationModel;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationError: NotificationError;
  NotificationSettingInput: NotificationSettingInput;
  NotificationSettingItem: NotificationSettingItem;
  OnTimeStatistics: OnTimeStatistics;
  OpenCaseFromInterestInput: OpenCaseFromInterestInput;
  OpenCaseInput: OpenCaseInput;
  Organization: OrganizationModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationError: OrganizationError;
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  PeriodReport: Omit<PeriodReport, 'statistics'> & { statistics: ResolversParentTypes['PublicStatistics'] };
  Province: ProvinceRecordModel;
  PublicStatistics: Omit<PublicStatistics, 'bySector'> & { bySector: Array<ResolversParentTypes['SectorListingCount']> };
  Query: Record<PropertyKey, never>;
  RateCaseInput: RateCaseInput;
  RegisterInput: RegisterInput;
  RegisterPayload: Omit<RegisterPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: Omit<RemoveMemberPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  ReportFigure: ReportFigure;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  ResendVerificationEmailInput: ResendVerificationEmailInput;
  ResendVerificationEmailPayload: ResendVerificationEmailPayload;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResetPasswordPayload;
  ReviewListingInput: ReviewListingInput;
  ReviewListingPayload: Omit<ReviewListingPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['Listing']> };
  RevokeInvitationInput: RevokeInvitationInput;
  RevokeInvitationPayload: Omit<RevokeInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  SatisfactionStatistics: SatisfactionStatistics;
  SaveSearchInput: SaveSearchInput;
  SaveSearchPayload: SaveSearchPayload;
  SaveSearchSynonymInput: SaveSearchSynonymInput;
  SaveSearchSynonymPayload: Omit<SaveSearchSynonymPayload, 'synonym'> & { synonym?: Maybe<ResolversParentTypes['SearchSynonym']> };
  SavedSearch: SavedSearch;
  SavedSearchError: SavedSearchError;
  SavedSearchFilters: SavedSearchFilters;
  SearchFacet: SearchFacet;
  SearchHit: SearchHitModelModel;
  SearchResults: SearchResultsModelModel;
  SearchSynonym: SearchSynonymModel;
  SearchWhere: SearchWhere;
  Sector: SectorModel;
  SectorListingCount: Omit<SectorListingCount, 'sector'> & { sector: ResolversParentTypes['Sector'] };
  SectorPayload: Omit<SectorPayload, 'sector'> & { sector?: Maybe<ResolversParentTypes['Sector']> };
  SetUserRoleInput: SetUserRoleInput;
  SetUserRolePayload: Omit<SetUserRolePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SignOutInput: SignOutInput;
  SignOutPayload: SignOutPayload;
  Site: Omit<Site, 'province'> & { province: ResolversParentTypes['Province'] };
  StageCount: StageCount;
  StatisticRecord: StatisticRecord;
  StatisticsRecords: StatisticsRecords;
  String: Scalars['String']['output'];
  SubmitListingInput: SubmitListingInput;
  SubmitListingPayload: Omit<SubmitListingPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['Listing']> };
  SwitchOrganizationInput: SwitchOrganizationInput;
  SwitchOrganizationPayload: Omit<SwitchOrganizationPayload, 'me'> & { me?: Maybe<ResolversParentTypes['User']> };
  UpdateListingInput: UpdateListingInput;
  UpdateListingPayload: Omit<UpdateListingPayload, 'listing'> & { listing?: Maybe<ResolversParentTypes['Listing']> };
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
  UpdateNotificationSettingsPayload: UpdateNotificationSettingsPayload;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: Omit<UpdateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  UpdateProfileInput: UpdateProfileInput;
  UpdateProfilePayload: Omit<UpdateProfilePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  UpdateSavedSearchInput: UpdateSavedSearchInput;
  UpdateSavedSearchPayload: UpdateSavedSearchPayload;
  UpdateSectorInput: UpdateSectorInput;
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserWhere: UserWhere;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  VerifyIpRecordInput: VerifyIpRecordInput;
  VerifyOrganizationInput: VerifyOrganizationInput;
  VerifyOrganizationPayload: Omit<VerifyOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  WithdrawInterestInput: WithdrawInterestInput;
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

export type AgreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  contractRegistered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TransferForm'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Dong'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  thumbnailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BrokerDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BrokerDashboard'] = ResolversParentTypes['BrokerDashboard']> = {
  interestsAwaitingAnswer?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interestsPastReminder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listingsToReview?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  myCases?: Resolver<Array<ResolversTypes['BrokeringCase']>, ParentType, ContextType>;
  myCasesByStage?: Resolver<Array<ResolversTypes['StageCount']>, ParentType, ContextType>;
  myOnTime?: Resolver<ResolversTypes['OnTimeStatistics'], ParentType, ContextType>;
  oldestSubmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  onTimePeriod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teamOnTime?: Resolver<ResolversTypes['OnTimeStatistics'], ParentType, ContextType>;
  unassignedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BrokeringCaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BrokeringCase'] = ResolversParentTypes['BrokeringCase']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  clock?: Resolver<ResolversTypes['ClockStatus'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complaints?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType>;
  counterparts?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
  need?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CaseStage'], ParentType, ContextType>;
  stageStartedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanRate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsBroker?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workingDaysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BrokeringErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BrokeringError'] = ResolversParentTypes['BrokeringError']> = {
  code?: Resolver<ResolversTypes['BrokeringErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BrokeringCase'], ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['CaseDocumentType']>, ParentType, ContextType>;
  fromStage?: Resolver<Maybe<ResolversTypes['CaseStage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseEventKind'], ParentType, ContextType>;
  meetingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  meetingPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toStage?: Resolver<Maybe<ResolversTypes['CaseStage']>, ParentType, ContextType>;
};

export type CasePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CasePayload'] = ResolversParentTypes['CasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['BrokeringCase']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['BrokeringError']>, ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ComplaintResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clock?: Resolver<ResolversTypes['ClockStatus'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplaintPayload'] = ResolversParentTypes['ComplaintPayload']> = {
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['BrokeringError']>, ParentType, ContextType>;
};

export type ComplaintStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplaintStatistics'] = ResolversParentTypes['ComplaintStatistics']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answeredOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answeredOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  filed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateListingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateListingPayload'] = ResolversParentTypes['CreateListingPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
};

export type CreateOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateOrganizationPayload'] = ResolversParentTypes['CreateOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineReasonCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclineReasonCount'] = ResolversParentTypes['DeclineReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DeclineReason'], ParentType, ContextType>;
};

export type DeleteSavedSearchPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteSavedSearchPayload'] = ResolversParentTypes['DeleteSavedSearchPayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['SavedSearchError']>, ParentType, ContextType>;
};

export type DeleteSearchSynonymPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteSearchSynonymPayload'] = ResolversParentTypes['DeleteSearchSynonymPayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
};

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

export interface DongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Dong'], any> {
  name: 'Dong';
}

export type FacetValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FirstResponseStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FirstResponseStatistics'] = ResolversParentTypes['FirstResponseStatistics']> = {
  averageWorkingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianWorkingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type InterestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Interest'] = ResolversParentTypes['Interest']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['DeclineReason']>, ParentType, ContextType>;
  declineText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intendedUse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  senderContact?: Resolver<Maybe<ResolversTypes['ListingContact']>, ParentType, ContextType>;
  senderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterestStatus'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['InterestTimeline'], ParentType, ContextType>;
  viewerCanAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  whoWeAre?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InterestConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InterestConnection'] = ResolversParentTypes['InterestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InterestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InterestEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InterestEdge'] = ResolversParentTypes['InterestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interest'], ParentType, ContextType>;
};

export type InterestPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InterestPayload'] = ResolversParentTypes['InterestPayload']> = {
  errors?: Resolver<Array<ResolversTypes['BrokeringError']>, ParentType, ContextType>;
  interest?: Resolver<Maybe<ResolversTypes['Interest']>, ParentType, ContextType>;
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

export type IpRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IpRecord'] = ResolversParentTypes['IpRecord']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IpStatus'], ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['IpTerritory'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IpType'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ListingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Listing'] = ResolversParentTypes['Listing']> = {
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ListingContact']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['ListingContent'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ListingKind'], ParentType, ContextType>;
  lastConfirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  pendingContent?: Resolver<Maybe<ResolversTypes['ListingContent']>, ParentType, ContextType>;
  pendingStatus?: Resolver<Maybe<ResolversTypes['PendingChangesStatus']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewDiff?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['ListingReview']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['ListingRevision']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ListingActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingActionPayload'] = ResolversParentTypes['ListingActionPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
};

export type ListingCardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingCard'] = ResolversParentTypes['ListingCard']> = {
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  coverThumbnailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ipVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ListingKind'], ParentType, ContextType>;
  maturityStage?: Resolver<Maybe<ResolversTypes['MaturityStage']>, ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceMax?: Resolver<Maybe<ResolversTypes['Dong']>, ParentType, ContextType>;
  priceMin?: Resolver<Maybe<ResolversTypes['Dong']>, ParentType, ContextType>;
  priceNegotiable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ListingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingConnection'] = ResolversParentTypes['ListingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ListingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListingContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingContact'] = ResolversParentTypes['ListingContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ListingContentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingContent'] = ResolversParentTypes['ListingContent']> = {
  advantages?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidentialDetail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  expectedResult?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  ipRecords?: Resolver<Array<ResolversTypes['IpRecord']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maturityStage?: Resolver<Maybe<ResolversTypes['MaturityStage']>, ParentType, ContextType>;
  openForInterest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partnerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerTypes?: Resolver<Array<ResolversTypes['PartnerType']>, ParentType, ContextType>;
  priceBand?: Resolver<ResolversTypes['PriceBand'], ParentType, ContextType>;
  priceMax?: Resolver<Maybe<ResolversTypes['Dong']>, ParentType, ContextType>;
  priceMin?: Resolver<Maybe<ResolversTypes['Dong']>, ParentType, ContextType>;
  priceNegotiable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  specification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  testResults?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferForms?: Resolver<Array<ResolversTypes['TransferForm']>, ParentType, ContextType>;
  trl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ListingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingEdge'] = ResolversParentTypes['ListingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
};

export type ListingErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingError'] = ResolversParentTypes['ListingError']> = {
  code?: Resolver<ResolversTypes['ListingErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ListingQualityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingQuality'] = ResolversParentTypes['ListingQuality']> = {
  acceptanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declineReasons?: Resolver<Array<ResolversTypes['DeclineReasonCount']>, ParentType, ContextType>;
  declined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListingReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingReview'] = ResolversParentTypes['ListingReview']> = {
  brokerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ReviewDecision'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ListingRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ListingRevision'] = ResolversParentTypes['ListingRevision']> = {
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MatchPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatchPayload'] = ResolversParentTypes['MatchPayload']> = {
  errors?: Resolver<Array<ResolversTypes['BrokeringError']>, ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['MatchProposal']>, ParentType, ContextType>;
};

export type MatchProposalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatchProposal'] = ResolversParentTypes['MatchProposal']> = {
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dismissReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MatchReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = {
  criterion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MonthListingCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MonthListingCount'] = ResolversParentTypes['MonthListingCount']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInterest?: Resolver<ResolversTypes['InterestPayload'], ParentType, ContextType, RequireFields<MutationAcceptInterestArgs, 'input'>>;
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  addCaseDocument?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationAddCaseDocumentArgs, 'input'>>;
  addCaseMeeting?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationAddCaseMeetingArgs, 'input'>>;
  addCaseMessage?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationAddCaseMessageArgs, 'input'>>;
  answerComplaint?: Resolver<ResolversTypes['ComplaintPayload'], ParentType, ContextType, RequireFields<MutationAnswerComplaintArgs, 'input'>>;
  assignCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationAssignCaseArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  closeCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'input'>>;
  createListing?: Resolver<ResolversTypes['CreateListingPayload'], ParentType, ContextType, RequireFields<MutationCreateListingArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['CreateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createSector?: Resolver<ResolversTypes['SectorPayload'], ParentType, ContextType, RequireFields<MutationCreateSectorArgs, 'input'>>;
  declineInterest?: Resolver<ResolversTypes['InterestPayload'], ParentType, ContextType, RequireFields<MutationDeclineInterestArgs, 'input'>>;
  deleteSavedSearch?: Resolver<ResolversTypes['DeleteSavedSearchPayload'], ParentType, ContextType, RequireFields<MutationDeleteSavedSearchArgs, 'input'>>;
  deleteSearchSynonym?: Resolver<ResolversTypes['DeleteSearchSynonymPayload'], ParentType, ContextType, RequireFields<MutationDeleteSearchSynonymArgs, 'input'>>;
  dismissMatch?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationDismissMatchArgs, 'input'>>;
  expressInterest?: Resolver<ResolversTypes['InterestPayload'], ParentType, ContextType, RequireFields<MutationExpressInterestArgs, 'input'>>;
  fileComplaint?: Resolver<ResolversTypes['ComplaintPayload'], ParentType, ContextType, RequireFields<MutationFileComplaintArgs, 'input'>>;
  introduceMatch?: Resolver<ResolversTypes['MatchPayload'], ParentType, ContextType, RequireFields<MutationIntroduceMatchArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  markListingFulfilled?: Resolver<ResolversTypes['ListingActionPayload'], ParentType, ContextType, RequireFields<MutationMarkListingFulfilledArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  moveCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationMoveCaseArgs, 'input'>>;
  openCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'input'>>;
  openCaseFromInterest?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationOpenCaseFromInterestArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishListing?: Resolver<ResolversTypes['ReviewListingPayload'], ParentType, ContextType, RequireFields<MutationPublishListingArgs, 'input'>>;
  rateCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationRateCaseArgs, 'input'>>;
  register?: Resolver<ResolversTypes['RegisterPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  rejectListing?: Resolver<ResolversTypes['ReviewListingPayload'], ParentType, ContextType, RequireFields<MutationRejectListingArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  renewListing?: Resolver<ResolversTypes['ListingActionPayload'], ParentType, ContextType, RequireFields<MutationRenewListingArgs, 'input'>>;
  requestListingChanges?: Resolver<ResolversTypes['ReviewListingPayload'], ParentType, ContextType, RequireFields<MutationRequestListingChangesArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resendVerificationEmail?: Resolver<ResolversTypes['ResendVerificationEmailPayload'], ParentType, ContextType, RequireFields<MutationResendVerificationEmailArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  revokeInvitation?: Resolver<ResolversTypes['RevokeInvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'input'>>;
  saveSearch?: Resolver<ResolversTypes['SaveSearchPayload'], ParentType, ContextType, RequireFields<MutationSaveSearchArgs, 'input'>>;
  saveSearchSynonym?: Resolver<ResolversTypes['SaveSearchSynonymPayload'], ParentType, ContextType, RequireFields<MutationSaveSearchSynonymArgs, 'input'>>;
  setUserRole?: Resolver<ResolversTypes['SetUserRolePayload'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutPayload'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'input'>>;
  submitListing?: Resolver<ResolversTypes['SubmitListingPayload'], ParentType, ContextType, RequireFields<MutationSubmitListingArgs, 'input'>>;
  switchOrganization?: Resolver<ResolversTypes['SwitchOrganizationPayload'], ParentType, ContextType, RequireFields<MutationSwitchOrganizationArgs, 'input'>>;
  updateListing?: Resolver<ResolversTypes['UpdateListingPayload'], ParentType, ContextType, RequireFields<MutationUpdateListingArgs, 'input'>>;
  updateNotificationSettings?: Resolver<ResolversTypes['UpdateNotificationSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateNotificationSettingsArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['UpdateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['UpdateProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateSavedSearch?: Resolver<ResolversTypes['UpdateSavedSearchPayload'], ParentType, ContextType, RequireFields<MutationUpdateSavedSearchArgs, 'input'>>;
  updateSector?: Resolver<ResolversTypes['SectorPayload'], ParentType, ContextType, RequireFields<MutationUpdateSectorArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
  verifyIpRecord?: Resolver<ResolversTypes['ListingActionPayload'], ParentType, ContextType, RequireFields<MutationVerifyIpRecordArgs, 'input'>>;
  verifyOrganization?: Resolver<ResolversTypes['VerifyOrganizationPayload'], ParentType, ContextType, RequireFields<MutationVerifyOrganizationArgs, 'input'>>;
  withdrawInterest?: Resolver<ResolversTypes['InterestPayload'], ParentType, ContextType, RequireFields<MutationWithdrawInterestArgs, 'input'>>;
  withdrawListing?: Resolver<ResolversTypes['ListingActionPayload'], ParentType, ContextType, RequireFields<MutationWithdrawListingArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationError'] = ResolversParentTypes['NotificationError']> = {
  code?: Resolver<ResolversTypes['NotificationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationSettingItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationSettingItem'] = ResolversParentTypes['NotificationSettingItem']> = {
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OnTimeStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnTimeStatistics'] = ResolversParentTypes['OnTimeStatistics']> = {
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openNotLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type PeriodReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeriodReport'] = ResolversParentTypes['PeriodReport']> = {
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['ReportFigure']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['PublicStatistics'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  xlsxUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicStatistics'] = ResolversParentTypes['PublicStatistics']> = {
  byMonth?: Resolver<Array<ResolversTypes['MonthListingCount']>, ParentType, ContextType>;
  bySector?: Resolver<Array<ResolversTypes['SectorListingCount']>, ParentType, ContextType>;
  casesByStage?: Resolver<Array<ResolversTypes['StageCount']>, ParentType, ContextType>;
  casesClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesHandled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['ComplaintStatistics'], ParentType, ContextType>;
  dealsClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dealsValue?: Resolver<ResolversTypes['Dong'], ParentType, ContextType>;
  firstResponse?: Resolver<ResolversTypes['FirstResponseStatistics'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  interestsExpressed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersPublished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['OnTimeStatistics'], ParentType, ContextType>;
  requestsPublished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['SatisfactionStatistics'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  brokerDashboard?: Resolver<ResolversTypes['BrokerDashboard'], ParentType, ContextType>;
  brokers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['BrokeringCase']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  devMailbox?: Resolver<ResolversTypes['DevMailConnection'], ParentType, ContextType, RequireFields<QueryDevMailboxArgs, 'first'>>;
  interest?: Resolver<Maybe<ResolversTypes['Interest']>, ParentType, ContextType, RequireFields<QueryInterestArgs, 'id'>>;
  interests?: Resolver<ResolversTypes['InterestConnection'], ParentType, ContextType, RequireFields<QueryInterestsArgs, 'direction' | 'first'>>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType, Partial<QueryListingArgs>>;
  listingQuality?: Resolver<Maybe<ResolversTypes['ListingQuality']>, ParentType, ContextType, RequireFields<QueryListingQualityArgs, 'listingId'>>;
  listings?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, RequireFields<QueryListingsArgs, 'first'>>;
  matchProposals?: Resolver<Array<ResolversTypes['MatchProposal']>, ParentType, ContextType, RequireFields<QueryMatchProposalsArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  notificationSettings?: Resolver<Array<ResolversTypes['NotificationSettingItem']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  periodReport?: Resolver<ResolversTypes['PeriodReport'], ParentType, ContextType, RequireFields<QueryPeriodReportArgs, 'period'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  publicStatistics?: Resolver<ResolversTypes['PublicStatistics'], ParentType, ContextType>;
  reviewQueue?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
  savedSearches?: Resolver<Array<ResolversTypes['SavedSearch']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'orderBy' | 'page' | 'pageSize'>>;
  searchSynonyms?: Resolver<Array<ResolversTypes['SearchSynonym']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType, RequireFields<QuerySectorsArgs, 'includeInactive'>>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  statisticsRecords?: Resolver<ResolversTypes['StatisticsRecords'], ParentType, ContextType, RequireFields<QueryStatisticsRecordsArgs, 'metric'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type ReportFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportFigure'] = ResolversParentTypes['ReportFigure']> = {
  aggregation?: Resolver<ResolversTypes['StatisticAggregation'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StatisticMetric'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type ReviewListingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewListingPayload'] = ResolversParentTypes['ReviewListingPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
};

export type RevokeInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeInvitationPayload'] = ResolversParentTypes['RevokeInvitationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
};

export type SatisfactionStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SatisfactionStatistics'] = ResolversParentTypes['SatisfactionStatistics']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SaveSearchPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveSearchPayload'] = ResolversParentTypes['SaveSearchPayload']> = {
  errors?: Resolver<Array<ResolversTypes['SavedSearchError']>, ParentType, ContextType>;
  savedSearch?: Resolver<Maybe<ResolversTypes['SavedSearch']>, ParentType, ContextType>;
};

export type SaveSearchSynonymPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveSearchSynonymPayload'] = ResolversParentTypes['SaveSearchSynonymPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  synonym?: Resolver<Maybe<ResolversTypes['SearchSynonym']>, ParentType, ContextType>;
};

export type SavedSearchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedSearch'] = ResolversParentTypes['SavedSearch']> = {
  alerts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAlertAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  where?: Resolver<ResolversTypes['SavedSearchFilters'], ParentType, ContextType>;
};

export type SavedSearchErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedSearchError'] = ResolversParentTypes['SavedSearchError']> = {
  code?: Resolver<ResolversTypes['SavedSearchErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SavedSearchFiltersResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SavedSearchFilters'] = ResolversParentTypes['SavedSearchFilters']> = {
  ipStatus?: Resolver<Array<ResolversTypes['IpStatus']>, ParentType, ContextType>;
  kind?: Resolver<Array<ResolversTypes['ListingKind']>, ParentType, ContextType>;
  maturityStage?: Resolver<Array<ResolversTypes['MaturityStage']>, ParentType, ContextType>;
  organizationType?: Resolver<Array<ResolversTypes['OrganizationType']>, ParentType, ContextType>;
  priceBand?: Resolver<Array<ResolversTypes['PriceBand']>, ParentType, ContextType>;
  province?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  transferForm?: Resolver<Array<ResolversTypes['TransferForm']>, ParentType, ContextType>;
};

export type SearchFacetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchFacet'] = ResolversParentTypes['SearchFacet']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  card?: Resolver<ResolversTypes['ListingCard'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  degraded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['SearchFacet']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searchedWords?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchSynonymResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchSynonym'] = ResolversParentTypes['SearchSynonym']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SectorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Sector'] = ResolversParentTypes['Sector']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SectorListingCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectorListingCount'] = ResolversParentTypes['SectorListingCount']> = {
  offers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
};

export type SectorPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectorPayload'] = ResolversParentTypes['SectorPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
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

export type StageCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StageCount'] = ResolversParentTypes['StageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CaseStage'], ParentType, ContextType>;
};

export type StatisticRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatisticRecord'] = ResolversParentTypes['StatisticRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatisticRecordKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatisticsRecordsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatisticsRecords'] = ResolversParentTypes['StatisticsRecords']> = {
  aggregation?: Resolver<ResolversTypes['StatisticAggregation'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['StatisticMetric'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['StatisticRecord']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SubmitListingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitListingPayload'] = ResolversParentTypes['SubmitListingPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
};

export type SwitchOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SwitchOrganizationPayload'] = ResolversParentTypes['SwitchOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UpdateListingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateListingPayload'] = ResolversParentTypes['UpdateListingPayload']> = {
  errors?: Resolver<Array<ResolversTypes['ListingError']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
};

export type UpdateNotificationSettingsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateNotificationSettingsPayload'] = ResolversParentTypes['UpdateNotificationSettingsPayload']> = {
  errors?: Resolver<Array<ResolversTypes['NotificationError']>, ParentType, ContextType>;
  settings?: Resolver<Maybe<Array<ResolversTypes['NotificationSettingItem']>>, ParentType, ContextType>;
};

export type UpdateOrganizationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateOrganizationPayload'] = ResolversParentTypes['UpdateOrganizationPayload']> = {
  errors?: Resolver<Array<ResolversTypes['OrganizationError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type UpdateProfilePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateProfilePayload'] = ResolversParentTypes['UpdateProfilePayload']> = {
  errors?: Resolver<Array<ResolversTypes['AccountError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UpdateSavedSearchPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateSavedSearchPayload'] = ResolversParentTypes['UpdateSavedSearchPayload']> = {
  errors?: Resolver<Array<ResolversTypes['SavedSearchError']>, ParentType, ContextType>;
  savedSearch?: Resolver<Maybe<ResolversTypes['SavedSearch']>, ParentType, ContextType>;
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
  Agreement?: AgreementResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BrokerDashboard?: BrokerDashboardResolvers<ContextType>;
  BrokeringCase?: BrokeringCaseResolvers<ContextType>;
  BrokeringError?: BrokeringErrorResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CasePayload?: CasePayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintPayload?: ComplaintPayloadResolvers<ContextType>;
  ComplaintStatistics?: ComplaintStatisticsResolvers<ContextType>;
  CreateListingPayload?: CreateListingPayloadResolvers<ContextType>;
  CreateOrganizationPayload?: CreateOrganizationPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeclineReasonCount?: DeclineReasonCountResolvers<ContextType>;
  DeleteSavedSearchPayload?: DeleteSavedSearchPayloadResolvers<ContextType>;
  DeleteSearchSynonymPayload?: DeleteSearchSynonymPayloadResolvers<ContextType>;
  DevMail?: DevMailResolvers<ContextType>;
  DevMailConnection?: DevMailConnectionResolvers<ContextType>;
  DevMailEdge?: DevMailEdgeResolvers<ContextType>;
  Dong?: GraphQLScalarType;
  FacetValue?: FacetValueResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FirstResponseStatistics?: FirstResponseStatisticsResolvers<ContextType>;
  Interest?: InterestResolvers<ContextType>;
  InterestConnection?: InterestConnectionResolvers<ContextType>;
  InterestEdge?: InterestEdgeResolvers<ContextType>;
  InterestPayload?: InterestPayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  IpRecord?: IpRecordResolvers<ContextType>;
  Listing?: ListingResolvers<ContextType>;
  ListingActionPayload?: ListingActionPayloadResolvers<ContextType>;
  ListingCard?: ListingCardResolvers<ContextType>;
  ListingConnection?: ListingConnectionResolvers<ContextType>;
  ListingContact?: ListingContactResolvers<ContextType>;
  ListingContent?: ListingContentResolvers<ContextType>;
  ListingEdge?: ListingEdgeResolvers<ContextType>;
  ListingError?: ListingErrorResolvers<ContextType>;
  ListingQuality?: ListingQualityResolvers<ContextType>;
  ListingReview?: ListingReviewResolvers<ContextType>;
  ListingRevision?: ListingRevisionResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  MatchPayload?: MatchPayloadResolvers<ContextType>;
  MatchProposal?: MatchProposalResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MonthListingCount?: MonthListingCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationError?: NotificationErrorResolvers<ContextType>;
  NotificationSettingItem?: NotificationSettingItemResolvers<ContextType>;
  OnTimeStatistics?: OnTimeStatisticsResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationError?: OrganizationErrorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodReport?: PeriodReportResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  PublicStatistics?: PublicStatisticsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterPayload?: RegisterPayloadResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  ReportFigure?: ReportFigureResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResendVerificationEmailPayload?: ResendVerificationEmailPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  ReviewListingPayload?: ReviewListingPayloadResolvers<ContextType>;
  RevokeInvitationPayload?: RevokeInvitationPayloadResolvers<ContextType>;
  SatisfactionStatistics?: SatisfactionStatisticsResolvers<ContextType>;
  SaveSearchPayload?: SaveSearchPayloadResolvers<ContextType>;
  SaveSearchSynonymPayload?: SaveSearchSynonymPayloadResolvers<ContextType>;
  SavedSearch?: SavedSearchResolvers<ContextType>;
  SavedSearchError?: SavedSearchErrorResolvers<ContextType>;
  SavedSearchFilters?: SavedSearchFiltersResolvers<ContextType>;
  SearchFacet?: SearchFacetResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchSynonym?: SearchSynonymResolvers<ContextType>;
  Sector?: SectorResolvers<ContextType>;
  SectorListingCount?: SectorListingCountResolvers<ContextType>;
  SectorPayload?: SectorPayloadResolvers<ContextType>;
  SetUserRolePayload?: SetUserRolePayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignOutPayload?: SignOutPayloadResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  StageCount?: StageCountResolvers<ContextType>;
  StatisticRecord?: StatisticRecordResolvers<ContextType>;
  StatisticsRecords?: StatisticsRecordsResolvers<ContextType>;
  SubmitListingPayload?: SubmitListingPayloadResolvers<ContextType>;
  SwitchOrganizationPayload?: SwitchOrganizationPayloadResolvers<ContextType>;
  UpdateListingPayload?: UpdateListingPayloadResolvers<ContextType>;
  UpdateNotificationSettingsPayload?: UpdateNotificationSettingsPayloadResolvers<ContextType>;
  UpdateOrganizationPayload?: UpdateOrganizationPayloadResolvers<ContextType>;
  UpdateProfilePayload?: UpdateProfilePayloadResolvers<ContextType>;
  UpdateSavedSearchPayload?: UpdateSavedSearchPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
  VerifyOrganizationPayload?: VerifyOrganizationPayloadResolvers<ContextType>;
};

