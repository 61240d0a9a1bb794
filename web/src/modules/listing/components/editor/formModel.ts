import type { TFunction } from 'i18next';
import type {
  IpStatus,
  IpTerritory,
  IpType,
  ListingContentInput,
  ListingEditor_ContentFragment,
  ListingKind,
  PartnerType,
  TransferForm,
} from '../../../../generated/graphql';
import { LIMITS } from '../../model';

export interface IpRecordValue {
  /** A key for React lists; stable while the row lives. */
  key: string;
  /** The API's id of an existing record; null for a new row. */
  id: string | null;
  type: IpType;
  status: IpStatus;
  number: string;
  date: string;
  territory: IpTerritory;
  verified: boolean;
}

export interface ImageValue {
  id: string;
  fileName: string;
  url: string;
  thumbnailUrl: string | null;
}

export interface DocumentValue {
  id: string;
  fileName: string;
  byteSize: number;
  url: string;
  confidential: boolean;
}

// A type alias (not an interface) so that it fits Mantine form's `Record<string, unknown>` values.
export type ListingFormValues = {
  title: string;
  summary: string;
  description: string;
  sectorIds: string[];
  keywords: string[];
  trl: string;
  partnerTypes: PartnerType[];
  partnerRole: string;
  advantages: string;
  ipRecords: IpRecordValue[];
  specification: string;
  expectedResult: string;
  deadline: string;
  transferForms: TransferForm[];
  priceNegotiable: boolean;
  priceMin: number | string;
  priceMax: number | string;
  provinceCode: string;
  languages: string[];
  openForInterest: boolean;
  anonymous: boolean;
  confidentialDetail: string;
  testResults: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  images: ImageValue[];
  documents: DocumentValue[];
};

export type FieldName = keyof ListingFormValues;

/** The steps of the guided form, and the fields each one holds. */
export const STEPS = [
  { key: 'basics', fields: ['title', 'summary', 'description'] },
  { key: 'classification', fields: ['sectorIds', 'keywords', 'trl', 'partnerTypes', 'partnerRole'] },
  {
    key: 'details',
    fields: ['advantages', 'ipRecords', 'specification', 'expectedResult', 'deadline'],
  },
  {
    key: 'commercial',
    fields: [
      'transferForms',
      'priceNegotiable',
      'priceMin',
      'priceMax',
      'provinceCode',
      'languages',
      'openForInterest',
      'anonymous',
    ],
  },
  {
    key: 'confidential',
    fields: ['confidentialDetail', 'testResults', 'contactName', 'contactEmail', 'contactPhone'],
  },
  { key: 'files', fields: ['images', 'documents'] },
  { key: 'preview', fields: [] },
] as const satisfies readonly { key: string; fields: readonly FieldName[] }[];

export type StepKey = (typeof STEPS)[number]['key'];

/** The step that holds a field (an API field name or a form path such as `ipRecords.0.number`). */
export function stepOfField(field: string): number {
  const name = formFieldOf(field).split('.')[0];
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(name));
  return index === -1 ? 0 : index;
}

/** The API names a few inputs differently from the form. */
export function formFieldOf(apiField: string): string {
  const field = apiField.replace(/^input\./, '').replace(/^content\./, '');
  if (field === 'imageIds' || field.startsWith('imageIds.')) return 'images';
  return field;
}

let keySeq = 0;
export const newKey = () => `ip-${Date.now().toString(36)}-${(keySeq++).toString(36)}`;

export function emptyValues(defaults: Partial<ListingFormValues> = {}): ListingFormValues {
  return {
    title: '',
    summary: '',
    description: '',
    sectorIds: [],
    keywords: [],
    trl: '',
    partnerTypes: [],
    partnerRole: '',
    advantages: '',
    ipRecords: [],
    specification: '',
    expectedResult: '',
    deadline: '',
    transferForms: [],
    priceNegotiable: true,
    priceMin: '',
    priceMax: '',
    provinceCode: '',
    languages: ['vi'],
    openForInterest: true,
    anonymous: false,
    confidentialDetail: '',
    testResults: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    images: [],
    documents: [],
    ...defaults,
  };
}

