import type { EntityManager } from '@mikro-orm/postgresql';
import type { ListingKind, ListingStatus } from '../listing/entities';
import type { CaseOutcome, CaseStage, InterestStatus } from '../brokering/entities';
import type { Range } from './period';

/**
 * The rows reports count, read with plain SQL (narrow columns, no entities in the identity map).
 * Every figure is computed in `figures.ts` from exactly these rows, and the spreadsheets list exactly
 * these rows, so a figure always equals a count or sum over its sheet.
 */

export interface ListingRow {
  id: string;
  slug: string;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  sectorIds: string[];
  organizationName: string;
  publishedAt: Date;
}

export interface InterestRow {
  id: string;
  status: InterestStatus;
  listingSlug: string;
  listingTitle: string;
  organizationName: string;
  createdAt: Date;
}

export interface CaseRow {
  id: string;
  number: string;
  title: string;
  requesterName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  stage: CaseStage;
  outcome: CaseOutcome | null;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  firstResponseAt: Date | null;
  agreementType: string | null;
  /** đồng; bigint in the database, well inside Number's exact range for any real deal. */
  agreementValue: number | null;
  agreementDate: string | null;
  contractRegistered: boolean | null;
  rating: number | null;
}

export interface ComplaintRow {
  id: string;
  caseNumber: string | null;
  organizationName: string;
  createdAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
}

/** Timestamps as epoch milliseconds: the driver hands timestamptz over as text otherwise. */
const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;
const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(Number(v)));

/** `column >= from and column < to`, for the bounds that are set. */
function within(column: string, range: Range, params: unknown[]): string {
  const parts: string[] = [];
  if (range.from) {
    parts.push(`${column} >= ?`);
    params.push(range.from);
  }
  if (range.to) {
    parts.push(`${column} < ?`);
    params.push(range.to);
  }
  return parts.length ? parts.join(' and ') : 'true';
}

type Raw = Record<string, unknown>;

async function rows(em: EntityManager, sql: string, params: unknown[]): Promise<Raw[]> {
  return em.getConnection().execute<Raw[]>(sql, params, 'all');
}

/** Listings first published in the range (publication date = the first approval; it never moves). */
export async function listingsPublished(em: EntityManager, range: Range): Promise<ListingRow[]> {
  const params: unknown[] = [];
  const where = within('l.published_at', range, params);
  const result = await rows(
    em,
    `select l.id, l.slug, l.kind, l.status, l.content->>'title' as title,
            coalesce(l.content->'sectorIds', '[]'::jsonb) as "sectorIds", o.name as "organizationName",
            ${ms('l.published_at')} as "publishedAt"
       from listings l join organizations o on o.id = l.organization_id
      where l.published_at is not null and ${where}
      order by l.published_at, l.id`,
    params,
  );
  return result.map((r) => ({
    id: r.id as string,
    slug: r.slug as string,
    kind: r.kind as ListingKind,
    status: r.status as ListingStatus,
    title: (r.title as string | null) ?? '',
    sectorIds: (typeof r.sectorIds === 'string' ? JSON.parse(r.sectorIds) : r.sectorIds) as string[],
    organizationName: r.organizationName as string,
    publishedAt: date(r.publishedAt)!,
  }));
}

/** Expressions of interest sent in the range. */
export async function interestsExpressed(em: EntityManager, range: Range): Promise<InterestRow[]> {
  const params: unknown[] = [];
  const where = within('i.created_at', range, params);
  const result = await rows(
    em,
    `select i.id, i.status, l.slug as "listingSlug", l.content->>'title' as "listingTitle",
            o.name as "organizationName", ${ms('i.created_at')} as "createdAt"
       from interests i
       join listings l on l.id = i.listing_id
       join organizations o on o.id = i.organization_id
      where ${where}
      order by i.created_at, i.id`,
    params,
  );
  return result.map((r) => ({
    id: r.id as string,
    status: r.status as InterestStatus,
    listingSlug: r.listingSlug as string,
    listingTitle: (r.listingTitle as string | null) ?? '',
    organizationName: r.organizationName as string,
    createdAt: date(r.createdAt)!,
  }));
}

