import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../platform/database/base';
import { User } from '../account/entities';
import { Organization } from '../organization/entities';

export const LISTING_KINDS = ['OFFER', 'REQUEST'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];
export const LISTING_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'CHANGES_REQUESTED',
  'REJECTED',
  'PUBLISHED',
  'EXPIRED',
  'WITHDRAWN',
  'FULFILLED',
] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
export const PENDING_STATUSES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'] as const;
export type PendingStatus = (typeof PENDING_STATUSES)[number];
export const REVIEW_DECISIONS = ['PUBLISHED', 'CHANGES_REQUESTED', 'REJECTED'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const IP_TYPES = [
  'PATENT',
  'UTILITY_SOLUTION',
  'INDUSTRIAL_DESIGN',
  'PLANT_VARIETY',
  'SOFTWARE_COPYRIGHT',
  'TRADE_SECRET',
] as const;
export type IpType = (typeof IP_TYPES)[number];
export const IP_STATUSES = ['NOT_FILED', 'FILED', 'GRANTED', 'EXPIRED'] as const;
export type IpStatus = (typeof IP_STATUSES)[number];
export const IP_TERRITORIES = ['VN', 'PCT', 'OTHER'] as const;
export type IpTerritory = (typeof IP_TERRITORIES)[number];
export const TRANSFER_FORMS = [
  'ASSIGNMENT',
  'LICENCE',
  'CAPITAL_CONTRIBUTION',
  'JOINT_RND',
  'TECHNICAL_SERVICE',
  'TURNKEY',
  'FRANCHISE',
] as const;
export type TransferForm = (typeof TRANSFER_FORMS)[number];
export const PARTNER_TYPES = [
  'SMALL_BUSINESS',
  'MEDIUM_BUSINESS',
  'LARGE_BUSINESS',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'OTHER',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
export const MATURITY_STAGES = ['IDEA', 'LAB_PROVEN', 'PROTOTYPE', 'PILOTED', 'COMMERCIALISED'] as const;
export type MaturityStage = (typeof MATURITY_STAGES)[number];
export const PRICE_BANDS = [
  'NEGOTIABLE',
  'UNDER_100M',
  'FROM_100M_TO_500M',
  'FROM_500M_TO_2B',
  'OVER_2B',
] as const;
export type PriceBand = (typeof PRICE_BANDS)[number];

export interface IpRecordData {
  id: string;
  type: IpType;
  status: IpStatus;
  number: string;
  /** YYYY-MM-DD */
  date: string | null;
  territory: IpTerritory;
  verified: boolean;
}

export interface ListingDocumentData {
  attachmentId: string;
  confidential: boolean;
}

/** Everything an owner writes. Stored as JSON: the live content, pending changes and every revision. */
export interface ListingContentData {
  title: string;
  summary: string;
  description: string;
  advantages: string;
  specification: string;
  expectedResult: string;
  confidentialDetail: string;
  testResults: string;
  sectorIds: string[];
  keywords: string[];
  partnerTypes: PartnerType[];
  partnerRole: string;
  trl: number | null;
  ipRecords: IpRecordData[];
  transferForms: TransferForm[];
  priceNegotiable: boolean;
  priceMin: number | null;
  priceMax: number | null;
  provinceCode: string | null;
  languages: string[];
  imageIds: string[];
  documents: ListingDocumentData[];
  /** YYYY-MM-DD */
  deadline: string | null;
  openForInterest: boolean;
  anonymous: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export function emptyContent(): ListingContentData {
  return {
    title: '',
    summary: '',
    description: '',
    advantages: '',
    specification: '',
    expectedResult: '',
    confidentialDetail: '',
    testResults: '',
    sectorIds: [],
    keywords: [],
    partnerTypes: [],
    partnerRole: '',
    trl: null,
    ipRecords: [],
    transferForms: [],
    priceNegotiable: true,
    priceMin: null,
    priceMax: null,
    provinceCode: null,
    languages: ['vi'],
    imageIds: [],
    documents: [],
    deadline: null,
    openForInterest: true,
    anonymous: false,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

/**
 * A technology offer or request. `content` is what the public sees once published (for a listing never
 * published: the working draft); edits to a published listing wait in `pendingContent` until approved.
 * Two people may edit it: versioned.
 */
export class Listing extends BaseEntity {
  kind: ListingKind;
  status: ListingStatus & Opt = 'DRAFT';
  slug: string;
  organization: Ref<Organization>;
  createdBy: Ref<User>;
  content: ListingContentData;
  pendingContent?: ListingContentData | null = null;
  pendingStatus?: PendingStatus | null = null;
  submittedAt?: Date | null = null;
  publishedAt?: Date | null = null;
  expiresAt?: Date | null = null;
  lastConfirmedAt?: Date | null = null;
  expiryReminderSentAt?: Date | null = null;
  /** Unaccented lower-case text of the public content: the PostgreSQL fallback when search is down. */
  searchText: string & Opt = '';
  version: number & Opt = 1;

  constructor(
    kind: ListingKind,
    slug: string,
    organization: Ref<Organization>,
    createdBy: Ref<User>,
    content: ListingContentData,
  ) {
    super();
    this.kind = kind;
    this.slug = slug;
    this.organization = organization;
    this.createdBy = createdBy;
    this.content = content;
  }
}

export const ListingSchema = new EntitySchema<Listing, BaseEntity>({
  class: Listing,
  extends: BaseEntitySchema,
  tableName: 'listings',
  indexes: [
    { properties: ['status', 'updatedAt'] },
    { properties: ['organization', 'updatedAt'] },
    { properties: ['pendingStatus'] },
    { properties: ['expiresAt'] },
    { properties: ['publishedAt'] },
  ],
  properties: {
    kind: { enum: true, items: () => [...LISTING_KINDS], index: true },
    status: { enum: true, items: () => [...LISTING_STATUSES] },
    slug: { type: 'string', length: 300, unique: true },
    organization: { kind: 'm:1', entity: () => Organization, ref: true, deleteRule: 'cascade' },
    createdBy: { kind: 'm:1', entity: () => User, ref: true, index: true },
    content: { type: 'json' },
    pendingContent: { type: 'json', nullable: true },
    pendingStatus: { enum: true, items: () => [...PENDING_STATUSES], nullable: true },
    submittedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    publishedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    expiresAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    lastConfirmedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    expiryReminderSentAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    // Only the PostgreSQL fallback search filters on it: never loaded with the listing.
    searchText: { type: 'text', lazy: true },
    version: { type: 'integer', version: true },
  },
});

/** One field's change, values as display text. */
export interface FieldChangeData {
  field: string;
  before: string | null;
  after: string | null;
}

/** Every save of a listing: who, when, what changed, and the content after it. Never updated. */
export class ListingRevision {
  id: string = randomUUID();
  listing: Ref<Listing>;
  version: number;
  author: Ref<User>;
  changes: FieldChangeData[];
  snapshot: ListingContentData;
  createdAt: Date & Opt = new Date();

  constructor(
    listing: Ref<Listing>,
    version: number,
    author: Ref<User>,
    changes: FieldChangeData[],
    snapshot: ListingContentData,
  ) {
    this.listing = listing;
    this.version = version;
    this.author = author;
    this.changes = changes;
    this.snapshot = snapshot;
  }
}

export const ListingRevisionSchema = new EntitySchema<ListingRevision>({
  class: ListingRevision,
  tableName: 'listing_revisions',
  indexes: [{ properties: ['listing', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    listing: { kind: 'm:1', entity: () => Listing, ref: true, deleteRule: 'cascade' },
    version: { type: 'integer' },
    author: { kind: 'm:1', entity: () => User, ref: true, index: true },
    changes: { type: 'json' },
    snapshot: { type: 'json' },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});

/** A broker's decision with the reason the owner sees. */
export class ListingReview {
  id: string = randomUUID();
  listing: Ref<Listing>;
  decision: ReviewDecision;
  reason: string;
  broker: Ref<User>;
  createdAt: Date & Opt = new Date();

  constructor(listing: Ref<Listing>, decision: ReviewDecision, reason: string, broker: Ref<User>) {
    this.listing = listing;
    this.decision = decision;
    this.reason = reason;
    this.broker = broker;
  }
}

export const ListingReviewSchema = new EntitySchema<ListingReview>({
  class: ListingReview,
  tableName: 'listing_reviews',
  indexes: [{ properties: ['listing', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    listing: { kind: 'm:1', entity: () => Listing, ref: true, deleteRule: 'cascade' },
    decision: { enum: true, items: () => [...REVIEW_DECISIONS] },
    reason: { type: 'text' },
    broker: { kind: 'm:1', entity: () => User, ref: true, index: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});

/** A sector of the department's taxonomy, with labels in both languages. */
export class Sector {
  id: string = randomUUID();
  code: string;
  labelVi: string;
  labelEn: string;
  position: number;
  active: boolean & Opt = true;

  constructor(code: string, labelVi: string, labelEn: string, position: number) {
    this.code = code;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.position = position;
  }
}

export const SectorSchema = new EntitySchema<Sector>({
  class: Sector,
  tableName: 'sectors',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'string', length: 64, unique: true },
    labelVi: { type: 'string', length: 128 },
    labelEn: { type: 'string', length: 128 },
    position: { type: 'integer', index: true },
    active: { type: 'boolean' },
  },
});
