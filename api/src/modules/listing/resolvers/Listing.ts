import { GraphQLScalarType, Kind } from 'graphql';
import type {
  ListingContentResolvers,
  ListingResolvers,
  ListingReviewResolvers,
  ListingRevisionResolvers,
  SectorResolvers,
} from '../../../generated/graphql';
import type { GraphQLContext } from '../../../platform/graphql/context';
import { can } from '../../../platform/policy';
import { findProvince } from '../../../platform/provinces';
import { Attachment } from '../../attachment/entities';
import { byIdLoader, perRequest } from '../../../platform/graphql/loaders';
import {
  ListingReview as ReviewEntity,
  ListingRevision as RevisionEntity,
  Sector as SectorEntity,
  type FieldChangeData,
  type Listing as ListingEntity,
} from '../entities';
import { diffContent, maturityStage, priceBand, renderMarkdown } from '../content';
import { listingPolicy } from '../policy';
import { userName } from '../service';
import { viewerHasAcceptedInterest } from '../../brokering/service';

const mayPrivate = (ctx: GraphQLContext, l: ListingEntity) =>
  can(ctx.viewer, listingPolicy, 'listing:viewPrivate', l);
/** Brokers, the owner's members, and organisations whose interest the owner accepted. */
const mayConfidential = async (ctx: GraphQLContext, l: ListingEntity) =>
  can(ctx.viewer, listingPolicy, 'listing:viewConfidential', l) ||
  (await viewerHasAcceptedInterest(ctx, l.id));

/** Field changes with labels in the caller's language; sector ids shown as their labels. */
async function labelled(ctx: GraphQLContext, changes: FieldChangeData[]) {
  const needSectors = changes.some((c) => c.field === 'sectorIds');
  const sectors = needSectors
    ? new Map(
        (await ctx.em.find(SectorEntity, {})).map((s) => [s.id, ctx.lang === 'en' ? s.labelEn : s.labelVi]),
      )
    : new Map<string, string>();
  const items = (v: string) => v.split('; ');
  const number = (v: string) =>
    new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'vi-VN').format(Number(v));
  /** Stored diff text → words in the caller's language (enum codes, booleans, amounts, ids). */
  const display = (field: string, v: string | null): string | null => {
    if (v === null) return null;
    switch (field) {
      case 'sectorIds':
        return items(v)
          .map((id) => sectors.get(id) ?? id)
          .join('; ');
      case 'partnerTypes':
        return items(v)
          .map((x) => ctx.t(`enums.PartnerType.${x}`))
          .join('; ');
      case 'transferForms':
        return items(v)
          .map((x) => ctx.t(`enums.TransferForm.${x}`))
          .join('; ');
      case 'trl':
        return `TRL ${v}`;
      case 'priceNegotiable':
      case 'openForInterest':
      case 'anonymous':
        return ctx.t(v === 'true' ? 'common.yes' : 'common.no');
      case 'priceMin':
      case 'priceMax':
        return `${number(v)} đ`;
      case 'provinceCode': {
        const p = findProvince(v);
        return p ? (ctx.lang === 'en' ? p.en : p.vi) : v;
      }
      case 'imageIds':
      case 'documents':
        return ctx.t('common.files', { count: items(v).length });
      case 'ipRecords':
        return items(v)
          .map((record) => {
            const f = Object.fromEntries(
              record.split(', ').map((kv) => [kv.slice(0, kv.indexOf(':')), kv.slice(kv.indexOf(':') + 2)]),
            );
            const number = f.number ? ` ${f.number}` : '';
            return `${ctx.t(`enums.IpType.${f.type}`)}${number} (${ctx.t(`enums.IpStatus.${f.status}`)}, ${f.territory})`;
          })
          .join('; ');
      default:
        return v;
    }
  };
  return changes.map((c) => ({
    field: c.field,
    label: ctx.t(`fields.${c.field}`, { defaultValue: c.field }),
    before: display(c.field, c.before),
    after: display(c.field, c.after),
  }));
}

