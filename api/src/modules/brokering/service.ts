import { OptimisticLockError, QueryOrder, ref, type FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { authorize, can, isBroker } from '../../platform/policy';
import { fieldError, validate, type InputError } from '../../platform/validation';
import { afterKeyset, decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import { perRequest } from '../../platform/graphql/loaders';
import { stageDays, workingCalendar } from '../../platform/deadlines';
import { User } from '../account/entities';
import { Membership, Organization } from '../organization/entities';
import { Listing, TRANSFER_FORMS } from '../listing/entities';
import { Attachment } from '../attachment/entities';
import { deliver } from '../notification/service';
import {
  BrokeringCase,
  CASE_STAGES,
  CaseEvent,
  Complaint,
  DECLINE_REASONS,
  INTEREST_TIMELINES,
  Interest,
  type CaseStage,
  type InterestStatus,
} from './entities';
import { brokeringPolicy } from './policy';

export type BrokeringErrorCode =
  'REQUIRED' | 'INVALID' | 'LENGTH' | 'INVALID_STATUS' | 'DUPLICATE' | 'OWN_LISTING' | 'NO_ORGANIZATION';
type Errors = InputError<BrokeringErrorCode>[];

const isUuid = (id: unknown): id is string => typeof id === 'string' && z.uuid().safeParse(id).success;

/** Members of an organisation (to notify them). */
async function membersOf(ctx: GraphQLContext, organizationIds: string[]): Promise<User[]> {
  if (!organizationIds.length) return [];
  const ms = await ctx.em.find(
    Membership,
    { organization: { $in: organizationIds } },
    { populate: ['user'] },
  );
  return ms.map((m) => m.user.getEntity());
}

async function brokersToAlert(ctx: GraphQLContext, c?: BrokeringCase | null): Promise<User[]> {
  if (c?.assignee) return [await c.assignee.loadOrFail()];
  return ctx.em.find(User, { role: { $in: ['BROKER'] } });
}

function statusError(ctx: GraphQLContext, what: string): Errors {
  return [fieldError(ctx.t, null, 'INVALID_STATUS', 'INVALID_STATUS', { status: what })];
}

async function flushOrConflict(ctx: GraphQLContext) {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(ctx.t);
    throw error;
  }
}

// ---- interests ------------------------------------------------------------------------------------

/** Organisations whose interest in a listing its owner accepted: they may see the confidential part. */
export async function acceptedOrganizations(ctx: GraphQLContext, listingId: string): Promise<Set<string>> {
  const cache = perRequest(ctx.em, 'acceptedInterestOrgs', () => new Map<string, Promise<Set<string>>>());
  let hit = cache.get(listingId);
  if (!hit) {
    hit = ctx.em
      .find(Interest, { listing: listingId, status: 'ACCEPTED' }, { fields: ['organization'] })
      .then((rows) => new Set(rows.map((r) => r.organization.id)));
    cache.set(listingId, hit);
  }
  return hit;
}

/** True when the viewer acts in an organisation whose interest in the listing was accepted. */
export async function viewerHasAcceptedInterest(ctx: GraphQLContext, listingId: string): Promise<boolean> {
  if (!ctx.viewer || !ctx.viewer.roles.size) return false;
  const orgs = await acceptedOrganizations(ctx, listingId);
  return [...ctx.viewer.roles.keys()].some((id) => orgs.has(id));
}

const expressSchema = z.object({
  listingId: z.string(),
  whoWeAre: z.string().trim().min(1).max(1000),
  intendedUse: z.string().trim().min(1).max(1000),
  timeline: z.enum(INTEREST_TIMELINES),
  message: z.string().trim().max(2000).nullish(),
});

export async function expressInterest(ctx: GraphQLContext, input: { listingId: string }) {
  const orgId = ctx.viewer?.activeOrganizationId ?? null;
  if (ctx.viewer && !orgId) return { interest: null, errors: noOrganization(ctx) };
  authorize(ctx, brokeringPolicy, 'interest:express', orgId ?? '');
  const listing = isUuid(input.listingId) ? await ctx.em.findOne(Listing, input.listingId) : null;
  if (!listing || listing.status !== 'PUBLISHED') throw notFound(ctx.t, 'listing');
  const v = validate(expressSchema, input, ctx.t);
  if (!v.ok) return { interest: null, errors: v.errors as Errors };
  if (listing.organization.id === orgId) {
    return {
      interest: null,
      errors: [fieldError(ctx.t, 'listingId', 'OWN_LISTING', 'OWN_LISTING')] as Errors,
    };
  }
  if (!listing.content.openForInterest)
    return { interest: null, errors: statusError(ctx, ctx.t('errors.CLOSED_FOR_INTEREST')) };
  const open = await ctx.em.count(Interest, {
    listing: listing.id,
    organization: orgId,
    status: { $in: ['PENDING', 'ACCEPTED'] },
  });
  if (open)
    return { interest: null, errors: [fieldError(ctx.t, null, 'DUPLICATE', 'INTEREST_DUPLICATE')] as Errors };
  const interest = new Interest(
    ref(listing),
    ref(Organization, orgId!),
    ref(ctx.viewer.user),
    v.data.whoWeAre,
    v.data.intendedUse,
    v.data.timeline,
  );
  interest.message = v.data.message ?? '';
  ctx.em.persist(interest);
  const sender = await ctx.em.findOneOrFail(Organization, orgId!);
  await deliver(ctx, await membersOf(ctx, [listing.organization.id]), {
    kind: 'interest.received',
    vars: { title: listing.content.title, organization: sender.name },
    link: `/quan-tam?chieu=nhan`,
  });
  await ctx.em.flush();
  return { interest, errors: [] as Errors };
}

function noOrganization(ctx: GraphQLContext): Errors {
  return [fieldError(ctx.t, null, 'NO_ORGANIZATION', 'NO_ORGANIZATION')];
}

async function loadInterest(ctx: GraphQLContext, id: string) {
  const interest = isUuid(id) ? await ctx.em.findOne(Interest, id, { populate: ['listing'] }) : null;
  if (!interest || !can(ctx.viewer, brokeringPolicy, 'interest:view', interest))
    throw notFound(ctx.t, 'interest');
  return interest;
}

export async function getInterest(ctx: GraphQLContext, id: string) {
  const interest = isUuid(id) ? await ctx.em.findOne(Interest, id, { populate: ['listing'] }) : null;
  return interest && can(ctx.viewer, brokeringPolicy, 'interest:view', interest) ? interest : null;
}

export async function acceptInterest(ctx: GraphQLContext, input: { interestId: string }) {
  const interest = await loadInterest(ctx, input.interestId);
  authorize(ctx, brokeringPolicy, 'interest:answer', interest);
  if (interest.status !== 'PENDING')
    return { interest: null, errors: statusError(ctx, ctx.t(`enums.InterestStatus.${interest.status}`)) };
  interest.status = 'ACCEPTED';
  interest.answeredAt = new Date();
  interest.answeredBy = ref(ctx.viewer.user);
  const listing = interest.listing.getEntity();
  await deliver(ctx, await membersOf(ctx, [interest.organization.id]), {
    kind: 'interest.accepted',
    vars: { title: listing.content.title },
    link: `/cong-nghe/${listing.slug}`,
  });
  await ctx.em.flush();
  return { interest, errors: [] as Errors };
}

const declineSchema = z.object({
  interestId: z.string(),
  reason: z.enum(DECLINE_REASONS),
  text: z.string().trim().max(1000).nullish(),
});

export async function declineInterest(ctx: GraphQLContext, input: { interestId: string; reason: string }) {
  const interest = await loadInterest(ctx, input.interestId);
  authorize(ctx, brokeringPolicy, 'interest:answer', interest);
  const v = validate(declineSchema, input, ctx.t);
  if (!v.ok) return { interest: null, errors: v.errors as Errors };
  if (v.data.reason === 'OTHER' && !v.data.text) {
    return {
      interest: null,
      errors: [fieldError(ctx.t, 'text', 'REQUIRED', 'DECLINE_TEXT_REQUIRED')] as Errors,
    };
  }
  if (interest.status !== 'PENDING')
    return { interest: null, errors: statusError(ctx, ctx.t(`enums.InterestStatus.${interest.status}`)) };
  interest.status = 'DECLINED';
  interest.declineReason = v.data.reason;
  interest.declineText = v.data.text ?? null;
  interest.answeredAt = new Date();
  interest.answeredBy = ref(ctx.viewer.user);
  const listing = interest.listing.getEntity();
  await deliver(ctx, await membersOf(ctx, [interest.organization.id]), {
    kind: 'interest.declined',
    vars: { title: listing.content.title, reason: ctx.t(`enums.DeclineReason.${v.data.reason}`) },
    link: `/quan-tam?chieu=gui`,
  });
  await ctx.em.flush();
  return { interest, errors: [] as Errors };
}

export async function withdrawInterest(ctx: GraphQLContext, input: { interestId: string }) {
  const interest = await loadInterest(ctx, input.interestId);
  authorize(ctx, brokeringPolicy, 'interest:withdraw', interest);
  if (interest.status !== 'PENDING')
    return { interest: null, errors: statusError(ctx, ctx.t(`enums.InterestStatus.${interest.status}`)) };
  interest.status = 'WITHDRAWN';
  await ctx.em.flush();
  return { interest, errors: [] as Errors };
}

export async function listInterests(
  ctx: GraphQLContext,
  args: PageArgs & { direction: 'SENT' | 'RECEIVED' | 'ALL'; status?: InterestStatus[] | null },
) {
  const viewer = ctx.viewer;
  // A visitor is told to sign in (UNAUTHENTICATED, which clients act on), not that an argument is wrong.
  if (!viewer) throw unauthenticated(ctx.t);
  const size = pageSize(ctx.t, args.first);
  const where: FilterQuery<Interest>[] = [];
  const orgId = viewer.activeOrganizationId;
  if (args.direction === 'ALL') authorize(ctx, brokeringPolicy, 'broker:work', null);
  else if (!orgId) return toConnection<Interest>([], size, 0, false);
  else if (args.direction === 'SENT') where.push({ organization: orgId });
  else where.push({ listing: { organization: orgId } });
  if (args.status?.length) where.push({ status: { $in: args.status } });
  const all: FilterQuery<Interest> = { $and: where };
  const total = await ctx.em.count(Interest, all);
  const page = args.after ? { $and: [all, afterKeyset(decodeCursor(ctx.t, args.after))] } : all;
  const rows = await ctx.em.find(Interest, page as FilterQuery<Interest>, {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: size + 1,
    populate: ['listing'],
  });
  return toConnection(rows, size, total, !!args.after);
}

/**
 * Counts a page view by someone outside the owner organisation (one row per listing and day, written in
 * batches by `ctx.views`); a visitor's answer kept by the public cache counts it again each time it is served.
 */
export function recordView(ctx: GraphQLContext, listing: Listing) {
  if (listing.status !== 'PUBLISHED' || ctx.viewer?.roles.has(listing.organization.id)) return;
  ctx.views.add(listing.id);
  (ctx.res.locals.publicViews as string[] | undefined)?.push(listing.id);
}

export async function listingQuality(ctx: GraphQLContext, listingId: string) {
  const listing = isUuid(listingId) ? await ctx.em.findOne(Listing, listingId) : null;
  if (!listing || !can(ctx.viewer, brokeringPolicy, 'listing:quality', listing)) return null;
  const conn = ctx.em.getConnection();
  await ctx.views.flush();
  const [views] = await conn.execute<{ n: number }[]>(
    `select coalesce(sum(count), 0)::int as n from listing_view_counts where listing_id = ?`,
    [listing.id],
  );
  const interests = await ctx.em.find(
    Interest,
    { listing: listing.id },
    { fields: ['status', 'declineReason'] },
  );
  const accepted = interests.filter((i) => i.status === 'ACCEPTED').length;
  const declined = interests.filter((i) => i.status === 'DECLINED').length;
  const reasons = new Map<string, number>();
  for (const i of interests)
    if (i.declineReason) reasons.set(i.declineReason, (reasons.get(i.declineReason) ?? 0) + 1);
  return {
    views: views?.n ?? 0,
    interests: interests.length,
    accepted,
    declined,
    acceptanceRate: accepted + declined ? accepted / (accepted + declined) : null,
    declineReasons: [...reasons.entries()]
      .map(([reason, count]) => ({
        reason: reason as (typeof DECLINE_REASONS)[number],
        label: ctx.t(`enums.DeclineReason.${reason}`),
        count,
      }))
      .sort((a, b) => b.count - a.count),
  };
}

// ---- cases ----------------------------------------------------------------------------------------

/** Counts the year's cases: call it inside {@link numberingCases}, which holds the lock, in its transaction. */
async function nextCaseNumber(ctx: GraphQLContext, at: Date): Promise<string> {
  const year = at.getUTCFullYear();
  const [row] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from brokering_cases where number like ?`,
    [`MG-${year}-%`],
  );
  return `MG-${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

/** Starts a stage: its clock runs in working days from configuration (the demo seed's cases too). */
export function enterStage(
  ctx: Pick<GraphQLContext, 'config'>,
  c: BrokeringCase,
  stage: CaseStage,
  at: Date,
) {
  c.stage = stage;
  c.stageStartedAt = at;
  const days = stageDays(ctx.config, stage);
  c.dueAt = stage === 'CLOSED' || days === null ? null : workingCalendar(ctx.config).addWorkingDays(at, days);
}

function event(
  ctx: GraphQLContext,
  c: BrokeringCase,
  kind: CaseEvent['kind'],
  text: string,
  extra: Partial<CaseEvent> = {},
) {
  const e = Object.assign(new CaseEvent(ref(c), kind, ctx.viewer ? ref(ctx.viewer.user) : null, text), extra);
  // Entries written in one request keep their order on the timeline: strictly increasing times.
  const last = perRequest(ctx.em, 'caseEventClock', () => ({ at: 0 }));
  const at = Math.max(Date.now(), last.at + 1);
  last.at = at;
  e.createdAt = new Date(at);
  ctx.em.persist(e);
  return e;
}

const CASE_NUMBER_LOCK = 7_402_002; // pg advisory lock: one new case at a time takes the next number

/**
 * Runs `work` (which may open a case with {@link createCase}) and flushes what it persisted in one
 * transaction holding the case-number lock. Case numbers count the year's cases, so without the lock two
 * cases opened at the same moment took the same number and all but one failed with CONFLICT.
 */
async function numberingCases<T>(ctx: GraphQLContext, work: () => Promise<T>): Promise<T> {
  await ctx.em.begin();
  try {
    await ctx.em.execute('select pg_advisory_xact_lock(?)', [CASE_NUMBER_LOCK]);
    const result = await work();
    await ctx.em.commit();
    return result;
  } catch (error) {
    await ctx.em.rollback().catch(() => undefined);
    if (!/brokering_cases_number_unique/.test(String(error))) throw error;
    ctx.em.clear();
    throw conflict(ctx.t);
  }
}

/** Persists a new case with the next number; inside {@link numberingCases}. */
async function createCase(
  ctx: GraphQLContext,
  init: { title: string; need: string; requester: string; requestedBy: User; listing?: Listing | null },
  openedBy: string,
): Promise<BrokeringCase> {
  const now = new Date();
  const c = new BrokeringCase(
    await nextCaseNumber(ctx, now),
    init.title,
    init.need,
    ref(Organization, init.requester),
    ref(init.requestedBy),
  );
  c.listing = init.listing ? ref(init.listing) : null;
  c.openedAt = now;
  enterStage(ctx, c, 'RECEIVED', now);
  ctx.em.persist(c);
  event(ctx, c, 'OPENED', openedBy, { toStage: 'RECEIVED' });
  return c;
}

const openSchema = z.object({
  title: z.string().trim().min(1).max(256),
  need: z.string().trim().min(1).max(4000),
  listingId: z.uuid().nullish(),
});

export async function openCase(
  ctx: GraphQLContext,
  input: { title: string; need: string; listingId?: string | null },
) {
  const orgId = ctx.viewer?.activeOrganizationId ?? null;
  if (ctx.viewer && !orgId) return { case: null, errors: noOrganization(ctx) };
  authorize(ctx, brokeringPolicy, 'case:open', orgId ?? '');
  const v = validate(openSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  let listing: Listing | null = null;
  if (v.data.listingId) {
    listing = await ctx.em.findOne(Listing, v.data.listingId);
    const visible = listing && (listing.status === 'PUBLISHED' || listing.organization.id === orgId);
    if (!visible) return { case: null, errors: [fieldError(ctx.t, 'listingId', 'INVALID')] as Errors };
  }
  const c = await numberingCases(ctx, async () => {
    const c = await createCase(
      ctx,
      { title: v.data.title, need: v.data.need, requester: orgId!, requestedBy: ctx.viewer.user, listing },
      ctx.t('cases.openedByMember'),
    );
    if (listing && listing.organization.id !== orgId) c.counterpartIds = [listing.organization.id];
    await deliver(ctx, await brokersToAlert(ctx), {
      kind: 'case.opened',
      vars: { number: c.number, title: c.title },
      link: `/ho-so/${c.id}`,
    });
    return c;
  });
  return { case: c, errors: [] as Errors };
}

export async function openCaseFromInterest(ctx: GraphQLContext, input: { interestId: string }) {
  authorize(ctx, brokeringPolicy, 'broker:work', null);
  const interest = await loadInterest(ctx, input.interestId);
  if (interest.status !== 'ACCEPTED')
    return { case: null, errors: statusError(ctx, ctx.t(`enums.InterestStatus.${interest.status}`)) };
  const listing = interest.listing.getEntity();
  // One open case per interested organisation and listing.
  const existing = await ctx.em.count(BrokeringCase, {
    listing: listing.id,
    requester: interest.organization.id,
    stage: { $ne: 'CLOSED' },
  });
  if (existing)
    return { case: null, errors: [fieldError(ctx.t, 'interestId', 'DUPLICATE', 'CASE_DUPLICATE')] as Errors };
  const requestedBy = await interest.sender.loadOrFail();
  const c = await numberingCases(ctx, async () => {
    const c = await createCase(
      ctx,
      {
        title: listing.content.title,
        need: interest.intendedUse,
        requester: interest.organization.id,
        requestedBy,
        listing,
      },
      ctx.t('cases.openedFromInterest'),
    );
    c.counterpartIds = [listing.organization.id];
    c.assignee = ref(ctx.viewer.user);
    c.firstResponseAt = new Date();
    await deliver(ctx, await membersOf(ctx, [interest.organization.id, listing.organization.id]), {
      kind: 'case.opened',
      vars: { number: c.number, title: c.title },
      link: `/ho-so/${c.id}`,
    });
    return c;
  });
  return { case: c, errors: [] as Errors };
}

/**
 * Introduces a matched offer to a request's owner: joins the open case about that request (or opens one
 * for the request's organisation), adds the offer's owner as counterpart, moves the case to INTRODUCED and
 * notifies both owners. Brokers only (checked by the caller).
 */
export async function introduceIntoCase(
  ctx: GraphQLContext,
  input: { request: Listing; offer: Listing; note: string | null },
): Promise<BrokeringCase> {
  authorize(ctx, brokeringPolicy, 'broker:work', null);
  const { request, offer } = input;
  // Under the numbering lock: two introductions for the same request join one case, not open two.
  return numberingCases(ctx, async () => {
    let c = await ctx.em.findOne(
      BrokeringCase,
      { listing: request.id, stage: { $ne: 'CLOSED' } },
      { orderBy: { openedAt: 'desc' } },
    );
    if (!c) {
      c = await createCase(
        ctx,
        {
          title: request.content.title,
          need: request.content.summary || request.content.title,
          requester: request.organization.id,
          requestedBy: await request.createdBy.loadOrFail(),
          listing: request,
        },
        ctx.t('cases.openedByIntroduction'),
      );
    }
    if (!c.counterpartIds.includes(offer.organization.id))
      c.counterpartIds = [...c.counterpartIds, offer.organization.id];
    c.assignee ??= ref(ctx.viewer!.user);
    c.firstResponseAt ??= new Date();
    const from = c.stage;
    if (CASE_STAGES.indexOf(c.stage) < CASE_STAGES.indexOf('INTRODUCED'))
      enterStage(ctx, c, 'INTRODUCED', new Date());
    event(
      ctx,
      c,
      'INTRODUCTION',
      input.note?.trim() || ctx.t('cases.introduced', { title: offer.content.title }),
      {
        fromStage: from,
        toStage: c.stage,
      },
    );
    await deliver(ctx, await membersOf(ctx, [request.organization.id, offer.organization.id]), {
      kind: 'match.introduced',
      vars: { request: request.content.title, offer: offer.content.title, number: c.number },
      link: `/ho-so/${c.id}`,
    });
    return c;
  });
}

async function loadCase(ctx: GraphQLContext, id: string): Promise<BrokeringCase> {
  const c = isUuid(id) ? await ctx.em.findOne(BrokeringCase, id) : null;
  if (!c || !can(ctx.viewer, brokeringPolicy, 'case:view', c)) throw notFound(ctx.t, 'case');
  return c;
}

export async function getCase(ctx: GraphQLContext, id: string) {
  const c = isUuid(id) ? await ctx.em.findOne(BrokeringCase, id) : null;
  return c && can(ctx.viewer, brokeringPolicy, 'case:view', c) ? c : null;
}

export async function assignCase(ctx: GraphQLContext, input: { caseId: string; brokerId: string }) {
  const c = await loadCase(ctx, input.caseId);
  authorize(ctx, brokeringPolicy, 'case:manage', c);
  const broker = isUuid(input.brokerId) ? await ctx.em.findOne(User, input.brokerId) : null;
  if (!broker || (broker.role !== 'BROKER' && broker.role !== 'ADMIN')) {
    return { case: null, errors: [fieldError(ctx.t, 'brokerId', 'INVALID')] as Errors };
  }
  c.assignee = ref(broker);
  c.firstResponseAt ??= new Date();
  event(ctx, c, 'ASSIGNED', ctx.t('cases.assigned', { name: broker.displayName }));
  if (broker.id !== ctx.viewer.user.id) {
    await deliver(ctx, [broker], {
      kind: 'case.assigned',
      vars: { number: c.number, title: c.title },
      link: `/ho-so/${c.id}`,
    });
  }
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

const moveSchema = z.object({
  caseId: z.string(),
  version: z.number().int(),
  stage: z.enum(CASE_STAGES),
  note: z.string().trim().max(2000).nullish(),
});

export async function moveCase(
  ctx: GraphQLContext,
  input: { caseId: string; version: number; stage: CaseStage },
) {
  const c = await loadCase(ctx, input.caseId);
  authorize(ctx, brokeringPolicy, 'case:manage', c);
  const v = validate(moveSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  if (v.data.version !== c.version) throw conflict(ctx.t);
  const from = c.stage;
  const forward = CASE_STAGES.indexOf(v.data.stage) > CASE_STAGES.indexOf(from);
  if (c.stage === 'CLOSED' || v.data.stage === 'CLOSED' || !forward) {
    return { case: null, errors: [fieldError(ctx.t, 'stage', 'INVALID_STATUS', 'STAGE_ORDER')] as Errors };
  }
  const now = new Date();
  enterStage(ctx, c, v.data.stage, now);
  c.firstResponseAt ??= now;
  c.assignee ??= ref(ctx.viewer.user);
  event(ctx, c, 'STAGE_CHANGED', v.data.note ?? '', { fromStage: from, toStage: v.data.stage });
  await deliver(ctx, await membersOf(ctx, [c.requester.id, ...c.counterpartIds]), {
    kind: 'case.stageChanged',
    vars: { number: c.number, title: c.title, stage: ctx.t(`enums.CaseStage.${v.data.stage}`) },
    link: `/ho-so/${c.id}`,
  });
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

const closeSchema = z.object({
  caseId: z.string(),
  version: z.number().int(),
  outcome: z.enum(['DEAL', 'NO_DEAL', 'WITHDRAWN']),
  agreement: z
    .object({
      type: z.enum(TRANSFER_FORMS),
      value: z.number().int().min(0),
      signedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      contractRegistered: z.boolean(),
    })
    .nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export async function closeCase(
  ctx: GraphQLContext,
  input: { caseId: string; version: number; outcome: string },
) {
  const c = await loadCase(ctx, input.caseId);
  const v = validate(closeSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  authorize(ctx, brokeringPolicy, v.data.outcome === 'WITHDRAWN' ? 'case:withdraw' : 'case:manage', c);
  if (v.data.version !== c.version) throw conflict(ctx.t);
  if (c.stage === 'CLOSED') return { case: null, errors: statusError(ctx, ctx.t('enums.CaseStage.CLOSED')) };
  if (v.data.outcome === 'DEAL') {
    const a = v.data.agreement;
    if (!a) return { case: null, errors: [fieldError(ctx.t, 'agreement', 'REQUIRED')] as Errors };
    // "Today" is the department's calendar day (UTC+7), as the form shows it, not UTC's.
    if (a.signedOn > workingCalendar(ctx.config).isoDay(new Date())) {
      return {
        case: null,
        errors: [fieldError(ctx.t, 'agreement', 'INVALID', 'SIGNED_IN_FUTURE')] as Errors,
      };
    }
    c.agreementType = a.type;
    c.agreementValue = String(a.value);
    c.agreementDate = a.signedOn;
    c.contractRegistered = a.contractRegistered;
  }
  const now = new Date();
  const from = c.stage;
  // The clock of a closed case says whether it closed within the deadline of the stage it closed from.
  const due = c.dueAt;
  c.stage = 'CLOSED';
  c.outcome = v.data.outcome;
  c.closedAt = now;
  c.dueAt = due;
  c.firstResponseAt ??= now;
  event(ctx, c, 'CLOSED', v.data.note ?? ctx.t(`enums.CaseOutcome.${v.data.outcome}`), {
    fromStage: from,
    toStage: 'CLOSED',
  });
  await deliver(ctx, await membersOf(ctx, [c.requester.id, ...c.counterpartIds]), {
    kind: 'case.closed',
    vars: { number: c.number, title: c.title, outcome: ctx.t(`enums.CaseOutcome.${v.data.outcome}`) },
    link: `/ho-so/${c.id}`,
  });
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

const messageSchema = z.object({
  caseId: z.string(),
  text: z.string().trim().min(1).max(4000),
  internal: z.boolean().nullish(),
});

export async function addCaseMessage(
  ctx: GraphQLContext,
  input: { caseId: string; text: string; internal?: boolean | null },
) {
  const c = await loadCase(ctx, input.caseId);
  authorize(ctx, brokeringPolicy, input.internal ? 'case:manage' : 'case:message', c);
  const v = validate(messageSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  event(ctx, c, v.data.internal ? 'INTERNAL_NOTE' : 'MESSAGE', v.data.text, { internal: !!v.data.internal });
  if (isBroker(ctx.viewer)) c.firstResponseAt ??= new Date();
  if (!v.data.internal) {
    const parties = (await membersOf(ctx, [c.requester.id, ...c.counterpartIds])).filter(
      (u) => u.id !== ctx.viewer!.user.id,
    );
    const recipients = isBroker(ctx.viewer) ? parties : [...parties, ...(await brokersToAlert(ctx, c))];
    await deliver(ctx, recipients, {
      kind: 'case.message',
      vars: { number: c.number, title: c.title },
      link: `/ho-so/${c.id}`,
    });
  }
  c.updatedAt = new Date();
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

const documentSchema = z.object({
  caseId: z.string(),
  attachmentId: z.uuid(),
  type: z.enum(['NDA', 'TERM_SHEET', 'CONTRACT', 'OTHER']),
  note: z.string().trim().max(500).nullish(),
});

export async function addCaseDocument(
  ctx: GraphQLContext,
  input: { caseId: string; attachmentId: string; type: string },
) {
  const c = await loadCase(ctx, input.caseId);
  authorize(ctx, brokeringPolicy, 'case:message', c);
  const v = validate(documentSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  const attachment = await ctx.em.findOne(Attachment, v.data.attachmentId);
  const mine = attachment && (isBroker(ctx.viewer) || ctx.viewer.roles.has(attachment.organization.id));
  if (!attachment || !mine || attachment.kind !== 'DOCUMENT') {
    return {
      case: null,
      errors: [fieldError(ctx.t, 'attachmentId', 'INVALID', 'UNKNOWN_ATTACHMENT')] as Errors,
    };
  }
  // Case documents are for the case's people only.
  attachment.confidential = true;
  event(ctx, c, 'DOCUMENT', v.data.note ?? attachment.fileName, {
    document: ref(attachment),
    documentType: v.data.type,
  });
  c.updatedAt = new Date();
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

const meetingSchema = z.object({
  caseId: z.string(),
  at: z.date(),
  place: z.string().trim().min(1).max(256),
  note: z.string().trim().max(2000).nullish(),
});

export async function addCaseMeeting(
  ctx: GraphQLContext,
  input: { caseId: string; at: Date; place: string },
) {
  const c = await loadCase(ctx, input.caseId);
  authorize(ctx, brokeringPolicy, 'case:manage', c);
  const v = validate(meetingSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  event(ctx, c, 'MEETING', v.data.note ?? '', { meetingAt: v.data.at, meetingPlace: v.data.place });
  c.updatedAt = new Date();
  await deliver(ctx, await membersOf(ctx, [c.requester.id, ...c.counterpartIds]), {
    kind: 'case.meeting',
    vars: { number: c.number, place: v.data.place },
    link: `/ho-so/${c.id}`,
  });
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

const rateSchema = z.object({
  caseId: z.string(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullish(),
});

export async function rateCase(ctx: GraphQLContext, input: { caseId: string; rating: number }) {
  const c = await loadCase(ctx, input.caseId);
  authorize(ctx, brokeringPolicy, 'case:rate', c);
  const v = validate(rateSchema, input, ctx.t);
  if (!v.ok) return { case: null, errors: v.errors as Errors };
  if (c.stage !== 'CLOSED' || c.rating)
    return { case: null, errors: statusError(ctx, ctx.t(`enums.CaseStage.${c.stage}`)) };
  c.rating = v.data.rating;
  c.ratingComment = v.data.comment ?? null;
  c.ratedAt = new Date();
  event(ctx, c, 'RATED', `${v.data.rating}/5${v.data.comment ? ` — ${v.data.comment}` : ''}`);
  await flushOrConflict(ctx);
  return { case: c, errors: [] as Errors };
}

export async function listCases(
  ctx: GraphQLContext,
  args: PageArgs & {
    where?: { mine?: boolean | null; stage?: CaseStage[] | null; lateOnly?: boolean | null } | null;
  },
) {
  const viewer = ctx.viewer;
  if (!viewer) return toConnection<BrokeringCase>([], pageSize(ctx.t, args.first), 0, false);
  const size = pageSize(ctx.t, args.first);
  const where: FilterQuery<BrokeringCase>[] = [];
  if (!isBroker(viewer)) {
    const orgs = [...viewer.roles.keys()];
    if (!orgs.length) return toConnection<BrokeringCase>([], size, 0, false);
    where.push({
      $or: [
        { requester: { $in: orgs } },
        ...orgs.map((o) => ({ counterpartIds: { $contains: [o] } }) as FilterQuery<BrokeringCase>),
      ],
    });
  } else if (args.where?.mine) where.push({ assignee: viewer.user.id });
  if (args.where?.stage?.length) where.push({ stage: { $in: args.where.stage } });
  if (args.where?.lateOnly) where.push({ stage: { $ne: 'CLOSED' }, dueAt: { $lt: new Date() } });
  const all: FilterQuery<BrokeringCase> = { $and: where };
  const total = await ctx.em.count(BrokeringCase, all);
  // Work order: open cases by due date (so overdue ones come first), then closed ones, newest first.
  // Pages are offsets here: the order mixes columns, and lists of cases stay short.
  const offset = args.after ? decodeOffset(ctx, args.after) : 0;
  const rows = await ctx.em
    .createQueryBuilder(BrokeringCase, 'c')
    .where(all)
    .orderBy({
      closedAt: QueryOrder.DESC_NULLS_FIRST,
      dueAt: QueryOrder.ASC_NULLS_LAST,
      openedAt: QueryOrder.ASC,
      id: QueryOrder.ASC,
    })
    .limit(size + 1)
    .offset(offset)
    .getResultList();
  const page = rows.slice(0, size);
  const edges = page.map((node, i) => ({
    node,
    cursor: Buffer.from(`o:${offset + i + 1}`).toString('base64url'),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

function decodeOffset(ctx: GraphQLContext, cursor: string): number {
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(ctx.t, 'after', ctx.t('errors.INVALID', { field: ctx.t('fields.after') }));
  return Number(m[1]);
}

export async function listBrokers(ctx: GraphQLContext) {
  authorize(ctx, brokeringPolicy, 'broker:work', null);
  return ctx.em.find(User, { role: { $in: ['BROKER', 'ADMIN'] } }, { orderBy: { displayName: 'asc' } });
}

// ---- complaints -----------------------------------------------------------------------------------

const complaintSchema = z.object({ caseId: z.uuid().nullish(), text: z.string().trim().min(1).max(4000) });

export async function fileComplaint(ctx: GraphQLContext, input: { caseId?: string | null; text: string }) {
  const orgId = ctx.viewer?.activeOrganizationId ?? null;
  if (ctx.viewer && !orgId) return { complaint: null, errors: noOrganization(ctx) };
  authorize(ctx, brokeringPolicy, 'case:open', orgId ?? '');
  const v = validate(complaintSchema, input, ctx.t);
  if (!v.ok) return { complaint: null, errors: v.errors as Errors };
  const c = v.data.caseId ? await loadCase(ctx, v.data.caseId) : null;
  const now = new Date();
  const complaint = new Complaint(
    ref(Organization, orgId!),
    ref(ctx.viewer.user),
    v.data.text,
    workingCalendar(ctx.config).addWorkingDays(now, ctx.config.COMPLAINT_DAYS),
  );
  complaint.case = c ? ref(c) : null;
  ctx.em.persist(complaint);
  await deliver(ctx, await brokersToAlert(ctx, c), {
    kind: 'complaint.filed',
    vars: { number: c?.number ?? '—' },
    link: c ? `/ho-so/${c.id}` : '/quan-tri/bang-dieu-khien',
  });
  await ctx.em.flush();
  return { complaint, errors: [] as Errors };
}

const answerSchema = z.object({ complaintId: z.string(), answer: z.string().trim().min(1).max(4000) });

export async function answerComplaint(ctx: GraphQLContext, input: { complaintId: string; answer: string }) {
  authorize(ctx, brokeringPolicy, 'broker:work', null);
  const complaint = isUuid(input.complaintId) ? await ctx.em.findOne(Complaint, input.complaintId) : null;
  if (!complaint) throw notFound(ctx.t, 'complaint');
  const v = validate(answerSchema, input, ctx.t);
  if (!v.ok) return { complaint: null, errors: v.errors as Errors };
  if (complaint.answeredAt) return { complaint: null, errors: statusError(ctx, ctx.t('cases.answered')) };
  complaint.answer = v.data.answer;
  complaint.answeredAt = new Date();
  complaint.answeredBy = ref(ctx.viewer.user);
  await deliver(ctx, [await complaint.author.loadOrFail()], {
    kind: 'complaint.answered',
    vars: { answer: v.data.answer.slice(0, 200) },
    link: complaint.case ? `/ho-so/${complaint.case.id}` : null,
  });
  await ctx.em.flush();
  return { complaint, errors: [] as Errors };
}
