import { OptimisticLockError, ref, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { conflict, notFound } from '../../platform/graphql/errors';
import { authorize, can, isBroker } from '../../platform/policy';
import { findProvince } from '../../platform/provinces';
import { fieldError, validate, type InputError } from '../../platform/validation';
import { byIdLoader } from '../../platform/graphql/loaders';
import { decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import { User } from '../account/entities';
import { Membership, Organization } from '../organization/entities';
import type { Attachment } from '../attachment/entities';
import { attachmentsForListing, setConfidential } from '../attachment/service';
import { enqueueSearchSync } from '../search/sync';
import { enqueueMatching } from '../matching/queue';
import { enqueueSavedSearchAlerts } from '../search/alerts';
import { deliver } from '../notification/service';
import {
  LISTING_KINDS,
  LISTING_STATUSES,
  Listing,
  ListingReview,
  ListingRevision,
  Sector,
  emptyContent,
  type ListingContentData,
  type ListingKind,
  type ListingStatus,
  type ReviewDecision,
} from './entities';
import {
  applyInput,
  contentInputSchema,
  countErrors,
  diffContent,
  missingForSubmit,
  searchTextOf,
  slugify,
} from './content';
import { listingPolicy } from './policy';

export type ListingErrorCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'LENGTH'
  | 'TOO_MANY'
  | 'INVALID_STATUS'
  | 'ORGANIZATION_UNVERIFIED'
  | 'TAKEN'
  | 'NO_ORGANIZATION';
type Errors = InputError<ListingErrorCode>[];

const isUuid = (id: unknown): id is string => typeof id === 'string' && z.uuid().safeParse(id).success;

export async function getListing(
  ctx: GraphQLContext,
  args: { id?: string | null; slug?: string | null },
): Promise<Listing | null> {
  let listing: Listing | null = null;
  if (args.id) listing = isUuid(args.id) ? await ctx.em.findOne(Listing, args.id) : null;
  else if (args.slug) listing = await ctx.em.findOne(Listing, { slug: args.slug.slice(0, 300) });
  if (!listing || !can(ctx.viewer, listingPolicy, 'listing:view', listing)) return null;
  return listing;
}

/** Loads a listing for an action, or NOT_FOUND when it does not exist or the caller may not see it. */
async function loadForAction(ctx: GraphQLContext, id: string): Promise<Listing> {
  const listing = await getListing(ctx, { id });
  if (!listing) throw notFound(ctx.t, 'listing');
  return listing;
}

/** Checks references the content makes: sectors, province, attachments of the same organisation. */
async function referenceErrors(
  ctx: GraphQLContext,
  organizationId: string,
  content: ListingContentData,
  changed: Partial<Record<keyof ListingContentData, unknown>>,
): Promise<Errors> {
  const errors: Errors = [];
  if (changed.sectorIds !== undefined && content.sectorIds.length) {
    const found = await ctx.em.count(Sector, { id: { $in: content.sectorIds }, active: true });
    if (found !== content.sectorIds.length)
      errors.push(fieldError(ctx.t, 'sectorIds', 'INVALID', 'UNKNOWN_SECTOR'));
  }
  if (changed.provinceCode !== undefined && content.provinceCode && !findProvince(content.provinceCode)) {
    errors.push(fieldError(ctx.t, 'provinceCode', 'INVALID', 'UNKNOWN_PROVINCE'));
  }
  const checkAttachments = async (field: string, ids: string[], kind: Attachment['kind']) => {
    if (!ids.length) return;
    const result = await attachmentsForListing(ctx.em, organizationId, ids, kind);
    if (!result.ok) errors.push(fieldError(ctx.t, field, 'INVALID', 'UNKNOWN_ATTACHMENT'));
  };
  if (changed.imageIds !== undefined) await checkAttachments('imageIds', content.imageIds, 'IMAGE');
  if (changed.documents !== undefined)
    await checkAttachments(
      'documents',
      content.documents.map((d) => d.attachmentId),
      'DOCUMENT',
    );
  return errors;
}

/** Keeps each document's confidential flag on the attachment row, where the file server reads it. */
async function syncDocumentFlags(ctx: GraphQLContext, content: ListingContentData) {
  for (const d of content.documents) await setConfidential(ctx.em, d.attachmentId, d.confidential);
}

async function uniqueSlug(ctx: GraphQLContext, title: string): Promise<string> {
  const base = slugify(title);
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? base : `${base}-${i + 1}`;
    if (!(await ctx.em.count(Listing, { slug: candidate }))) return candidate;
    if (i > 20) return `${base}-${Date.now().toString(36)}`;
  }
}

/** Keeps a revision: who, when, what changed, and the content after the save (at `version`). */
function record(
  ctx: GraphQLContext & { viewer: NonNullable<GraphQLContext['viewer']> },
  listing: Listing,
  version: number,
) {
  return (before: ListingContentData | null, after: ListingContentData) => {
    const changes = diffContent(before, after);
    if (changes.length || !before) {
      ctx.em.persist(
        new ListingRevision(ref(listing), version, ref(ctx.viewer.user), changes, structuredClone(after)),
      );
    }
  };
}

const createSchema = z.object({ kind: z.enum(LISTING_KINDS), content: contentInputSchema });

export async function createListing(ctx: GraphQLContext, input: unknown) {
  const organizationId = ctx.viewer?.activeOrganizationId ?? null;
  if (ctx.viewer && !organizationId) {
    return { listing: null, errors: [fieldError(ctx.t, null, 'NO_ORGANIZATION')] as Errors };
  }
  authorize(ctx, listingPolicy, 'listing:create', organizationId ?? '');
  const v = validate(createSchema, input, ctx.t);
  if (!v.ok) return { listing: null, errors: v.errors as Errors };
  const errors: Errors = countErrors(ctx.t, v.data.content);
  if (!v.data.content.title) errors.push(fieldError(ctx.t, 'title', 'REQUIRED'));
  if (errors.length) return { listing: null, errors };
  const content = applyInput(emptyContent(), v.data.content);
  if (!v.data.content.contactName) content.contactName = ctx.viewer.user.displayName;
  if (!v.data.content.contactEmail) content.contactEmail = ctx.viewer.user.email;
  const refErrors = await referenceErrors(ctx, organizationId!, content, v.data.content);
  if (refErrors.length) return { listing: null, errors: refErrors };
  const listing = new Listing(
    v.data.kind as ListingKind,
    await uniqueSlug(ctx, content.title),
    ref(Organization, organizationId!),
    ref(ctx.viewer.user),
    content,
  );
  ctx.em.persist(listing);
  record(ctx, listing, 1)(null, content);
  await syncDocumentFlags(ctx, content);
  await ctx.em.flush();
  return { listing, errors: [] as Errors };
}

/** The content an editor works on: pending changes of a published listing, else the content itself. */
export const workingContent = (l: Listing) => l.pendingContent ?? l.content;
const isLive = (s: ListingStatus) => s === 'PUBLISHED' || s === 'EXPIRED';

export async function updateListing(
  ctx: GraphQLContext,
  input: { listingId: string; version: number; content: Record<string, unknown> },
) {
  const listing = await loadForAction(ctx, input.listingId);
  authorize(ctx, listingPolicy, 'listing:edit', listing);
  if (input.version !== listing.version) throw conflict(ctx.t);
  const v = validate(contentInputSchema, input.content, ctx.t);
  if (!v.ok) return { listing: null, errors: v.errors as Errors };
  const countErrs = countErrors(ctx.t, v.data);
  if (countErrs.length) return { listing: null, errors: countErrs as Errors };
  const before = workingContent(listing);
  const after = applyInput(before, v.data);
  const refErrors = await referenceErrors(ctx, listing.organization.id, after, v.data);
  if (refErrors.length) return { listing: null, errors: refErrors };
  if (!diffContent(before, after).length) return { listing, errors: [] as Errors };

  if (isLive(listing.status)) {
    // The published content stays public; the edit waits for review.
    listing.pendingContent = after;
    if (listing.pendingStatus !== 'SUBMITTED') listing.pendingStatus ??= 'DRAFT';
    if (listing.pendingStatus === 'SUBMITTED') listing.pendingStatus = 'DRAFT';
  } else {
    listing.content = after;
    if (listing.status === 'SUBMITTED') listing.status = 'DRAFT'; // an edit withdraws it from review
  }
  // MikroORM bumps `version` on flush (and refuses a stale one); the revision records the new number.
  record(ctx, listing, listing.version + 1)(before, after);
  await syncDocumentFlags(ctx, after);
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(ctx.t);
    throw error;
  }
  return { listing, errors: [] as Errors };
}