export const Listing: ListingResolvers = {
  content: (l) => ({ listing: l, data: l.content }),
  pendingContent: (l, _a, ctx) =>
    l.pendingContent && mayPrivate(ctx, l) ? { listing: l, data: l.pendingContent } : null,
  pendingStatus: (l, _a, ctx) => (mayPrivate(ctx, l) ? (l.pendingStatus ?? null) : null),
  anonymous: (l) => l.content.anonymous,
  organization: async (l, _a, ctx) =>
    l.content.anonymous && !(await mayConfidential(ctx, l))
      ? null
      : l.organization.loadOrFail({ dataloader: true }),
  contact: async (l, _a, ctx) => {
    if (!(await mayConfidential(ctx, l))) return null;
    const c = l.pendingContent ?? l.content;
    return { name: c.contactName, email: c.contactEmail, phone: c.contactPhone };
  },
  reviews: async (l, _a, ctx) => {
    if (!mayPrivate(ctx, l)) return [];
    return ctx.em.find(ReviewEntity, { listing: l.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  },
  revisions: async (l, _a, ctx) => {
    if (!mayPrivate(ctx, l)) return [];
    return ctx.em.find(
      RevisionEntity,
      { listing: l.id },
      { orderBy: { createdAt: 'desc', version: 'desc' } },
    );
  },
  reviewDiff: async (l, _a, ctx) => {
    if (!mayPrivate(ctx, l)) return [];
    const live = l.status === 'PUBLISHED' || l.status === 'EXPIRED';
    const changes = live
      ? l.pendingContent
        ? diffContent(l.content, l.pendingContent)
        : []
      : diffContent(null, l.content);
    return labelled(ctx, changes);
  },
  viewerCanEdit: (l, _a, ctx) => can(ctx.viewer, listingPolicy, 'listing:edit', l),
  viewerCanReview: (l, _a, ctx) => can(ctx.viewer, listingPolicy, 'listing:review', l),
};

async function attachments(ctx: GraphQLContext, ids: string[]) {
  const loader = byIdLoader(ctx.em, 'attachment', (keys) =>
    ctx.em.find(Attachment, { id: { $in: [...keys] } }),
  );
  const rows = await loader.loadMany(ids);
  return rows.filter((a): a is Attachment => !!a && !(a instanceof Error));
}

/** The whole taxonomy, once per request (a few dozen rows). */
const sectorsById = (ctx: GraphQLContext) =>
  perRequest(
    ctx.em,
    'sectors',
    async () => new Map((await ctx.em.find(SectorEntity, {})).map((s) => [s.id, s])),
  );

export const ListingContent: ListingContentResolvers = {
  title: ({ data }) => data.title,
  summary: ({ data }) => data.summary,
  description: ({ data }) => data.description,
  descriptionHtml: ({ data }) => renderMarkdown(data.description),
  advantages: ({ data }) => data.advantages,
  specification: ({ data }) => data.specification,
  expectedResult: ({ data }) => data.expectedResult,
  confidentialDetail: async ({ listing, data }, _a, ctx) =>
    (await mayConfidential(ctx, listing)) ? data.confidentialDetail : null,
  testResults: async ({ listing, data }, _a, ctx) =>
    (await mayConfidential(ctx, listing)) ? data.testResults : null,
  sectors: async ({ data }, _a, ctx) => {
    if (!data.sectorIds.length) return [];
    const all = await sectorsById(ctx);
    return data.sectorIds
      .map((id) => all.get(id))
      .filter((s): s is SectorEntity => !!s)
      .sort((a, b) => a.position - b.position);
  },
  keywords: ({ data }) => data.keywords,
  partnerTypes: ({ data }) => data.partnerTypes,
  partnerRole: ({ data }) => data.partnerRole,
  trl: ({ data }) => data.trl,
  maturityStage: ({ data }) => maturityStage(data.trl),
  ipRecords: ({ data }) => data.ipRecords,
  transferForms: ({ data }) => data.transferForms,
  priceNegotiable: ({ data }) => data.priceNegotiable,
  priceMin: ({ data }) => data.priceMin,
  priceMax: ({ data }) => data.priceMax,
  priceBand: ({ data }) => priceBand(data),
  province: ({ data }) => (data.provinceCode ? (findProvince(data.provinceCode) ?? null) : null),
  languages: ({ data }) => data.languages,
  images: ({ data }, _a, ctx) => attachments(ctx, data.imageIds),
  documents: async ({ listing, data }, _a, ctx) => {
    const allowed = await mayConfidential(ctx, listing);
    return attachments(
      ctx,
      data.documents.filter((d) => allowed || !d.confidential).map((d) => d.attachmentId),
    );
  },
  deadline: ({ data }) => data.deadline,
  openForInterest: ({ data }) => data.openForInterest,
  anonymous: ({ data }) => data.anonymous,
};

export const ListingRevision: ListingRevisionResolvers = {
  authorName: (r, _a, ctx) => userName(ctx, r.author),
  changes: (r, _a, ctx) => labelled(ctx, r.changes),
};

export const ListingReview: ListingReviewResolvers = {
  brokerName: (r, _a, ctx) => userName(ctx, r.broker),
};

export const Sector: SectorResolvers = {
  label: (s, _a, ctx) => (ctx.lang === 'en' ? s.labelEn : s.labelVi),
};

/** Whole đồng as a JSON number; refuses fractions and unsafe integers. */
export const DongScalar = new GraphQLScalarType({
  name: 'Dong',
  description: 'A whole number of Vietnamese đồng.',
  serialize: (v) => Number(v),
  parseValue: (v) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
      throw new TypeError('Dong: a whole number ≥ 0');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Dong: a whole number ≥ 0');
    const v = Number(ast.value);
    if (!Number.isSafeInteger(v) || v < 0) throw new TypeError('Dong: a whole number ≥ 0');
    return v;
  },
});

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * A date that exists: `YYYY-MM-DD` from the year 1 on, read back unchanged (`Date.parse` takes 30 February
 * for 2 March; PostgreSQL's `date` refuses it, and the year 0).
 */
function isCalendarDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE_RE.test(v) || v < '0001-01-01') return false;
  const time = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v;
}
/** A calendar date `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (!isCalendarDate(v)) throw new TypeError('Date: YYYY-MM-DD');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) throw new TypeError('Date: YYYY-MM-DD');
    return ast.value;
  },
});
