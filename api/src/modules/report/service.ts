import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../platform/config';
import type { GraphQLContext } from '../../platform/graphql/context';
import { badInput } from '../../platform/graphql/errors';
import type { T } from '../../platform/i18n';
import { authorize } from '../../platform/policy';
import { workingCalendar } from '../../platform/deadlines';
import type { CaseStage, StatisticMetric } from '../../generated/graphql';
import { Sector } from '../listing/entities';
import { BrokeringCase } from '../brokering/entities';
import {
  METRICS,
  aggregate,
  answeredOnTime,
  byStage,
  complaintOverdue,
  facts,
  figure,
  onTimeOf,
  type Facts,
  type Figure,
} from './figures';
import {
  currentYear,
  lastMonths,
  localMonth,
  monthsOf,
  parsePeriod,
  periodLabel,
  type Period,
  type Range,
} from './period';
import * as repo from './repository';
import { reportPolicy } from './policy';

export type ReportContext = Pick<GraphQLContext, 'em' | 'config' | 't' | 'viewer'>;

const ALL_TIME: Range = { from: null, to: null };
const DAY_MS = 86_400_000;

/** The department's time zone: the working calendar's. */
export const timeZoneOf = (config: Config) => workingCalendar(config).timeZone;

/** Parses a period argument or throws BAD_USER_INPUT naming `period`. */
export function periodOrThrow(t: T, config: Config, raw: string): Period {
  const period = parsePeriod(raw, timeZoneOf(config));
  if (!period) throw badInput(t, 'period', t('report.errors.PERIOD', { value: raw }));
  return period;
}

/** Reads every row a range's figures count. */
export async function loadFacts(
  em: EntityManager,
  config: Config,
  range: Range,
  now = new Date(),
): Promise<Facts> {
  const [listings, interests, cases, complaints] = await Promise.all([
    repo.listingsPublished(em, range),
    repo.interestsExpressed(em, range),
    repo.casesHandled(em, range),
    repo.complaintsFiled(em, range),
  ]);
  return facts({ range, now, listings, interests, cases, complaints }, workingCalendar(config));
}

export function sectorsInOrder(em: EntityManager): Promise<Sector[]> {
  return em.find(Sector, {}, { orderBy: { position: 'asc', code: 'asc' } });
}

/** The figures of `PublicStatistics` over the facts of one range. */
export function statisticsOf(t: T, config: Config, f: Facts, sectors: Sector[], months: string[]) {
  const value = (metric: StatisticMetric, filter = {}) => figure(f, metric, filter).value ?? 0;
  const tz = timeZoneOf(config);
  const used = new Set(f.ds.listings.flatMap((l) => l.sectorIds));
  const monthOf = new Map(f.ds.listings.map((l) => [l.id, localMonth(l.publishedAt, tz)]));
  const perMonth = (month: string, kind: 'OFFER' | 'REQUEST') =>
    f.ds.listings.filter((l) => l.kind === kind && monthOf.get(l.id) === month).length;
  const responses = figure(f, 'FIRST_RESPONSE_DAYS').records.map((r) => r.value);
  const ratings = figure(f, 'SATISFACTION').records.map((r) => r.value);
  const filed = f.ds.complaints;
  return {
    generatedAt: f.ds.now,
    offersPublished: value('OFFERS_PUBLISHED'),
    requestsPublished: value('REQUESTS_PUBLISHED'),
    bySector: sectors
      .filter((s) => s.active || used.has(s.id))
      .map((sector) => ({
        sector,
        offers: value('OFFERS_PUBLISHED', { sectorId: sector.id }),
        requests: value('REQUESTS_PUBLISHED', { sectorId: sector.id }),
      })),
    byMonth: months.map((month) => ({
      month,
      offers: perMonth(month, 'OFFER'),
      requests: perMonth(month, 'REQUEST'),
    })),
    interestsExpressed: value('INTERESTS_EXPRESSED'),
    casesHandled: value('CASES_HANDLED'),
    casesByStage: byStage(f.cases).map((s) => ({ ...s, label: t(`enums.CaseStage.${s.stage}`) })),
    casesOpened: value('CASES_OPENED'),
    casesClosed: value('CASES_CLOSED'),
    dealsClosed: value('DEALS_CLOSED'),
    dealsValue: value('DEALS_VALUE'),
    onTime: onTimeOf(f.cases),
    firstResponse: {
      medianWorkingDays: aggregate('MEDIAN', responses),
      averageWorkingDays: aggregate('AVERAGE', responses),
      cases: responses.length,
    },
    satisfaction: {
      average: aggregate('AVERAGE', ratings),
      ratings: ratings.length,
      distribution: [1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length),
    },
    complaints: {
      filed: filed.length,
      answered: filed.filter((k) => k.answeredAt).length,
      answeredOnTime: value('COMPLAINTS_ANSWERED_ON_TIME'),
      answeredOnTimeRate: aggregate(
        'AVERAGE',
        filed.map((k) => (answeredOnTime(k) ? 1 : 0)),
      ),
      overdue: filed.filter((k) => complaintOverdue(k, f.ds.now)).length,
    },
  };
}

/** Public: the figures since the exchange opened, with the last 12 months. */
export async function publicStatistics(ctx: ReportContext) {
  const now = new Date();
  const [f, sectors] = await Promise.all([
    loadFacts(ctx.em, ctx.config, ALL_TIME, now),
    sectorsInOrder(ctx.em),
  ]);
  return statisticsOf(ctx.t, ctx.config, f, sectors, lastMonths(now, timeZoneOf(ctx.config), 12));
}