/** The form's values from a saved listing's content (the pending changes when there are some). */
export function valuesFromContent(
  content: ListingEditor_ContentFragment,
  listing: { anonymous: boolean; contact?: { name: string; email: string; phone: string } | null },
): ListingFormValues {
  return {
    title: content.title,
    summary: content.summary,
    description: content.description,
    sectorIds: content.sectors.map((sector) => sector.id),
    keywords: [...content.keywords],
    trl: content.trl == null ? '' : String(content.trl),
    partnerTypes: [...content.partnerTypes],
    partnerRole: content.partnerRole,
    advantages: content.advantages,
    ipRecords: content.ipRecords.map((record) => ({
      key: record.id,
      id: record.id,
      type: record.type,
      status: record.status,
      number: record.number,
      date: record.date ?? '',
      territory: record.territory,
      verified: record.verified,
    })),
    specification: content.specification,
    expectedResult: content.expectedResult,
    deadline: content.deadline ?? '',
    transferForms: [...content.transferForms],
    priceNegotiable: content.priceNegotiable,
    priceMin: content.priceMin ?? '',
    priceMax: content.priceMax ?? '',
    provinceCode: content.province?.code ?? '',
    languages: [...content.languages],
    openForInterest: content.openForInterest,
    anonymous: listing.anonymous,
    confidentialDetail: content.confidentialDetail ?? '',
    testResults: content.testResults ?? '',
    contactName: listing.contact?.name ?? '',
    contactEmail: listing.contact?.email ?? '',
    contactPhone: listing.contact?.phone ?? '',
    images: content.images.map((image) => ({
      id: image.id,
      fileName: image.fileName,
      url: image.url,
      thumbnailUrl: image.thumbnailUrl ?? null,
    })),
    documents: content.documents.map((document) => ({
      id: document.id,
      fileName: document.fileName,
      byteSize: document.byteSize,
      url: document.url,
      confidential: document.confidential,
    })),
  };
}

const amount = (value: number | string): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;

/**
 * Everything the form holds, as the API's content input. Only the kind's own fields are sent; texts are
 * trimmed; empty optional values are sent as empty (so that clearing a field clears it).
 */
export function contentInputOf(values: ListingFormValues, kind: ListingKind): ListingContentInput {
  const negotiable = values.priceNegotiable;
  const input: ListingContentInput = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    sectorIds: values.sectorIds,
    keywords: values.keywords.map((k) => k.trim()).filter(Boolean),
    trl: values.trl ? Number(values.trl) : null,
    partnerTypes: values.partnerTypes,
    partnerRole: values.partnerRole.trim(),
    transferForms: values.transferForms,
    priceNegotiable: negotiable,
    priceMin: negotiable ? null : amount(values.priceMin),
    priceMax: negotiable ? null : amount(values.priceMax),
    provinceCode: values.provinceCode,
    languages: values.languages,
    openForInterest: values.openForInterest,
    anonymous: values.anonymous,
    confidentialDetail: values.confidentialDetail.trim(),
    testResults: values.testResults.trim(),
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    contactPhone: values.contactPhone.trim(),
    imageIds: values.images.map((image) => image.id),
    documents: values.documents.map((document) => ({
      attachmentId: document.id,
      confidential: document.confidential,
    })),
  };
  if (kind === 'OFFER') {
    input.advantages = values.advantages.trim();
    input.ipRecords = values.ipRecords.map((record) => ({
      ...(record.id ? { id: record.id } : {}),
      type: record.type,
      status: record.status,
      number: record.number.trim(),
      date: record.date || null,
      territory: record.territory,
    }));
  } else {
    input.specification = values.specification.trim();
    input.expectedResult = values.expectedResult.trim();
    input.deadline = values.deadline || null;
  }
  return input;
}

