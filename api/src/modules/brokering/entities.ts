import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../platform/database/base';
import { User } from '../account/entities';
import { Organization } from '../organization/entities';
import { Listing, TRANSFER_FORMS, type TransferForm } from '../listing/entities';
import { Attachment } from '../attachment/entities';

export const INTEREST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];
export const INTEREST_TIMELINES = [
  'WITHIN_3_MONTHS',
  'WITHIN_6_MONTHS',
  'WITHIN_12_MONTHS',
  'LATER',
] as const;
export type InterestTimeline = (typeof INTEREST_TIMELINES)[number];
export const DECLINE_REASONS = [
  'TOO_EARLY',
  'BENEFIT_UNCLEAR',
  'PRICE',
  'NOT_OUR_FIELD',
  'ALREADY_IN_TALKS',
  'OTHER',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** An organisation tells a listing's owner "we are interested". */
export class Interest extends BaseEntity {
  listing: Ref<Listing>;
  organization: Ref<Organization>;
  sender: Ref<User>;
  whoWeAre: string;
  intendedUse: string;
  timeline: InterestTimeline;
  message: string & Opt = '';
  status: InterestStatus & Opt = 'PENDING';
  declineReason?: DeclineReason | null = null;
  declineText?: string | null = null;
  answeredAt?: Date | null = null;
  answeredBy?: Ref<User> | null = null;
  reminderSentAt?: Date | null = null;
  brokerAlertedAt?: Date | null = null;

  constructor(
    listing: Ref<Listing>,
    organization: Ref<Organization>,
    sender: Ref<User>,
    whoWeAre: string,
    intendedUse: string,
    timeline: InterestTimeline,
  ) {
    super();
    this.listing = listing;
    this.organization = organization;
    this.sender = sender;
    this.whoWeAre = whoWeAre;
    this.intendedUse = intendedUse;
    this.timeline = timeline;
  }
}

export const InterestSchema = new EntitySchema<Interest, BaseEntity>({
  class: Interest,
  extends: BaseEntitySchema,
  tableName: 'interests',
  indexes: [
    { properties: ['listing', 'status'] },
    { properties: ['organization', 'createdAt'] },
    { properties: ['status', 'createdAt'] },
    { properties: ['createdAt'] },
  ],
  properties: {
    listing: { kind: 'm:1', entity: () => Listing, ref: true, deleteRule: 'cascade' },
    organization: { kind: 'm:1', entity: () => Organization, ref: true, deleteRule: 'cascade' },
    sender: { kind: 'm:1', entity: () => User, ref: true, index: true },
    whoWeAre: { type: 'text' },
    intendedUse: { type: 'text' },
    timeline: { enum: true, items: () => [...INTEREST_TIMELINES] },
    message: { type: 'text' },
    status: { enum: true, items: () => [...INTEREST_STATUSES] },
    declineReason: { enum: true, items: () => [...DECLINE_REASONS], nullable: true },
    declineText: { type: 'text', nullable: true },
    answeredAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    answeredBy: { kind: 'm:1', entity: () => User, ref: true, nullable: true, deleteRule: 'set null' },
    reminderSentAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    brokerAlertedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

/** Page views of a listing per day, by people outside its owner organisation. */
export class ListingViewCount {
  listingId: string;
  day: string;
  count: number & Opt = 0;

  constructor(listingId: string, day: string) {
    this.listingId = listingId;
    this.day = day;
  }
}

export const ListingViewCountSchema = new EntitySchema<ListingViewCount>({
  class: ListingViewCount,
  tableName: 'listing_view_counts',
  properties: {
    listingId: { type: 'uuid', primary: true },
    day: { type: 'date', primary: true },
    count: { type: 'integer' },
  },
});

export const CASE_STAGES = [
  'RECEIVED',
  'SCREENING',
  'MATCHING',
  'INTRODUCED',
  'NEGOTIATING',
  'AGREED',
  'CLOSED',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const CASE_OUTCOMES = ['DEAL', 'NO_DEAL', 'WITHDRAWN'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const CASE_EVENT_KINDS = [
  'OPENED',
  'STAGE_CHANGED',
  'ASSIGNED',
  'MESSAGE',
  'INTERNAL_NOTE',
  'DOCUMENT',
  'MEETING',
  'INTRODUCTION',
  'CLOSED',
  'RATED',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
export const CASE_DOCUMENT_TYPES = ['NDA', 'TERM_SHEET', 'CONTRACT', 'OTHER'] as const;
export type CaseDocumentType = (typeof CASE_DOCUMENT_TYPES)[number];

/** A brokering case (hồ sơ môi giới), with its clock. Brokers and parties edit it: versioned. */
export class BrokeringCase extends BaseEntity {
  number: string;
  title: string;
  need: string;
  requester: Ref<Organization>;
  requestedBy: Ref<User>;
  listing?: Ref<Listing> | null = null;
  /** Counterpart organisations introduced into the case. */
  counterpartIds: string[] & Opt = [];
  stage: CaseStage & Opt = 'RECEIVED';
  outcome?: CaseOutcome | null = null;
  assignee?: Ref<User> | null = null;
  stageStartedAt: Date & Opt = new Date();
  dueAt?: Date | null = null;
  openedAt: Date & Opt = new Date();
  closedAt?: Date | null = null;
  /** When the first broker action after opening happened: "days to first response". */
  firstResponseAt?: Date | null = null;
  agreementType?: TransferForm | null = null;
  agreementValue?: string | null = null;
  agreementDate?: string | null = null;
  contractRegistered?: boolean | null = null;
  rating?: number | null = null;
  ratingComment?: string | null = null;
  ratedAt?: Date | null = null;
  version: number & Opt = 1;

  constructor(
    number: string,
    title: string,
    need: string,
    requester: Ref<Organization>,
    requestedBy: Ref<User>,
  ) {
    super();
    this.number = number;
    this.title = title;
    this.need = need;
    this.requester = requester;
    this.requestedBy = requestedBy;
  }
}

export const BrokeringCaseSchema = new EntitySchema<BrokeringCase, BaseEntity>({
  class: BrokeringCase,
  extends: BaseEntitySchema,
  tableName: 'brokering_cases',
  indexes: [
    { properties: ['stage', 'dueAt'] },
    { properties: ['assignee', 'stage'] },
    { properties: ['openedAt'] },
    { properties: ['closedAt'] },
  ],
  properties: {
    number: { type: 'string', length: 32, unique: true },
    title: { type: 'string', length: 256 },
    need: { type: 'text' },
    requester: { kind: 'm:1', entity: () => Organization, ref: true, index: true, deleteRule: 'cascade' },
    requestedBy: { kind: 'm:1', entity: () => User, ref: true },
    listing: {
      kind: 'm:1',
      entity: () => Listing,
      ref: true,
      nullable: true,
      index: true,
      deleteRule: 'set null',
    },
    counterpartIds: { type: 'json' },
    stage: { enum: true, items: () => [...CASE_STAGES] },
    outcome: { enum: true, items: () => [...CASE_OUTCOMES], nullable: true },
    assignee: { kind: 'm:1', entity: () => User, ref: true, nullable: true, deleteRule: 'set null' },
    stageStartedAt: { type: 'Date', columnType: 'timestamptz' },
    dueAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    openedAt: { type: 'Date', columnType: 'timestamptz' },
    closedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    firstResponseAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    agreementType: { enum: true, items: () => [...TRANSFER_FORMS], nullable: true },
    agreementValue: { type: 'bigint', nullable: true },
    agreementDate: { type: 'date', nullable: true },
    contractRegistered: { type: 'boolean', nullable: true },
    rating: { type: 'smallint', nullable: true },
    ratingComment: { type: 'text', nullable: true },
    ratedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    version: { type: 'integer', version: true },
  },
});

/** One entry of a case timeline. Internal notes are never shown to parties. Never updated. */
export class CaseEvent {
  id: string = randomUUID();
  case: Ref<BrokeringCase>;
  kind: CaseEventKind;
  author?: Ref<User> | null;
  text: string;
  internal: boolean & Opt = false;
  fromStage?: CaseStage | null = null;
  toStage?: CaseStage | null = null;
  document?: Ref<Attachment> | null = null;
  documentType?: CaseDocumentType | null = null;
  meetingAt?: Date | null = null;
  meetingPlace?: string | null = null;
  createdAt: Date & Opt = new Date();

  constructor(c: Ref<BrokeringCase>, kind: CaseEventKind, author: Ref<User> | null, text: string) {
    this.case = c;
    this.kind = kind;
    this.author = author;
    this.text = text;
  }
}

export const CaseEventSchema = new EntitySchema<CaseEvent>({
  class: CaseEvent,
  tableName: 'case_events',
  indexes: [{ properties: ['case', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    case: { kind: 'm:1', entity: () => BrokeringCase, ref: true, deleteRule: 'cascade' },
    kind: { enum: true, items: () => [...CASE_EVENT_KINDS] },
    author: { kind: 'm:1', entity: () => User, ref: true, nullable: true, deleteRule: 'set null' },
    text: { type: 'text' },
    internal: { type: 'boolean' },
    fromStage: { enum: true, items: () => [...CASE_STAGES], nullable: true },
    toStage: { enum: true, items: () => [...CASE_STAGES], nullable: true },
    document: { kind: 'm:1', entity: () => Attachment, ref: true, nullable: true, deleteRule: 'set null' },
    documentType: { enum: true, items: () => [...CASE_DOCUMENT_TYPES], nullable: true },
    meetingAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    meetingPlace: { type: 'string', length: 256, nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});

/** A complaint with its own deadline and answer. */
export class Complaint extends BaseEntity {
  case?: Ref<BrokeringCase> | null = null;
  organization: Ref<Organization>;
  author: Ref<User>;
  text: string;
  dueAt: Date;
  answer?: string | null = null;
  answeredBy?: Ref<User> | null = null;
  answeredAt?: Date | null = null;

  constructor(organization: Ref<Organization>, author: Ref<User>, text: string, dueAt: Date) {
    super();
    this.organization = organization;
    this.author = author;
    this.text = text;
    this.dueAt = dueAt;
  }
}

export const ComplaintSchema = new EntitySchema<Complaint, BaseEntity>({
  class: Complaint,
  extends: BaseEntitySchema,
  tableName: 'complaints',
  indexes: [{ properties: ['answeredAt', 'dueAt'] }, { properties: ['createdAt'] }],
  properties: {
    case: {
      kind: 'm:1',
      entity: () => BrokeringCase,
      ref: true,
      nullable: true,
      index: true,
      deleteRule: 'set null',
    },
    organization: { kind: 'm:1', entity: () => Organization, ref: true, index: true, deleteRule: 'cascade' },
    author: { kind: 'm:1', entity: () => User, ref: true },
    text: { type: 'text' },
    dueAt: { type: 'Date', columnType: 'timestamptz' },
    answer: { type: 'text', nullable: true },
    answeredBy: { kind: 'm:1', entity: () => User, ref: true, nullable: true, deleteRule: 'set null' },
    answeredAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