/** A figure's name, definition and unit in the caller's language. */
export function describeFigure(t: T, fig: Pick<Figure, 'metric' | 'unit'>) {
  return {
    label: t(`report.metrics.${fig.metric}.label`),
    definition: t(`report.metrics.${fig.metric}.definition`),
    unit: t(`report.units.${fig.unit}`),
  };
}

export async function statisticsRecords(
  ctx: ReportContext,
  args: {
    metric: StatisticMetric;
    period?: string | null;
    sectorCode?: string | null;
    stage?: CaseStage | null;
  },
) {
  authorize(ctx, reportPolicy, 'report:view', null);
  const period = args.period != null ? periodOrThrow(ctx.t, ctx.config, args.period) : null;
  let sectorId: string | null = null;
  if (args.sectorCode != null) {
    const sector = await ctx.em.findOne(Sector, { code: args.sectorCode });
    if (!sector) {
      throw badInput(ctx.t, 'sectorCode', ctx.t('report.errors.SECTOR', { value: args.sectorCode }));
    }
    sectorId = sector.id;
  }
  const f = await loadFacts(ctx.em, ctx.config, period ?? ALL_TIME);
  const fig = figure(f, args.metric, { sectorId, stage: args.stage ?? null });
  const { label, definition } = describeFigure(ctx.t, fig);
  return {
    metric: args.metric,
    period: period?.code ?? null,
    label,
    definition,
    aggregation: fig.aggregation,
    value: fig.value,
    records: fig.records,
  };
}

/** Everything a period report shows: the spreadsheet and the web page read the same object. */
export interface PeriodReportData {
  period: Period;
  facts: Facts;
  sectors: Sector[];
  figures: Figure[];
}

export async function loadPeriodReport(
  em: EntityManager,
  config: Config,
  period: Period,
): Promise<PeriodReportData> {
  const [f, sectors] = await Promise.all([loadFacts(em, config, period), sectorsInOrder(em)]);
  return { period, facts: f, sectors, figures: METRICS.map((m) => figure(f, m)) };
}

export async function periodReport(ctx: ReportContext, args: { period: string }) {
  authorize(ctx, reportPolicy, 'report:view', null);
  const period = periodOrThrow(ctx.t, ctx.config, args.period);
  const data = await loadPeriodReport(ctx.em, ctx.config, period);
  const query = `period=${encodeURIComponent(period.code)}`;
  return {
    period: period.code,
    label: periodLabel(ctx.t, period),
    from: period.from,
    to: period.to,
    generatedAt: data.facts.ds.now,
    figures: data.figures.map((fig) => ({
      metric: fig.metric,
      ...describeFigure(ctx.t, fig),
      aggregation: fig.aggregation,
      value: fig.value,
      records: fig.records.length,
    })),
    statistics: statisticsOf(ctx.t, ctx.config, data.facts, data.sectors, monthsOf(period)),
    xlsxUrl: `/reports/period.xlsx?${query}`,
    csvUrl: `/reports/period.csv?${query}`,
  };
}

/** Overdue first, then by due date (none last), then by number. */
function queueOrder(late: (c: BrokeringCase) => boolean) {
  return (a: BrokeringCase, b: BrokeringCase) =>
    Number(late(b)) - Number(late(a)) ||
    (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
    a.number.localeCompare(b.number);
}

export async function brokerDashboard(ctx: ReportContext) {
  authorize(ctx, reportPolicy, 'report:dashboard', null);
  const me = ctx.viewer.user.id;
  const now = new Date();
  const calendar = workingCalendar(ctx.config);
  const year = currentYear(now, calendar.timeZone);
  const remindAfter = new Date(now.getTime() - ctx.config.INTEREST_REMINDER_DAYS * DAY_MS);
  const [review, interests, unassignedCases, mine, yearCases] = await Promise.all([
    repo.reviewQueueSummary(ctx.em),
    repo.pendingInterestSummary(ctx.em, remindAfter),
    repo.unassignedOpenCases(ctx.em),
    ctx.em.find(BrokeringCase, { assignee: me, stage: { $ne: 'CLOSED' } }),
    repo.casesHandled(ctx.em, year),
  ]);
  const late = (c: BrokeringCase) => !!c.dueAt && calendar.clock(c.dueAt, now).status === 'LATE';
  const myCases = [...mine].sort(queueOrder(late));
  const team = facts(
    { range: year, now, listings: [], interests: [], cases: yearCases, complaints: [] },
    calendar,
  );
  return {
    listingsToReview: review.count,
    oldestSubmittedAt: review.oldest,
    interestsAwaitingAnswer: interests.count,
    interestsPastReminder: interests.pastReminder,
    unassignedCases,
    myCases,
    myCasesByStage: (
      ['RECEIVED', 'SCREENING', 'MATCHING', 'INTRODUCED', 'NEGOTIATING', 'AGREED'] as const
    ).map((stage) => {
      const at = myCases.filter((c) => c.stage === stage);
      return {
        stage,
        label: ctx.t(`enums.CaseStage.${stage}`),
        count: at.length,
        overdue: at.filter(late).length,
      };
    }),
    onTimePeriod: year.code,
    myOnTime: onTimeOf(team.cases.filter((c) => c.row.assigneeId === me)),
    teamOnTime: onTimeOf(team.cases),
  };
}