function statusError(ctx: GraphQLContext, listing: Listing): Errors {
  return [
    fieldError(ctx.t, null, 'INVALID_STATUS', 'INVALID_STATUS', {
      status: ctx.t(`enums.ListingStatus.${listing.status}`),
    }),
  ];
}

export async function submitListing(ctx: GraphQLContext, input: { listingId: string }) {
  const listing = await loadForAction(ctx, input.listingId);
  authorize(ctx, listingPolicy, 'listing:submit', listing);
  const pending = isLive(listing.status) && listing.pendingContent;
  if (!pending && !['DRAFT', 'CHANGES_REQUESTED'].includes(listing.status)) {
    return { listing: null, errors: statusError(ctx, listing) };
  }
  const content = workingContent(listing);
  const missing = missingForSubmit(listing.kind, content);
  if (missing.length) {
    return { listing: null, errors: missing.map((f) => fieldError(ctx.t, f, 'REQUIRED')) as Errors };
  }
  if (pending) listing.pendingStatus = 'SUBMITTED';
  else listing.status = 'SUBMITTED';
  listing.submittedAt = new Date();
  await flushOrConflict(ctx);
  return { listing, errors: [] as Errors };
}

async function flushOrConflict(ctx: GraphQLContext) {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(ctx.t);
    throw error;
  }
}