/** Cases open at some time in the range: opened before its end and not closed before its start. */
export async function casesHandled(em: EntityManager, range: Range): Promise<CaseRow[]> {
  const params: unknown[] = [];
  const parts: string[] = [];
  if (range.to) {
    parts.push('c.opened_at < ?');
    params.push(range.to);
  }
  if (range.from) {
    parts.push('(c.closed_at is null or c.closed_at >= ?)');
    params.push(range.from);
  }
  const result = await rows(
    em,
    `select c.id, c.number, c.title, o.name as "requesterName", c.assignee_id as "assigneeId",
            u.display_name as "assigneeName", c.stage, c.outcome,
            ${ms('c.opened_at')} as "openedAt", ${ms('c.due_at')} as "dueAt",
            ${ms('c.closed_at')} as "closedAt", ${ms('c.first_response_at')} as "firstResponseAt",
            c.agreement_type as "agreementType", c.agreement_value::text as "agreementValue",
            c.agreement_date::text as "agreementDate", c.contract_registered as "contractRegistered",
            c.rating
       from brokering_cases c
       join organizations o on o.id = c.requester_id
       left join users u on u.id = c.assignee_id
      where ${parts.length ? parts.join(' and ') : 'true'}
      order by c.opened_at, c.number`,
    params,
  );
  return result.map((r) => ({
    id: r.id as string,
    number: r.number as string,
    title: r.title as string,
    requesterName: r.requesterName as string,
    assigneeId: (r.assigneeId as string | null) ?? null,
    assigneeName: (r.assigneeName as string | null) ?? null,
    stage: r.stage as CaseStage,
    outcome: (r.outcome as CaseOutcome | null) ?? null,
    openedAt: date(r.openedAt)!,
    dueAt: date(r.dueAt),
    closedAt: date(r.closedAt),
    firstResponseAt: date(r.firstResponseAt),
    agreementType: (r.agreementType as string | null) ?? null,
    agreementValue:
      r.agreementValue === null || r.agreementValue === undefined ? null : Number(r.agreementValue),
    agreementDate: (r.agreementDate as string | null) ?? null,
    contractRegistered: (r.contractRegistered as boolean | null) ?? null,
    rating: r.rating === null || r.rating === undefined ? null : Number(r.rating),
  }));
}

/** Complaints filed in the range. */
export async function complaintsFiled(em: EntityManager, range: Range): Promise<ComplaintRow[]> {
  const params: unknown[] = [];
  const where = within('k.created_at', range, params);
  const result = await rows(
    em,
    `select k.id, c.number as "caseNumber", o.name as "organizationName",
            ${ms('k.created_at')} as "createdAt", ${ms('k.due_at')} as "dueAt",
            ${ms('k.answered_at')} as "answeredAt"
       from complaints k
       join organizations o on o.id = k.organization_id
       left join brokering_cases c on c.id = k.case_id
      where ${where}
      order by k.created_at, k.id`,
    params,
  );
  return result.map((r) => ({
    id: r.id as string,
    caseNumber: (r.caseNumber as string | null) ?? null,
    organizationName: r.organizationName as string,
    createdAt: date(r.createdAt)!,
    dueAt: date(r.dueAt)!,
    answeredAt: date(r.answeredAt),
  }));
}

/** The broker's queue counters, in one round trip each. */
export async function reviewQueueSummary(em: EntityManager): Promise<{ count: number; oldest: Date | null }> {
  const [r] = await rows(
    em,
    `select count(*)::int as count, ${ms('min(submitted_at)')} as oldest
       from listings where status = 'SUBMITTED' or pending_status = 'SUBMITTED'`,
    [],
  );
  return { count: Number(r?.count ?? 0), oldest: date(r?.oldest) };
}

export async function pendingInterestSummary(
  em: EntityManager,
  remindAfter: Date,
): Promise<{ count: number; pastReminder: number }> {
  const [r] = await rows(
    em,
    `select count(*)::int as count,
            count(*) filter (where created_at <= ? or reminder_sent_at is not null)::int as "pastReminder"
       from interests where status = 'PENDING'`,
    [remindAfter],
  );
  return { count: Number(r?.count ?? 0), pastReminder: Number(r?.pastReminder ?? 0) };
}

export async function unassignedOpenCases(em: EntityManager): Promise<number> {
  const [r] = await rows(
    em,
    `select count(*)::int as count from brokering_cases where stage <> 'CLOSED' and assignee_id is null`,
    [],
  );
  return Number(r?.count ?? 0);
}
