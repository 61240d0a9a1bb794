import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import type { T } from '../../platform/i18n';
import { fieldError, type InputError } from '../../platform/validation';
import {
  IP_STATUSES,
  IP_TERRITORIES,
  IP_TYPES,
  PARTNER_TYPES,
  TRANSFER_FORMS,
  type Listing,
  type ListingContentData,
  type MaturityStage,
  type PriceBand,
} from './entities';

/** Hard limits, shown to authors as they type (the web form reads the same numbers from the SDL docs). */
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
  languages: 10,
} as const;

/** What a GraphQL `ListingContent` resolves from: the content and whose listing it is. */
export interface ContentView {
  listing: Listing;
  data: ListingContentData;
}

const text = (max: number) => z.string().trim().max(max);
const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()));
const dong = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Every field optional: a save changes only what it sends. */
export const contentInputSchema = z.object({
  title: text(LIMITS.title).nullish(),
  summary: text(LIMITS.summary).nullish(),
  description: text(LIMITS.description).nullish(),
  advantages: text(LIMITS.advantages).nullish(),
  specification: text(LIMITS.specification).nullish(),
  expectedResult: text(LIMITS.expectedResult).nullish(),
  confidentialDetail: text(LIMITS.confidentialDetail).nullish(),
  testResults: text(LIMITS.testResults).nullish(),
  sectorIds: z.array(z.uuid()).max(20).nullish(),
  keywords: z.array(z.string().trim().min(1).max(LIMITS.keyword)).nullish(),
  partnerTypes: z.array(z.enum(PARTNER_TYPES)).nullish(),
  partnerRole: text(LIMITS.partnerRole).nullish(),
  trl: z.number().int().min(1).max(9).nullish(),
  ipRecords: z
    .array(
      z.object({
        id: z.uuid().nullish(),
        type: z.enum(IP_TYPES),
        status: z.enum(IP_STATUSES),
        number: text(LIMITS.ipNumber).nullish(),
        date: isoDate().nullish(),
        territory: z.enum(IP_TERRITORIES),
      }),
    )
    .nullish(),
  transferForms: z.array(z.enum(TRANSFER_FORMS)).nullish(),
  priceNegotiable: z.boolean().nullish(),
  priceMin: dong().nullish(),
  priceMax: dong().nullish(),
  provinceCode: z.string().trim().max(64).nullish(),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/))
    .max(LIMITS.languages)
    .nullish(),
  imageIds: z.array(z.uuid()).nullish(),
  documents: z.array(z.object({ attachmentId: z.uuid(), confidential: z.boolean() })).nullish(),
  deadline: isoDate().nullish(),
  openForInterest: z.boolean().nullish(),
  anonymous: z.boolean().nullish(),
  contactName: text(LIMITS.contactName).nullish(),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .refine((v) => v === '' || z.email().safeParse(v).success)
    .nullish(),
  contactPhone: z
    .string()
    .trim()
    .max(LIMITS.contactPhone)
    .regex(/^[0-9+().\s-]*$/)
    .nullish(),
});
export type ContentInput = z.output<typeof contentInputSchema>;

/** Counts that zod does not phrase well: too many keywords, images, documents, IP records. */
export function countErrors(t: T, input: ContentInput): InputError<'TOO_MANY' | 'INVALID'>[] {
  const errors: InputError<'TOO_MANY' | 'INVALID'>[] = [];
  const tooMany = (field: string, n: number | undefined, max: number) => {
    if ((n ?? 0) > max) errors.push(fieldError(t, field, 'TOO_MANY', 'TOO_MANY', { max }));
  };
  tooMany('keywords', input.keywords?.length, LIMITS.keywords);
  tooMany('ipRecords', input.ipRecords?.length, LIMITS.ipRecords);
  tooMany('imageIds', input.imageIds?.length, LIMITS.images);
  tooMany('documents', input.documents?.length, LIMITS.documents);
  if (input.priceMin != null && input.priceMax != null && input.priceMax < input.priceMin) {
    errors.push(fieldError(t, 'priceMax', 'INVALID', 'PRICE_RANGE'));
  }
  return errors;
}

/** Applies the fields a save sends onto a copy of the content. */
export function applyInput(base: ListingContentData, input: ContentInput): ListingContentData {
  const next: ListingContentData = structuredClone(base);
  const set = <K extends keyof ListingContentData>(
    key: K,
    value: ListingContentData[K] | undefined | null,
  ) => {
    if (value !== undefined && value !== null) next[key] = value;
  };
  set('title', input.title);
  set('summary', input.summary);
  set('description', input.description);
  set('advantages', input.advantages);
  set('specification', input.specification);
  set('expectedResult', input.expectedResult);
  set('confidentialDetail', input.confidentialDetail);
  set('testResults', input.testResults);
  set('sectorIds', input.sectorIds ? [...new Set(input.sectorIds)] : undefined);
  set(
    'keywords',
    input.keywords
      ? [...new Map(input.keywords.map((k) => [k.toLocaleLowerCase('vi'), k])).values()]
      : undefined,
  );
  set('partnerTypes', input.partnerTypes ? [...new Set(input.partnerTypes)] : undefined);
  set('partnerRole', input.partnerRole);
  if (input.trl !== undefined) next.trl = input.trl ?? null;
  if (input.ipRecords) {
    const previous = new Map(base.ipRecords.map((r) => [r.id, r]));
    next.ipRecords = input.ipRecords.map((r) => {
      const old = r.id ? previous.get(r.id) : undefined;
      const record = {
        id: old?.id ?? randomUUID(),
        type: r.type,
        status: r.status,
        number: r.number ?? '',
        date: r.date ?? null,
        territory: r.territory,
        verified: false,
      };
      // A broker's verification holds only while the record stays as it was checked.
      record.verified =
        !!old?.verified &&
        old.type === record.type &&
        old.status === record.status &&
        old.number === record.number &&
        old.date === record.date &&
        old.territory === record.territory;
      return record;
    });
  }
  set('transferForms', input.transferForms ? [...new Set(input.transferForms)] : undefined);
  set('priceNegotiable', input.priceNegotiable);
  if (input.priceMin !== undefined) next.priceMin = input.priceMin ?? null;
  if (input.priceMax !== undefined) next.priceMax = input.priceMax ?? null;
  if (next.priceNegotiable && input.priceNegotiable) {
    next.priceMin = null;
    next.priceMax = null;
  }
  if (input.provinceCode !== undefined) next.provinceCode = input.provinceCode || null;
  set('languages', input.languages ? [...new Set(input.languages)] : undefined);
  set('imageIds', input.imageIds ? [...new Set(input.imageIds)] : undefined);
  set('documents', input.documents ?? undefined);
  if (input.deadline !== undefined) next.deadline = input.deadline ?? null;
  set('openForInterest', input.openForInterest);
  set('anonymous', input.anonymous);
  set('contactName', input.contactName);
  set('contactEmail', input.contactEmail);
  set('contactPhone', input.contactPhone);
  return next;
}

