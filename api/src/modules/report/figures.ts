import type { WorkingCalendar } from '../../platform/calendar';
import type { StatisticAggregation, StatisticMetric, StatisticRecordKind } from '../../generated/graphql';
import { CASE_STAGES, type CaseStage } from '../brokering/entities';
import { inRange, type Range } from './period';
import type { CaseRow, ComplaintRow, InterestRow, ListingRow } from './repository';

/**
 * Every figure of every report, defined once: a metric is a set of records (listings, interests,
 * cases, complaints) each contributing a number, and an aggregation of those numbers. The public
 * statistics, the dashboard's rates, the period report, its spreadsheets and `statisticsRecords` all
 * call `records()` / `figure()`, so a figure always equals the aggregate of the records it lists.
 *
 * "Now"-dependent facts (a case's stage, whether an open case is late) are taken at `now`: a report
 * states the situation at the instant it is computed.
 */

/** The rows of one reporting range, read by `repository.ts`. */
export interface Dataset {
  range: Range;
  now: Date;
  listings: ListingRow[];
  interests: InterestRow[];
  cases: CaseRow[];
  complaints: ComplaintRow[];
}

/** What reports need to know about a case, derived once. */
export interface CaseFacts {
  row: CaseRow;
  /** Not closed (now). */
  open: boolean;
  /** Open and past its due date (now). */
  late: boolean;
  /**
   * Closed on or before its due date, or open and not late. A case without a due date (a stage
   * without a configured deadline) cannot be late. Same rule as the case's `clock`.
   */
  onTime: boolean;
  openedIn: boolean;
  closedIn: boolean;
  /** Working days from opening to the first broker response; null before any response. */
  firstResponseDays: number | null;
  firstResponseIn: boolean;
}

export function caseFacts(ds: Dataset, calendar: WorkingCalendar): CaseFacts[] {
  return ds.cases.map((row) => {
    const open = row.stage !== 'CLOSED';
    const status = row.dueAt
      ? calendar.clock(row.dueAt, ds.now, open ? null : (row.closedAt ?? ds.now)).status
      : null;
    const lateNow = status === 'LATE';
    return {
      row,
      open,
      late: open && lateNow,
      onTime: !lateNow,
      openedIn: inRange(ds.range, row.openedAt),
      closedIn: !open && inRange(ds.range, row.closedAt),
      firstResponseDays: row.firstResponseAt
        ? calendar.workingDaysBetween(row.openedAt, row.firstResponseAt)
        : null,
      firstResponseIn: inRange(ds.range, row.firstResponseAt),
    };
  });
}

/** The report order of the figures. */
export const METRICS: StatisticMetric[] = [
  'OFFERS_PUBLISHED',
  'REQUESTS_PUBLISHED',
  'INTERESTS_EXPRESSED',
  'CASES_HANDLED',
  'CASES_OPENED',
  'CASES_CLOSED',
  'DEALS_CLOSED',
  'DEALS_VALUE',
  'ON_TIME_RATE',
  'CLOSED_ON_TIME_RATE',
  'OPEN_NOT_LATE',
  'FIRST_RESPONSE_DAYS',
  'SATISFACTION',
  'COMPLAINTS_FILED',
  'COMPLAINTS_ANSWERED_ON_TIME',
  'COMPLAINTS_OVERDUE',
];

export type Unit = 'listings' | 'interests' | 'cases' | 'complaints' | 'dong' | 'rate' | 'days' | 'score';

export interface StatRecord {
  kind: StatisticRecordKind;
  id: string;
  reference: string;
  value: number;
}

export interface RecordFilter {
  /** Listing figures: only listings in this sector. */
  sectorId?: string | null;
  /** Case figures: only cases now at this stage. */
  stage?: CaseStage | null;
}

/** Prepared inputs: the dataset and the derived case facts. */
export interface Facts {
  ds: Dataset;
  cases: CaseFacts[];
}

export function facts(ds: Dataset, calendar: WorkingCalendar): Facts {
  return { ds, cases: caseFacts(ds, calendar) };
}

interface Spec {
  aggregation: StatisticAggregation;
  unit: Unit;
  records: (f: Facts, filter: RecordFilter) => StatRecord[];
}

const listing = (l: ListingRow): StatRecord => ({ kind: 'LISTING', id: l.id, reference: l.slug, value: 1 });
const kase = (c: CaseFacts, value = 1): StatRecord => ({
  kind: 'CASE',
  id: c.row.id,
  reference: c.row.number,
  value,
});
const complaint = (k: ComplaintRow): StatRecord => ({
  kind: 'COMPLAINT',
  id: k.id,
  reference: k.id,
  value: 1,
});

function listingsOf(f: Facts, kind: ListingRow['kind'], filter: RecordFilter): StatRecord[] {
  return f.ds.listings
    .filter((l) => l.kind === kind && (!filter.sectorId || l.sectorIds.includes(filter.sectorId)))
    .map(listing);
}

function casesOf(f: Facts, filter: RecordFilter): CaseFacts[] {
  return filter.stage ? f.cases.filter((c) => c.row.stage === filter.stage) : f.cases;
}

const isDeal = (c: CaseFacts) => c.closedIn && c.row.outcome === 'DEAL';
export const answeredOnTime = (k: ComplaintRow) =>
  !!k.answeredAt && k.answeredAt.getTime() <= k.dueAt.getTime();
export const complaintOverdue = (k: ComplaintRow, now: Date) =>
  !k.answeredAt && now.getTime() > k.dueAt.getTime();