/** The fields of `next` that differ from `saved`: what a save has to send. */
export function changedInput(
  saved: ListingContentInput | null,
  next: ListingContentInput,
): ListingContentInput {
  if (!saved) return next;
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify((saved as Record<string, unknown>)[key])) {
      patch[key] = value;
    }
  }
  return patch as ListingContentInput;
}

const TEXT_LIMITS = {
  title: LIMITS.title,
  summary: LIMITS.summary,
  description: LIMITS.description,
  advantages: LIMITS.advantages,
  specification: LIMITS.specification,
  expectedResult: LIMITS.expectedResult,
  confidentialDetail: LIMITS.confidentialDetail,
  testResults: LIMITS.testResults,
  partnerRole: LIMITS.partnerRole,
  contactName: LIMITS.contactName,
  contactPhone: LIMITS.contactPhone,
} as const satisfies Partial<Record<FieldName, number>>;

export type FieldErrors = Partial<Record<string, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+().\s-]*$/;

/**
 * What no save would accept (too long, too many, malformed), each message naming the field. Checked as
 * the author types, before every autosave.
 */
export function limitErrors(values: ListingFormValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const label = (field: string) => t(`listing.fields.${field}` as 'listing.fields.title');
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const length = (values[field as FieldName] as string).trim().length;
    if (length > max) {
      errors[field] = t('listing.validation.tooLong', { field: label(field), max, count: length });
    }
  }
  if (values.keywords.length > LIMITS.keywords) {
    errors.keywords = t('listing.validation.tooMany', { field: label('keywords'), max: LIMITS.keywords });
  } else if (values.keywords.some((keyword) => keyword.trim().length > LIMITS.keyword)) {
    errors.keywords = t('listing.validation.keywordTooLong', { max: LIMITS.keyword });
  }
  values.ipRecords.forEach((record, index) => {
    if (record.number.trim().length > LIMITS.ipNumber) {
      errors[`ipRecords.${index}.number`] = t('listing.validation.tooLong', {
        field: t('listing.ip.number'),
        max: LIMITS.ipNumber,
        count: record.number.trim().length,
      });
    }
  });
  const min = amount(values.priceMin);
  const max = amount(values.priceMax);
  if (!values.priceNegotiable && min != null && max != null && max < min) {
    errors.priceMax = t('listing.validation.priceRange');
  }
  if (values.contactEmail.trim() && !EMAIL.test(values.contactEmail.trim())) {
    errors.contactEmail = t('listing.validation.email', { field: label('contactEmail') });
  }
  if (!PHONE.test(values.contactPhone)) {
    errors.contactPhone = t('listing.validation.phone', { field: label('contactPhone') });
  }
  return errors;
}

/** What must be filled before the department can review it (mirrors the API's check on submit). */
export function missingErrors(values: ListingFormValues, kind: ListingKind, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const label = (field: string) => t(`listing.fields.${field}` as 'listing.fields.title');
  const required = (field: FieldName, filled: boolean, key: 'required' | 'requiredChoice' = 'required') => {
    if (!filled) errors[field] = t(`listing.validation.${key}`, { field: label(field) });
  };
  required('title', values.title.trim() !== '');
  required('summary', values.summary.trim() !== '');
  required('description', values.description.trim() !== '');
  required('sectorIds', values.sectorIds.length > 0, 'requiredChoice');
  required('trl', values.trl !== '', 'requiredChoice');
  required('transferForms', values.transferForms.length > 0, 'requiredChoice');
  required('provinceCode', values.provinceCode !== '', 'requiredChoice');
  if (kind === 'REQUEST') required('specification', values.specification.trim() !== '');
  if (!values.priceNegotiable) required('priceMin', amount(values.priceMin) != null);
  required('contactName', values.contactName.trim() !== '');
  required('contactEmail', values.contactEmail.trim() !== '');
  return errors;
}