/** Fields that must be filled before a listing can be submitted, per kind. */
export function missingForSubmit(kind: Listing['kind'], c: ListingContentData): string[] {
  const missing: string[] = [];
  if (!c.title) missing.push('title');
  if (!c.summary) missing.push('summary');
  if (!c.description) missing.push('description');
  if (!c.sectorIds.length) missing.push('sectorIds');
  if (c.trl === null) missing.push('trl');
  if (!c.transferForms.length) missing.push('transferForms');
  if (!c.provinceCode) missing.push('provinceCode');
  if (kind === 'REQUEST' && !c.specification) missing.push('specification');
  if (!c.priceNegotiable && c.priceMin === null) missing.push('priceMin');
  if (!c.contactName) missing.push('contactName');
  if (!c.contactEmail) missing.push('contactEmail');
  return missing;
}

export function maturityStage(trl: number | null): MaturityStage | null {
  if (trl === null) return null;
  if (trl <= 2) return 'IDEA';
  if (trl <= 4) return 'LAB_PROVEN';
  if (trl <= 6) return 'PROTOTYPE';
  if (trl <= 8) return 'PILOTED';
  return 'COMMERCIALISED';
}

/** The amount a listing is compared by: the lower end of a range. */
export function priceValue(c: ListingContentData): number | null {
  return c.priceNegotiable ? null : (c.priceMin ?? c.priceMax);
}

export function priceBand(c: ListingContentData): PriceBand {
  const v = priceValue(c);
  if (v === null) return 'NEGOTIABLE';
  if (v < 100_000_000) return 'UNDER_100M';
  if (v < 500_000_000) return 'FROM_100M_TO_500M';
  if (v < 2_000_000_000) return 'FROM_500M_TO_2B';
  return 'OVER_2B';
}

/** Lower-case, without Vietnamese diacritics (đ → d). */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function slugify(title: string): string {
  const base = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return base || 'tin';
}

/** The public text, folded, for the PostgreSQL fallback search. */
export function searchTextOf(c: ListingContentData): string {
  return foldVietnamese(
    [c.title, c.summary, c.description, c.advantages, c.specification, c.expectedResult, ...c.keywords].join(
      '\n',
    ),
  );
}

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Markdown → HTML with only harmless tags; links open safely. */
/** Rendered descriptions by their markdown (rendering and sanitizing is most of a listing page's work). */
const rendered = new LRUCache<string, string>({ max: 2000 });

export function renderMarkdown(source: string): string {
  let html = rendered.get(source);
  if (html === undefined) {
    html = renderUncached(source);
    rendered.set(source, html);
  }
  return html;
}

function renderUncached(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'code', 'pre'],
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer', target: '_blank' }),
      // The description sits under the page's h2 sections: its headings become h3 (# to ###) and h4
      // (#### and below), so heading levels never skip one (screen readers navigate by them).
      h1: 'h3',
      h2: 'h3',
      h5: 'h4',
      h6: 'h4',
    },
  });
}

/** Fields shown in diffs, in form order. */
export const DIFF_FIELDS: (keyof ListingContentData)[] = [
  'title',
  'summary',
  'description',
  'advantages',
  'specification',
  'expectedResult',
  'confidentialDetail',
  'testResults',
  'sectorIds',
  'keywords',
  'partnerTypes',
  'partnerRole',
  'trl',
  'ipRecords',
  'transferForms',
  'priceNegotiable',
  'priceMin',
  'priceMax',
  'provinceCode',
  'languages',
  'imageIds',
  'documents',
  'deadline',
  'openForInterest',
  'anonymous',
  'contactName',
  'contactEmail',
  'contactPhone',
];

function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    if (!value.length) return null;
    return value
      .map((v) =>
        typeof v === 'object' && v
          ? Object.entries(v as Record<string, unknown>)
              .filter(([k]) => k !== 'id')
              .map(([k, x]) => `${k}: ${String(x)}`)
              .join(', ')
          : String(v),
      )
      .join('; ');
  }
  return String(value);
}

/** The fields that differ between two contents, with values as text. */
export function diffContent(
  before: ListingContentData | null,
  after: ListingContentData,
): { field: string; before: string | null; after: string | null }[] {
  const changes = [];
  for (const field of DIFF_FIELDS) {
    const a = before ? asText(before[field]) : null;
    const b = asText(after[field]);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}