const reasonSchema = z.object({ listingId: z.string(), reason: z.string().trim().min(1).max(2000) });

/** Publish, request changes or reject: brokers only, always with a reason the owner sees. */
export async function reviewListing(
  ctx: GraphQLContext,
  decision: ReviewDecision,
  input: { listingId: string; reason: string },
) {
  const listing = await loadForAction(ctx, input.listingId);
  authorize(ctx, listingPolicy, 'listing:review', listing);
  const v = validate(reasonSchema, input, ctx.t);
  if (!v.ok) return { listing: null, errors: v.errors as Errors };
  const firstReview = listing.status === 'SUBMITTED';
  const changesReview = isLive(listing.status) && listing.pendingStatus === 'SUBMITTED';
  if (!firstReview && !changesReview) return { listing: null, errors: statusError(ctx, listing) };
  const now = new Date();
  if (decision === 'PUBLISHED') {
    const org = await listing.organization.loadOrFail();
    if (org.verificationStatus !== 'VERIFIED') {
      return {
        listing: null,
        errors: [fieldError(ctx.t, null, 'ORGANIZATION_UNVERIFIED', 'ORGANIZATION_UNVERIFIED')] as Errors,
      };
    }
    if (changesReview) {
      listing.content = listing.pendingContent!;
      listing.pendingContent = null;
      listing.pendingStatus = null;
    } else {
      listing.status = 'PUBLISHED';
      listing.publishedAt = now;
      listing.expiresAt = addMonths(now, ctx.config.LISTING_EXPIRY_MONTHS);
      listing.lastConfirmedAt = now;
    }
    listing.searchText = searchTextOf(listing.content);
  } else if (decision === 'CHANGES_REQUESTED') {
    if (changesReview) listing.pendingStatus = 'CHANGES_REQUESTED';
    else listing.status = 'CHANGES_REQUESTED';
  } else {
    if (changesReview) {
      // The published content stays; the proposed changes are refused and dropped.
      listing.pendingContent = null;
      listing.pendingStatus = null;
    } else listing.status = 'REJECTED';
  }
  ctx.em.persist(new ListingReview(ref(listing), decision, v.data.reason, ref(ctx.viewer.user)));
  enqueueSearchSync(ctx.em, listing.id);
  // The owners' notice and e-mail commit with the decision, in the same flush, or not at all.
  await notifyOwners(ctx, listing, decision, v.data.reason);
  await flushOrConflict(ctx);
  ctx.searchSync.kick();
  if (decision === 'PUBLISHED') await enqueueMatching(ctx, listing.id);
  if (decision === 'PUBLISHED' && firstReview) await enqueueSavedSearchAlerts(ctx, listing.id);
  return { listing, errors: [] as Errors };
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/**
 * Tells the owner organisation's members about a review decision (`listing.PUBLISHED`,
 * `listing.CHANGES_REQUESTED`, `listing.REJECTED`): in-app, and by e-mail unless they turned it off.
 * Persisted by the caller's flush, with the decision.
 */
async function notifyOwners(ctx: GraphQLContext, listing: Listing, decision: ReviewDecision, reason: string) {
  const members = await ctx.em.find(
    Membership,
    { organization: listing.organization.id },
    { populate: ['user'] },
  );
  const org = await listing.organization.loadOrFail();
  await deliver(
    ctx,
    members.map((m) => m.user.getEntity()),
    {
      kind: `listing.${decision}`,
      vars: { title: listing.content.title, organization: org.name, reason },
      link: `/cong-nghe/${listing.slug}`,
      actionLabel: 'listingMail.action',
    },
  );
}

type EndAction = 'withdraw' | 'fulfil' | 'renew';

export async function endOrRenew(ctx: GraphQLContext, action: EndAction, input: { listingId: string }) {
  const listing = await loadForAction(ctx, input.listingId);
  const policyAction = `listing:${action}` as const;
  authorize(ctx, listingPolicy, policyAction, listing);
  const now = new Date();
  if (action === 'renew') {
    if (!isLive(listing.status)) return { listing: null, errors: statusError(ctx, listing) };
    listing.status = 'PUBLISHED';
    listing.lastConfirmedAt = now;
    listing.expiresAt = addMonths(now, ctx.config.LISTING_EXPIRY_MONTHS);
    listing.expiryReminderSentAt = null;
  } else {
    const allowed: ListingStatus[] =
      action === 'withdraw'
        ? ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'EXPIRED']
        : ['PUBLISHED', 'EXPIRED'];
    if (!allowed.includes(listing.status)) return { listing: null, errors: statusError(ctx, listing) };
    listing.status = action === 'withdraw' ? 'WITHDRAWN' : 'FULFILLED';
    listing.pendingContent = null;
    listing.pendingStatus = null;
  }
  enqueueSearchSync(ctx.em, listing.id);
  await flushOrConflict(ctx);
  ctx.searchSync.kick();
  return { listing, errors: [] as Errors };
}