export const SPECS: Record<StatisticMetric, Spec> = {
  OFFERS_PUBLISHED: { aggregation: 'COUNT', unit: 'listings', records: (f, q) => listingsOf(f, 'OFFER', q) },
  REQUESTS_PUBLISHED: {
    aggregation: 'COUNT',
    unit: 'listings',
    records: (f, q) => listingsOf(f, 'REQUEST', q),
  },
  INTERESTS_EXPRESSED: {
    aggregation: 'COUNT',
    unit: 'interests',
    records: (f) => f.ds.interests.map((i) => ({ kind: 'INTEREST', id: i.id, reference: i.id, value: 1 })),
  },
  CASES_HANDLED: {
    aggregation: 'COUNT',
    unit: 'cases',
    records: (f, q) => casesOf(f, q).map((c) => kase(c)),
  },
  CASES_OPENED: {
    aggregation: 'COUNT',
    unit: 'cases',
    records: (f, q) =>
      casesOf(f, q)
        .filter((c) => c.openedIn)
        .map((c) => kase(c)),
  },
  CASES_CLOSED: {
    aggregation: 'COUNT',
    unit: 'cases',
    records: (f, q) =>
      casesOf(f, q)
        .filter((c) => c.closedIn)
        .map((c) => kase(c)),
  },
  DEALS_CLOSED: {
    aggregation: 'COUNT',
    unit: 'cases',
    records: (f, q) =>
      casesOf(f, q)
        .filter(isDeal)
        .map((c) => kase(c)),
  },
  DEALS_VALUE: {
    aggregation: 'SUM',
    unit: 'dong',
    records: (f, q) =>
      casesOf(f, q)
        .filter(isDeal)
        .map((c) => kase(c, c.row.agreementValue ?? 0)),
  },
  ON_TIME_RATE: {
    aggregation: 'AVERAGE',
    unit: 'rate',
    records: (f, q) => casesOf(f, q).map((c) => kase(c, c.onTime ? 1 : 0)),
  },
  CLOSED_ON_TIME_RATE: {
    aggregation: 'AVERAGE',
    unit: 'rate',
    records: (f, q) =>
      casesOf(f, q)
        .filter((c) => !c.open)
        .map((c) => kase(c, c.onTime ? 1 : 0)),
  },
  OPEN_NOT_LATE: {
    aggregation: 'COUNT',
    unit: 'cases',
    records: (f, q) =>
      casesOf(f, q)
        .filter((c) => c.open && !c.late)
        .map((c) => kase(c)),
  },
  FIRST_RESPONSE_DAYS: {
    aggregation: 'MEDIAN',
    unit: 'days',
    records: (f, q) =>
      casesOf(f, q)
        .filter((c) => c.firstResponseIn && c.firstResponseDays !== null)
        .map((c) => kase(c, c.firstResponseDays!)),
  },
  SATISFACTION: {
    aggregation: 'AVERAGE',
    unit: 'score',
    records: (f, q) =>
      casesOf(f, q)
        .filter((c) => c.closedIn && c.row.rating !== null)
        .map((c) => kase(c, c.row.rating!)),
  },
  COMPLAINTS_FILED: {
    aggregation: 'COUNT',
    unit: 'complaints',
    records: (f) => f.ds.complaints.map(complaint),
  },
  COMPLAINTS_ANSWERED_ON_TIME: {
    aggregation: 'COUNT',
    unit: 'complaints',
    records: (f) => f.ds.complaints.filter(answeredOnTime).map(complaint),
  },
  COMPLAINTS_OVERDUE: {
    aggregation: 'COUNT',
    unit: 'complaints',
    records: (f) => f.ds.complaints.filter((k) => complaintOverdue(k, f.ds.now)).map(complaint),
  },
};

export function aggregate(aggregation: StatisticAggregation, values: number[]): number | null {
  if (aggregation === 'COUNT') return values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  if (aggregation === 'SUM') return sum;
  if (!values.length) return null;
  if (aggregation === 'AVERAGE') return sum / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Figure {
  metric: StatisticMetric;
  aggregation: StatisticAggregation;
  unit: Unit;
  value: number | null;
  records: StatRecord[];
}

export function figure(f: Facts, metric: StatisticMetric, filter: RecordFilter = {}): Figure {
  const spec = SPECS[metric];
  const records = spec.records(f, filter);
  return {
    metric,
    aggregation: spec.aggregation,
    unit: spec.unit,
    value: aggregate(
      spec.aggregation,
      records.map((r) => r.value),
    ),
    records,
  };
}

export interface OnTimeStats {
  rate: number | null;
  closed: number;
  closedOnTime: number;
  closedOnTimeRate: number | null;
  open: number;
  openNotLate: number;
}

/** The on-time figures over a set of cases (the team's or one broker's). */
export function onTimeOf(cases: CaseFacts[]): OnTimeStats {
  const closed = cases.filter((c) => !c.open);
  const open = cases.filter((c) => c.open);
  const closedOnTime = closed.filter((c) => c.onTime).length;
  return {
    rate: aggregate(
      'AVERAGE',
      cases.map((c) => (c.onTime ? 1 : 0)),
    ),
    closed: closed.length,
    closedOnTime,
    closedOnTimeRate: aggregate(
      'AVERAGE',
      closed.map((c) => (c.onTime ? 1 : 0)),
    ),
    open: open.length,
    openNotLate: open.filter((c) => !c.late).length,
  };
}

export interface StageCountData {
  stage: CaseStage;
  count: number;
  overdue: number;
}

export function byStage(cases: CaseFacts[]): StageCountData[] {
  return CASE_STAGES.map((stage) => {
    const at = cases.filter((c) => c.row.stage === stage);
    return { stage, count: at.length, overdue: at.filter((c) => c.late).length };
  });
}
