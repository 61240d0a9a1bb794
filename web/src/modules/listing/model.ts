import type {
  IpStatus,
  IpTerritory,
  IpType,
  ListingKind,
  ListingStatus,
  MaturityStage,
  PartnerType,
  TransferForm,
} from '../../generated/graphql';

/** Hard limits from the SDL's descriptions (schema/listing.graphql), shown to authors as they type. */
export const LIMITS = {
  title: 256,
  summary: 500,
  description: 4000,
  advantages: 2000,
  specification: 2000,
  expectedResult: 2000,
  confidentialDetail: 4000,
  testResults: 2000,
  partnerRole: 500,
  keywords: 5,
  keyword: 50,
  ipRecords: 20,
  ipNumber: 64,
  images: 10,
  documents: 10,
  contactName: 256,
  contactPhone: 32,
  reason: 2000,
} as const;

export const LISTING_KINDS: ListingKind[] = ['OFFER', 'REQUEST'];

export const TRANSFER_FORMS: TransferForm[] = [
  'ASSIGNMENT',
  'LICENCE',
  'CAPITAL_CONTRIBUTION',
  'JOINT_RND',
  'TECHNICAL_SERVICE',
  'TURNKEY',
  'FRANCHISE',
];

export const PARTNER_TYPES: PartnerType[] = [
  'SMALL_BUSINESS',
  'MEDIUM_BUSINESS',
  'LARGE_BUSINESS',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'OTHER',
];

export const IP_TYPES: IpType[] = [
  'PATENT',
  'UTILITY_SOLUTION',
  'INDUSTRIAL_DESIGN',
  'PLANT_VARIETY',
  'SOFTWARE_COPYRIGHT',
  'TRADE_SECRET',
];
export const IP_STATUSES: IpStatus[] = ['NOT_FILED', 'FILED', 'GRANTED', 'EXPIRED'];
export const IP_TERRITORIES: IpTerritory[] = ['VN', 'PCT', 'OTHER'];

/** Languages documentation may come in (ISO 639-1), the most likely first. */
export const DOCUMENT_LANGUAGES = ['vi', 'en', 'zh', 'ja', 'ko', 'fr', 'de', 'ru'] as const;

export const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** The stage a technology readiness level falls in (as the API computes it). */
export function maturityStageOf(trl: number): MaturityStage {
  if (trl <= 2) return 'IDEA';
  if (trl <= 4) return 'LAB_PROVEN';
  if (trl <= 6) return 'PROTOTYPE';
  if (trl <= 8) return 'PILOTED';
  return 'COMMERCIALISED';
}

/** Statuses in which the owner can still send the listing (or its changes) to the department. */
export const SUBMITTABLE: ListingStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

/** The public address of a listing. */
export const listingPath = (slug: string) => `/cong-nghe/${encodeURIComponent(slug)}`;
export const editListingPath = (id: string) => `/dang-tin/${encodeURIComponent(id)}/sua`;
export const reviewListingPath = (id: string) => `/quan-tri/duyet-tin/${encodeURIComponent(id)}`;