export async function verifyIpRecord(
  ctx: GraphQLContext,
  input: { listingId: string; ipRecordId: string; verified: boolean },
) {
  const listing = await loadForAction(ctx, input.listingId);
  authorize(ctx, listingPolicy, 'listing:verifyIp', listing);
  let found = false;
  const mark = (c: ListingContentData | null | undefined) => {
    if (!c) return c;
    const next = structuredClone(c);
    for (const r of next.ipRecords) {
      if (r.id === input.ipRecordId) {
        r.verified = input.verified;
        found = true;
      }
    }
    return next;
  };
  listing.content = mark(listing.content)!;
  listing.pendingContent = mark(listing.pendingContent) ?? null;
  if (!found) throw notFound(ctx.t, 'ipRecord');
  enqueueSearchSync(ctx.em, listing.id);
  await flushOrConflict(ctx);
  ctx.searchSync.kick();
  return { listing, errors: [] as Errors };
}

// ---- lists ----------------------------------------------------------------------------------------

interface ListingWhere {
  mine?: boolean | null;
  kind?: ListingKind | null;
  status?: ListingStatus[] | null;
  organizationId?: string | null;
}

export async function listListings(ctx: GraphQLContext, args: PageArgs & { where?: ListingWhere | null }) {
  const size = pageSize(ctx.t, args.first);
  const where: FilterQuery<Listing>[] = [];
  const w = args.where ?? {};
  const broker = isBroker(ctx.viewer);
  if (w.mine) {
    const orgId = ctx.viewer?.activeOrganizationId;
    if (!orgId) return toConnection<Listing>([], size, 0, false);
    where.push({ organization: orgId });
  } else if (!broker) {
    // Others' listings: published only; one's own organisations' in any status.
    const own = [...(ctx.viewer?.roles.keys() ?? [])];
    where.push({ $or: [{ status: 'PUBLISHED' }, ...(own.length ? [{ organization: { $in: own } }] : [])] });
  }
  if (w.kind && LISTING_KINDS.includes(w.kind)) where.push({ kind: w.kind });
  if (w.status?.length) where.push({ status: { $in: w.status.filter((s) => LISTING_STATUSES.includes(s)) } });
  if (w.organizationId) {
    if (!isUuid(w.organizationId)) return toConnection<Listing>([], size, 0, false);
    where.push({ organization: w.organizationId });
    if (!broker && !ctx.viewer?.roles.has(w.organizationId)) {
      where.push({ content: { anonymous: false } } as FilterQuery<Listing>);
    }
  }
  return keysetPage(ctx, { $and: where }, size, args.after, 'desc');
}

export async function reviewQueue(ctx: GraphQLContext, args: PageArgs) {
  authorize(ctx, listingPolicy, 'listing:viewAll', null);
  const size = pageSize(ctx.t, args.first);
  return keysetPage(
    ctx,
    { $or: [{ status: 'SUBMITTED' }, { pendingStatus: 'SUBMITTED' }] },
    size,
    args.after,
    'asc',
  );
}

/** Pages by (updatedAt, id), newest or oldest first; the cursor carries both. */
async function keysetPage(
  ctx: GraphQLContext,
  where: FilterQuery<Listing>,
  size: number,
  after: string | null | undefined,
  dir: 'asc' | 'desc',
) {
  const total = await ctx.em.count(Listing, where);
  let page: FilterQuery<Listing> = where;
  if (after) {
    const k = decodeCursor(ctx.t, after);
    const op = dir === 'desc' ? '$lt' : '$gt';
    page = {
      $and: [
        where,
        { $or: [{ updatedAt: { [op]: k.createdAt } }, { updatedAt: k.createdAt, id: { [op]: k.id } }] },
      ],
    } as FilterQuery<Listing>;
  }
  const rows = await ctx.em.find(Listing, page, { orderBy: { updatedAt: dir, id: dir }, limit: size + 1 });
  // The cursor's "createdAt" slot holds updatedAt: the column this list is ordered by.
  const keyed = rows.map((l) => Object.assign(Object.create(l) as Listing, { createdAt: l.updatedAt }));
  const conn = toConnection(keyed, size, total, !!after);
  return { ...conn, edges: conn.edges.map((e, i) => ({ node: rows[i]!, cursor: e.cursor })) };
}

// ---- sectors --------------------------------------------------------------------------------------

export async function listSectors(ctx: GraphQLContext, includeInactive: boolean) {
  const all = includeInactive && can(ctx.viewer, listingPolicy, 'sector:manage', null);
  return ctx.em.find(Sector, all ? {} : { active: true }, { orderBy: { position: 'asc', code: 'asc' } });
}

const sectorCreate = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
  labelVi: z.string().trim().min(1).max(128),
  labelEn: z.string().trim().min(1).max(128),
  position: z.number().int().min(0).max(100000).nullish(),
});

export async function createSector(ctx: GraphQLContext, input: unknown) {
  authorize(ctx, listingPolicy, 'sector:manage', null);
  const v = validate(sectorCreate, input, ctx.t);
  if (!v.ok) return { sector: null, errors: v.errors as Errors };
  if (await ctx.em.count(Sector, { code: v.data.code })) {
    return { sector: null, errors: [fieldError(ctx.t, 'code', 'TAKEN', 'SECTOR_CODE_TAKEN')] as Errors };
  }
  const [last] = await ctx.em.find(Sector, {}, { orderBy: { position: 'desc' }, limit: 1 });
  const sector = new Sector(
    v.data.code,
    v.data.labelVi,
    v.data.labelEn,
    v.data.position ?? (last?.position ?? 0) + 10,
  );
  await ctx.em.persist(sector).flush();
  await reindexSector(ctx, sector.id);
  return { sector, errors: [] as Errors };
}

const sectorUpdate = z.object({
  sectorId: z.uuid(),
  labelVi: z.string().trim().min(1).max(128).nullish(),
  labelEn: z.string().trim().min(1).max(128).nullish(),
  position: z.number().int().min(0).max(100000).nullish(),
  active: z.boolean().nullish(),
});

export async function updateSector(ctx: GraphQLContext, input: { sectorId: string }) {
  authorize(ctx, listingPolicy, 'sector:manage', null);
  const sector = isUuid(input.sectorId) ? await ctx.em.findOne(Sector, input.sectorId) : null;
  if (!sector) throw notFound(ctx.t, 'sector');
  const v = validate(sectorUpdate, input, ctx.t);
  if (!v.ok) return { sector: null, errors: v.errors as Errors };
  if (v.data.labelVi) sector.labelVi = v.data.labelVi;
  if (v.data.labelEn) sector.labelEn = v.data.labelEn;
  if (v.data.position != null) sector.position = v.data.position;
  if (v.data.active != null) sector.active = v.data.active;
  await ctx.em.flush();
  await reindexSector(ctx, sector.id);
  return { sector, errors: [] as Errors };
}

/** A renamed sector changes the indexed labels of its published listings. */
async function reindexSector(ctx: GraphQLContext, sectorId: string) {
  const conn = ctx.em.getConnection();
  await conn.execute(
    `insert into search_outbox (listing_id, created_at, attempts, next_attempt_at)
     select id, now(), 0, now() from listings where status = 'PUBLISHED' and content->'sectorIds' @> jsonb_build_array(?::text)`,
    [sectorId],
  );
  ctx.searchSync.kick();
}

// ---- people shown on revisions and reviews ---------------------------------------------------------

export async function userName(ctx: GraphQLContext, user: { id: string }) {
  const loader = byIdLoader(ctx.em, 'user', (ids) => ctx.em.find(User, { id: { $in: [...ids] } }));
  return (await loader.load(user.id))?.displayName ?? '';
}
