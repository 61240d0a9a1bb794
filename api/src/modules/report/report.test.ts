import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ref } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { User } from '../account/entities';
import { Organization } from '../organization/entities';
import { Listing, Sector, emptyContent, type ListingKind, type ListingStatus } from '../listing/entities';
import {
  BrokeringCase,
  Complaint,
  Interest,
  type CaseOutcome,
  type CaseStage,
  type InterestStatus,
} from '../brokering/entities';

/**
 * Every expectation here is computed in the test from the rows the test inserted (with plain date
 * comparisons and a Monday–Friday day count), never with the report code, and the fixed period
 * 2026-Q1 is also checked against numbers worked out by hand.
 */

const TZ = 'Asia/Ho_Chi_Minh';
const vn = (local: string) => new Date(`${local}+07:00`);
const DAY = 86_400_000;
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const ahead = (days: number) => new Date(NOW.getTime() + days * DAY);
const Q1 = { from: vn('2026-01-01T00:00:00'), to: vn('2026-04-01T00:00:00') };

const monthKey = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit' }).format(d).slice(0, 7);
const dayKey = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(d);
/** Monday–Friday days after `from`'s local day up to `to`'s (the fixtures avoid public holidays). */
function weekdaysBetween(from: Date, to: Date): number {
  let n = 0;
  for (let d = Date.parse(dayKey(from)) + DAY; d <= Date.parse(dayKey(to)); d += DAY) {
    const wd = new Date(d).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : null;
};
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

interface LFix {
  key: string;
  kind: ListingKind;
  status: ListingStatus;
  sectors: string[];
  publishedAt: Date | null;
  submittedAt?: Date;
  id?: string;
  slug?: string;
}
interface IFix {
  key: string;
  status: InterestStatus;
  createdAt: Date;
  id?: string;
}
type Who = 'broker' | 'broker2' | null;
interface CFix {
  number: string;
  stage: CaseStage;
  outcome: CaseOutcome | null;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  firstResponseAt: Date | null;
  value: number | null;
  rating: number | null;
  assignee: Who;
  id?: string;
}
interface KFix {
  key: string;
  createdAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  id?: string;
}

const LISTINGS: LFix[] = [
  {
    key: 'L4b',
    kind: 'OFFER',
    status: 'PUBLISHED',
    sectors: ['agriculture'],
    publishedAt: vn('2025-12-31T23:30:00'),
  },
  // 2025-12-31 22:00 UTC, but 1 January in Hà Tĩnh: in Q1.
  {
    key: 'L4',
    kind: 'OFFER',
    status: 'EXPIRED',
    sectors: ['agriculture'],
    publishedAt: vn('2026-01-01T05:00:00'),
  },
  {
    key: 'L1',
    kind: 'OFFER',
    status: 'PUBLISHED',
    sectors: ['agriculture'],
    publishedAt: vn('2026-01-15T10:00:00'),
  },
  {
    key: 'L2',
    kind: 'OFFER',
    status: 'FULFILLED',
    sectors: ['agriculture', 'aquaculture'],
    publishedAt: vn('2026-02-10T10:00:00'),
  },
  {
    key: 'L3',
    kind: 'REQUEST',
    status: 'PUBLISHED',
    sectors: ['aquaculture'],
    publishedAt: vn('2026-03-20T10:00:00'),
  },
  // Exactly the end of Q1 (exclusive).
  {
    key: 'L5',
    kind: 'REQUEST',
    status: 'PUBLISHED',
    sectors: ['agriculture'],
    publishedAt: vn('2026-04-01T00:00:00'),
  },
  { key: 'L6', kind: 'OFFER', status: 'DRAFT', sectors: ['agriculture'], publishedAt: null },
  { key: 'L7', kind: 'OFFER', status: 'PUBLISHED', sectors: ['aquaculture'], publishedAt: ago(2) },
  { key: 'L8', kind: 'REQUEST', status: 'PUBLISHED', sectors: ['agriculture'], publishedAt: ago(40) },
  {
    key: 'L9',
    kind: 'OFFER',
    status: 'SUBMITTED',
    sectors: ['agriculture'],
    publishedAt: null,
    submittedAt: ago(5),
  },
];

const INTERESTS: IFix[] = [
  { key: 'I1', status: 'ACCEPTED', createdAt: vn('2026-02-05T10:00:00') },
  { key: 'I2', status: 'DECLINED', createdAt: vn('2026-04-02T10:00:00') },
  { key: 'I3', status: 'PENDING', createdAt: ago(5) },
  { key: 'I4', status: 'PENDING', createdAt: new Date(NOW.getTime() - 3600_000) },
];

const CASES: CFix[] = [
  {
    number: 'MG-T-0001',
    stage: 'CLOSED',
    outcome: 'DEAL',
    openedAt: vn('2026-01-05T09:00:00'),
    firstResponseAt: vn('2026-01-07T10:00:00'),
    dueAt: vn('2026-01-20T23:59:59'),
    closedAt: vn('2026-01-15T16:00:00'),
    value: 500_000_000,
    rating: 5,
    assignee: 'broker',
  },
  {
    number: 'MG-T-0002',
    stage: 'CLOSED',
    outcome: 'DEAL',
    openedAt: vn('2026-02-02T09:00:00'),
    firstResponseAt: vn('2026-02-06T09:00:00'),
    dueAt: vn('2026-02-10T23:59:59'),
    closedAt: vn('2026-03-02T10:00:00'),
    value: 1_200_000_000,
    rating: 3,
    assignee: 'broker2',
  },
  {
    number: 'MG-T-0003',
    stage: 'CLOSED',
    outcome: 'NO_DEAL',
    openedAt: vn('2025-12-15T09:00:00'),
    firstResponseAt: vn('2025-12-16T09:00:00'),
    dueAt: vn('2026-01-12T23:59:59'),
    closedAt: vn('2026-01-10T09:00:00'),
    value: null,
    rating: 4,
    assignee: 'broker',
  },
  {
    number: 'MG-T-0004',
    stage: 'NEGOTIATING',
    outcome: null,
    openedAt: vn('2026-03-10T09:00:00'),
    firstResponseAt: vn('2026-03-13T09:00:00'),
    dueAt: ahead(10),
    closedAt: null,
    value: null,
    rating: null,
    assignee: 'broker',
  },
  {
    number: 'MG-T-0005',
    stage: 'RECEIVED',
    outcome: null,
    openedAt: vn('2026-03-25T09:00:00'),
    firstResponseAt: null,
    dueAt: ago(3),
    closedAt: null,
    value: null,
    rating: null,
    assignee: 'broker',
  },
  {
    number: 'MG-T-0006',
    stage: 'CLOSED',
    outcome: 'DEAL',
    openedAt: vn('2025-10-01T09:00:00'),
    firstResponseAt: vn('2025-10-02T09:00:00'),
    dueAt: vn('2025-10-20T23:59:59'),
    closedAt: vn('2025-11-01T09:00:00'),
    value: 300_000_000,
    rating: 2,
    assignee: 'broker2',
  },
  {
    number: 'MG-T-0007',
    stage: 'MATCHING',
    outcome: null,
    openedAt: vn('2026-04-05T09:00:00'),
    firstResponseAt: vn('2026-04-06T09:00:00'),
    dueAt: null,
    closedAt: null,
    value: null,
    rating: null,
    assignee: 'broker',
  },
  {
    number: 'MG-T-0008',
    stage: 'CLOSED',
    outcome: 'DEAL',
    openedAt: vn('2026-03-30T09:00:00'),
    firstResponseAt: vn('2026-03-31T09:00:00'),
    dueAt: vn('2026-04-02T23:59:59'),
    closedAt: vn('2026-04-03T09:00:00'),
    value: 700_000_000,
    rating: 5,
    assignee: 'broker2',
  },
  {
    number: 'MG-T-0009',
    stage: 'RECEIVED',
    outcome: null,
    openedAt: ago(1),
    firstResponseAt: null,
    dueAt: ahead(1),
    closedAt: null,
    value: null,
    rating: null,
    assignee: null,
  },
];

const COMPLAINTS: KFix[] = [
  {
    key: 'K1',
    createdAt: vn('2026-02-10T09:00:00'),
    dueAt: vn('2026-02-24T23:59:59'),
    answeredAt: vn('2026-02-20T09:00:00'),
  },
  {
    key: 'K2',
    createdAt: vn('2026-03-05T09:00:00'),
    dueAt: vn('2026-03-19T23:59:59'),
    answeredAt: vn('2026-03-25T09:00:00'),
  },
  { key: 'K3', createdAt: vn('2026-03-28T09:00:00'), dueAt: vn('2026-04-10T23:59:59'), answeredAt: null },
  { key: 'K4', createdAt: ago(1), dueAt: ahead(9), answeredAt: null },
];

type Range = { from: Date | null; to: Date | null };
const within = (d: Date | null, r: Range) =>
  !!d && (!r.from || d.getTime() >= r.from.getTime()) && (!r.to || d.getTime() < r.to.getTime());
const onTime = (c: CFix) => !c.dueAt || (c.closedAt ?? NOW).getTime() <= c.dueAt.getTime();
const open = (c: CFix) => c.stage !== 'CLOSED';

/** The figures of a range, computed from the fixtures. */
function expected(r: Range, who?: Who) {
  const listings = LISTINGS.filter((l) => within(l.publishedAt, r));
  const cases = CASES.filter(
    (c) =>
      (!r.to || c.openedAt < r.to) &&
      (!r.from || !c.closedAt || c.closedAt >= r.from) &&
      (who === undefined || c.assignee === who),
  );
  const closedIn = cases.filter((c) => !open(c) && within(c.closedAt, r));
  const deals = closedIn.filter((c) => c.outcome === 'DEAL');
  const responses = cases
    .filter((c) => within(c.firstResponseAt, r))
    .map((c) => weekdaysBetween(c.openedAt, c.firstResponseAt!));
  const ratings = closedIn.filter((c) => c.rating !== null).map((c) => c.rating!);
  const closed = cases.filter((c) => !open(c));
  const complaints = COMPLAINTS.filter((k) => within(k.createdAt, r));
  return {
    listings,
    cases,
    offersPublished: listings.filter((l) => l.kind === 'OFFER').length,
    requestsPublished: listings.filter((l) => l.kind === 'REQUEST').length,
    sector: (code: string) => ({
      offers: listings.filter((l) => l.kind === 'OFFER' && l.sectors.includes(code)).length,
      requests: listings.filter((l) => l.kind === 'REQUEST' && l.sectors.includes(code)).length,
    }),
    interestsExpressed: INTERESTS.filter((i) => within(i.createdAt, r)).length,
    casesHandled: cases.length,
    casesOpened: cases.filter((c) => within(c.openedAt, r)).length,
    casesClosed: closedIn.length,
    dealsClosed: deals.length,
    dealsValue: deals.reduce((s, c) => s + c.value!, 0),
    onTime: {
      rate: avg(cases.map((c) => (onTime(c) ? 1 : 0))),
      closed: closed.length,
      closedOnTime: closed.filter(onTime).length,
      closedOnTimeRate: avg(closed.map((c) => (onTime(c) ? 1 : 0))),
      open: cases.filter(open).length,
      openNotLate: cases.filter((c) => open(c) && onTime(c)).length,
    },
    firstResponse: {
      medianWorkingDays: median(responses),
      averageWorkingDays: avg(responses),
      cases: responses.length,
    },
    satisfaction: {
      average: avg(ratings),
      ratings: ratings.length,
      distribution: [1, 2, 3, 4, 5].map((n) => ratings.filter((x) => x === n).length),
    },
    complaints: {
      filed: complaints.length,
      answered: complaints.filter((k) => k.answeredAt).length,
      answeredOnTime: complaints.filter((k) => k.answeredAt && k.answeredAt <= k.dueAt).length,
      overdue: complaints.filter((k) => !k.answeredAt && NOW > k.dueAt).length,
    },
  };
}

let app: TestApp;
let broker: Actor;
let broker2: Actor;
let admin: Actor;
let member: Actor;

async function insertFixtures() {
  const em = app.orm.em.fork();
  const sectors = new Map((await em.find(Sector, {})).map((s) => [s.code, s.id]));
  const suffix = Date.now().toString(36);
  const owner = new Organization('Viện Cơ điện Nông nghiệp', 'RESEARCH_INSTITUTE', '3000000001', 'ha-tinh');
  const requester = new Organization('Hợp tác xã Nông nghiệp Thạch Hà', 'BUSINESS', '3000000002', 'ha-tinh');
  em.persist([owner, requester]);
  const userRef = ref(User, broker.user.id);
  const byKey = new Map<string, Listing>();
  for (const fx of LISTINGS) {
    const content = {
      ...emptyContent(),
      title: `Tin ${fx.key}`,
      sectorIds: fx.sectors.map((c) => sectors.get(c)!),
    };
    const l = new Listing(fx.kind, `bao-cao-${fx.key.toLowerCase()}-${suffix}`, ref(owner), userRef, content);
    l.status = fx.status;
    l.publishedAt = fx.publishedAt;
    l.submittedAt = fx.submittedAt ?? fx.publishedAt;
    fx.id = l.id;
    fx.slug = l.slug;
    byKey.set(fx.key, l);
    em.persist(l);
  }
  for (const fx of INTERESTS) {
    const i = new Interest(
      ref(byKey.get('L1')!),
      ref(requester),
      userRef,
      'Hợp tác xã',
      'Sấy lúa',
      'WITHIN_3_MONTHS',
    );
    i.status = fx.status;
    i.createdAt = fx.createdAt;
    fx.id = i.id;
    em.persist(i);
  }
  const assignees = { broker: broker.user.id, broker2: broker2.user.id };
  for (const fx of CASES) {
    const c = new BrokeringCase(
      fx.number,
      `Hồ sơ ${fx.number}`,
      'Cần công nghệ sấy',
      ref(requester),
      userRef,
    );
    Object.assign(c, {
      stage: fx.stage,
      outcome: fx.outcome,
      openedAt: fx.openedAt,
      stageStartedAt: fx.openedAt,
      dueAt: fx.dueAt,
      closedAt: fx.closedAt,
      firstResponseAt: fx.firstResponseAt,
      rating: fx.rating,
      assignee: fx.assignee ? ref(User, assignees[fx.assignee]) : null,
    });
    if (fx.outcome === 'DEAL') {
      c.agreementType = 'LICENCE';
      c.agreementValue = String(fx.value);
      c.agreementDate = dayKey(fx.closedAt!);
      c.contractRegistered = true;
    }
    fx.id = c.id;
    em.persist(c);
  }
  for (const fx of COMPLAINTS) {
    const k = new Complaint(ref(requester), userRef, `Khiếu nại ${fx.key}`, fx.dueAt);
    k.createdAt = fx.createdAt;
    k.answeredAt = fx.answeredAt;
    k.answer = fx.answeredAt ? 'Đã trả lời' : null;
    fx.id = k.id;
    em.persist(k);
  }
  await em.flush();
}

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker({ displayName: 'Cán bộ Một' });
  broker2 = await app.world.broker({ displayName: 'Cán bộ Hai' });
  admin = await app.world.admin();
  member = await app.world.member();
  await insertFixtures();
}, 120_000);
afterAll(() => app?.close());

const STATS_FIELDS = /* GraphQL */ `
  generatedAt
  offersPublished
  requestsPublished
  bySector {
    sector {
      code
      label
    }
    offers
    requests
  }
  byMonth {
    month
    offers
    requests
  }
  interestsExpressed
  casesHandled
  casesByStage {
    stage
    label
    count
    overdue
  }
  casesOpened
  casesClosed
  dealsClosed
  dealsValue
  onTime {
    rate
    closed
    closedOnTime
    closedOnTimeRate
    open
    openNotLate
  }
  firstResponse {
    medianWorkingDays
    averageWorkingDays
    cases
  }
  satisfaction {
    average
    ratings
    distribution
  }
  complaints {
    filed
    answered
    answeredOnTime
    answeredOnTimeRate
    overdue
  }
`;
const PUBLIC = `{ publicStatistics { ${STATS_FIELDS} } }`;
const PERIOD = `query ($period: String!) {
  periodReport(period: $period) {
    period label from to generatedAt xlsxUrl csvUrl
    figures { metric label definition unit aggregation value records }
    statistics { ${STATS_FIELDS} }
  }
}`;
const RECORDS = `query ($metric: StatisticMetric!, $period: String, $sectorCode: String, $stage: CaseStage) {
  statisticsRecords(metric: $metric, period: $period, sectorCode: $sectorCode, stage: $stage) {
    metric period label definition aggregation value
    records { kind id reference value }
  }
}`;
const DASHBOARD = /* GraphQL */ `
  {
    brokerDashboard {
      listingsToReview
      oldestSubmittedAt
      interestsAwaitingAnswer
      interestsPastReminder
      unassignedCases
      myCases {
        id
        number
        title
        stage
        dueAt
        clock
      }
      myCasesByStage {
        stage
        label
        count
        overdue
      }
      onTimePeriod
      myOnTime {
        rate
        closed
        closedOnTime
        closedOnTimeRate
        open
        openNotLate
      }
      teamOnTime {
        rate
        closed
        closedOnTime
        closedOnTimeRate
        open
        openNotLate
      }
    }
  }
`;

/** Compares the statistics the API returned with the fixtures' figures for the same range. */
function expectStatistics(s: any, e: ReturnType<typeof expected>) {
  expect(s.offersPublished).toBe(e.offersPublished);
  expect(s.requestsPublished).toBe(e.requestsPublished);
  for (const code of ['agriculture', 'aquaculture', 'forestry']) {
    const row = s.bySector.find((x: any) => x.sector.code === code);
    expect({ code, offers: row.offers, requests: row.requests }).toEqual({ code, ...e.sector(code) });
  }
  expect(s.interestsExpressed).toBe(e.interestsExpressed);
  expect(s.casesHandled).toBe(e.casesHandled);
  expect(s.casesOpened).toBe(e.casesOpened);
  expect(s.casesClosed).toBe(e.casesClosed);
  for (const row of s.casesByStage) {
    const at = e.cases.filter((c) => c.stage === row.stage);
    expect([row.stage, row.count, row.overdue]).toEqual([
      row.stage,
      at.length,
      at.filter((c) => open(c) && !onTime(c)).length,
    ]);
  }
  expect(s.dealsClosed).toBe(e.dealsClosed);
  expect(s.dealsValue).toBe(e.dealsValue);
  expect(s.onTime).toEqual(e.onTime);
  expect(s.firstResponse).toEqual(e.firstResponse);
  expect(s.satisfaction).toEqual(e.satisfaction);
  expect(s.complaints).toMatchObject(e.complaints);
}

describe('public statistics', () => {
  it('equals what was inserted, since the exchange opened, for visitors, with sector labels in their language', async () => {
    const visitor = app.client();
    const s = (await visitor.ok(PUBLIC)).publicStatistics;
    expectStatistics(s, expected({ from: null, to: null }));
    expect(s.bySector.find((x: any) => x.sector.code === 'agriculture').sector.label).toBe(
      'Nông nghiệp và công nghệ sau thu hoạch',
    );
    visitor.lang = 'en';
    const en = (await visitor.ok(PUBLIC)).publicStatistics;
    expect(en.bySector.find((x: any) => x.sector.code === 'agriculture').sector.label).toBe(
      'Agriculture and post-harvest technology',
    );
    expect(en.casesByStage.find((x: any) => x.stage === 'CLOSED').label).not.toBe(
      s.casesByStage.find((x: any) => x.stage === 'CLOSED').label,
    );
  });

  it('counts listings per month over the last 12 months, in the department’s time zone', async () => {
    const s = (await app.client().ok(PUBLIC)).publicStatistics;
    const [y, m] = monthKey(NOW).split('-').map(Number) as [number, number];
    const months = Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(y, m - 12 + i, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    });
    expect(s.byMonth.map((x: any) => x.month)).toEqual(months);
    for (const row of s.byMonth) {
      const inMonth = LISTINGS.filter((l) => l.publishedAt && monthKey(l.publishedAt) === row.month);
      expect(row).toEqual({
        month: row.month,
        offers: inMonth.filter((l) => l.kind === 'OFFER').length,
        requests: inMonth.filter((l) => l.kind === 'REQUEST').length,
      });
    }
    expect(s.byMonth.reduce((a: number, x: any) => a + x.offers + x.requests, 0)).toBeGreaterThan(0);
  });

  it('traces every figure to its records for brokers, and to no one else', async () => {
    const all = expected({ from: null, to: null });
    const deals = (await broker.client.ok(RECORDS, { metric: 'DEALS_VALUE' })).statisticsRecords;
    expect(deals.aggregation).toBe('SUM');
    expect(deals.value).toBe(all.dealsValue);
    expect(deals.records.map((r: any) => r.reference).sort()).toEqual(
      CASES.filter((c) => c.outcome === 'DEAL')
        .map((c) => c.number)
        .sort(),
    );
    expect(deals.records.reduce((a: number, r: any) => a + r.value, 0)).toBe(deals.value);

    const aquaculture = (
      await broker.client.ok(RECORDS, { metric: 'OFFERS_PUBLISHED', sectorCode: 'aquaculture' })
    ).statisticsRecords;
    expect(aquaculture.records.map((r: any) => r.reference).sort()).toEqual(
      all.listings
        .filter((l) => l.kind === 'OFFER' && l.sectors.includes('aquaculture'))
        .map((l) => l.slug)
        .sort(),
    );
    expect(aquaculture.value).toBe(aquaculture.records.length);

    const q1OnTime = (await admin.client.ok(RECORDS, { metric: 'ON_TIME_RATE', period: '2026-Q1' }))
      .statisticsRecords;
    expect(q1OnTime.period).toBe('2026-Q1');
    expect(q1OnTime.value).toBe(0.5);
    expect(Object.fromEntries(q1OnTime.records.map((r: any) => [r.reference, r.value]))).toEqual({
      'MG-T-0001': 1,
      'MG-T-0002': 0,
      'MG-T-0003': 1,
      'MG-T-0004': 1,
      'MG-T-0005': 0,
      'MG-T-0008': 0,
    });

    const closedStage = (await broker.client.ok(RECORDS, { metric: 'CASES_HANDLED', stage: 'CLOSED' }))
      .statisticsRecords;
    expect(closedStage.value).toBe(CASES.filter((c) => c.stage === 'CLOSED').length);

    const median = (await broker.client.ok(RECORDS, { metric: 'FIRST_RESPONSE_DAYS', period: '2026-Q1' }))
      .statisticsRecords;
    expect(median.records.map((r: any) => [r.reference, r.value])).toEqual([
      ['MG-T-0001', 2],
      ['MG-T-0002', 4],
      ['MG-T-0004', 3],
      ['MG-T-0008', 1],
    ]);
    expect(median.value).toBe(2.5);

    const unknownSector = await broker.client.gql(RECORDS, {
      metric: 'OFFERS_PUBLISHED',
      sectorCode: 'khong-co',
    });
    expect(unknownSector.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sectorCode',
    });
    expect((await member.client.gql(RECORDS, { metric: 'DEALS_CLOSED' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.client().gql(RECORDS, { metric: 'DEALS_CLOSED' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('period report', () => {
  it('gives the figures of 2026-Q1 with their definitions, equal to the inserted records', async () => {
    const r = (await broker.client.ok(PERIOD, { period: '2026-q1' })).periodReport;
    expect(r.period).toBe('2026-Q1');
    expect(r.label).toBe('Quý I/2026');
    expect(new Date(r.from).toISOString()).toBe(Q1.from.toISOString());
    expect(new Date(r.to).toISOString()).toBe(Q1.to.toISOString());
    expect(r.xlsxUrl).toBe('/reports/period.xlsx?period=2026-Q1');
    const e = expected(Q1);
    expectStatistics(r.statistics, e);
    const fig = Object.fromEntries(r.figures.map((f: any) => [f.metric, f]));
    // Worked out by hand from the fixtures.
    expect(Object.fromEntries(r.figures.map((f: any) => [f.metric, f.value]))).toEqual({
      OFFERS_PUBLISHED: 3,
      REQUESTS_PUBLISHED: 1,
      INTERESTS_EXPRESSED: 1,
      CASES_HANDLED: 6,
      CASES_OPENED: 5,
      CASES_CLOSED: 3,
      DEALS_CLOSED: 2,
      DEALS_VALUE: 1_700_000_000,
      ON_TIME_RATE: 0.5,
      CLOSED_ON_TIME_RATE: 0.5,
      OPEN_NOT_LATE: 1,
      FIRST_RESPONSE_DAYS: 2.5,
      SATISFACTION: 4,
      COMPLAINTS_FILED: 3,
      COMPLAINTS_ANSWERED_ON_TIME: 1,
      COMPLAINTS_OVERDUE: 1,
    });
    expect(fig.SATISFACTION.records).toBe(3);
    expect(fig.DEALS_VALUE).toMatchObject({ aggregation: 'SUM', unit: 'đồng' });
    expect(fig.ON_TIME_RATE.definition).toContain('Đúng hạn');
    expect(r.statistics.byMonth.map((m: any) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(r.statistics.byMonth.map((m: any) => m.offers)).toEqual([2, 1, 0]);

    const month = (await admin.client.ok(PERIOD, { period: '2026-02' })).periodReport;
    expect(month.label).toBe('Tháng 2/2026');
    expectStatistics(
      month.statistics,
      expected({ from: vn('2026-02-01T00:00:00'), to: vn('2026-03-01T00:00:00') }),
    );
    const year = (await broker.client.ok(PERIOD, { period: '2026' })).periodReport;
    expectStatistics(
      year.statistics,
      expected({ from: vn('2026-01-01T00:00:00'), to: vn('2027-01-01T00:00:00') }),
    );
  });

  it('names `period` when it cannot read it', async () => {
    for (const period of ['2026-13', '2026-Q5', 'Q4-2026', '', '26', '2026-1', '1999']) {
      const r = await broker.client.gql(PERIOD, { period });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(r.errors?.[0]?.message).toContain('2026-Q4');
    }
    const en = await broker.client.raw(
      { query: PERIOD, variables: { period: 'quý 4' } },
      { 'accept-language': 'en' },
    );
    const body = (await en.json()) as any;
    expect(body.errors[0].message).toMatch(/period .*quý 4.* not valid/);
    const records = await broker.client.gql(RECORDS, { metric: 'DEALS_CLOSED', period: '2026-00' });
    expect(records.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('is for brokers and admins', async () => {
    expect((await member.client.gql(PERIOD, { period: '2026' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.client().gql(PERIOD, { period: '2026' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('broker dashboard', () => {
  it('shows the queue, my cases overdue first and the on-time rates of this year', async () => {
    const d = (await broker.client.ok(DASHBOARD)).brokerDashboard;
    const review = LISTINGS.filter((l) => l.status === 'SUBMITTED');
    expect(d.listingsToReview).toBe(review.length);
    expect(new Date(d.oldestSubmittedAt).getTime()).toBe(
      Math.min(...review.map((l) => l.submittedAt!.getTime())),
    );
    const pending = INTERESTS.filter((i) => i.status === 'PENDING');
    expect(d.interestsAwaitingAnswer).toBe(pending.length);
    expect(d.interestsPastReminder).toBe(
      pending.filter((i) => i.createdAt.getTime() <= NOW.getTime() - app.config.INTEREST_REMINDER_DAYS * DAY)
        .length,
    );
    expect(d.unassignedCases).toBe(CASES.filter((c) => open(c) && !c.assignee).length);
    expect(d.myCases.map((c: any) => c.number)).toEqual(['MG-T-0005', 'MG-T-0004', 'MG-T-0007']);
    expect(d.myCases[0]).toMatchObject({ stage: 'RECEIVED', clock: 'LATE', title: 'Hồ sơ MG-T-0005' });
    expect(d.myCasesByStage.map((s: any) => [s.stage, s.count, s.overdue])).toEqual([
      ['RECEIVED', 1, 1],
      ['SCREENING', 0, 0],
      ['MATCHING', 1, 0],
      ['INTRODUCED', 0, 0],
      ['NEGOTIATING', 1, 0],
      ['AGREED', 0, 0],
    ]);
    const year = Number(monthKey(NOW).slice(0, 4));
    expect(d.onTimePeriod).toBe(String(year));
    const thisYear = { from: vn(`${year}-01-01T00:00:00`), to: vn(`${year + 1}-01-01T00:00:00`) };
    expect(d.teamOnTime).toEqual(expected(thisYear).onTime);
    expect(d.myOnTime).toEqual(expected(thisYear, 'broker').onTime);

    const other = (await broker2.client.ok(DASHBOARD)).brokerDashboard;
    expect(other.myCases).toEqual([]);
    expect(other.teamOnTime).toEqual(d.teamOnTime);
    expect(other.myOnTime).toEqual(expected(thisYear, 'broker2').onTime);
    expect((await admin.client.ok(DASHBOARD)).brokerDashboard.listingsToReview).toBe(review.length);
  });

  it('is for brokers only', async () => {
    expect((await member.client.gql(DASHBOARD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.client().gql(DASHBOARD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

// ---- downloads ------------------------------------------------------------------------------------

async function download(who: Actor | null, format: 'xlsx' | 'csv', period: string) {
  return fetch(`${app.url}/reports/period.${format}?period=${encodeURIComponent(period)}`, {
    headers: who ? { cookie: who.client.cookieHeader() } : {},
  });
}

type Row = Record<string, unknown>;

/** A detail sheet as objects keyed by its (first-row) headers. */
function sheetRows(ws: ExcelJS.Worksheet): Row[] {
  const values = ws.getSheetValues().filter(Boolean) as unknown[][];
  const [header, ...rows] = values.map((r) => r.slice(1));
  return rows
    .filter((r) => r.some((v) => v !== undefined && v !== null && v !== ''))
    .map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

/** Recomputes each summary figure from the detail rows, following its written definition. */
function fromDetail(sheets: { listings: Row[]; cases: Row[]; interests: Row[]; complaints: Row[] }) {
  const yes = (v: unknown) => v === 'Có';
  const { listings, cases, interests, complaints } = sheets;
  const closedIn = cases.filter((c) => yes(c['Đóng trong kỳ']));
  const deals = closedIn.filter((c) => c['Kết quả'] === 'Thành công (ký kết)');
  const closed = cases.filter((c) => c['Giai đoạn'] === 'Đã đóng');
  const rated = closedIn.filter((c) => c['Đánh giá (1–5)'] !== null);
  return {
    OFFERS_PUBLISHED: listings.filter((l) => l['Loại'] === 'Chào bán công nghệ').length,
    REQUESTS_PUBLISHED: listings.filter((l) => l['Loại'] === 'Nhu cầu công nghệ').length,
    INTERESTS_EXPRESSED: interests.length,
    CASES_HANDLED: cases.length,
    CASES_OPENED: cases.filter((c) => yes(c['Tiếp nhận trong kỳ'])).length,
    CASES_CLOSED: closedIn.length,
    DEALS_CLOSED: deals.length,
    DEALS_VALUE: deals.reduce((s, c) => s + Number(c['Giá trị hợp đồng (đồng)']), 0),
    ON_TIME_RATE: avg(cases.map((c) => (yes(c['Đúng hạn']) ? 1 : 0))),
    CLOSED_ON_TIME_RATE: avg(closed.map((c) => (yes(c['Đúng hạn']) ? 1 : 0))),
    OPEN_NOT_LATE: cases.filter((c) => c['Giai đoạn'] !== 'Đã đóng' && yes(c['Đúng hạn'])).length,
    FIRST_RESPONSE_DAYS: median(
      cases
        .filter((c) => yes(c['Phản hồi đầu tiên trong kỳ']))
        .map((c) => Number(c['Số ngày làm việc đến phản hồi đầu tiên'])),
    ),
    SATISFACTION: avg(rated.map((c) => Number(c['Đánh giá (1–5)']))),
    COMPLAINTS_FILED: complaints.length,
    COMPLAINTS_ANSWERED_ON_TIME: complaints.filter((k) => yes(k['Trả lời đúng hạn'])).length,
    COMPLAINTS_OVERDUE: complaints.filter((k) => yes(k['Quá hạn chưa trả lời'])).length,
  };
}

describe('period report downloads', () => {
  it('downloads an Excel workbook whose every figure equals its detail rows and the inserted records', async () => {
    const res = await download(broker, 'xlsx', '2026-Q1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('bao-cao-2026-Q1.xlsx');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Tin đăng',
      'Hồ sơ',
      'Quan tâm',
      'Khiếu nại',
    ]);

    const summary = (wb.getWorksheet('Tổng hợp')!.getSheetValues().filter(Boolean) as unknown[][])
      .map((r) => r.slice(1))
      .filter((r) => typeof r[0] === 'string' && /^[A-Z_]+$/.test(r[0] as string));
    const figures = Object.fromEntries(summary.map((r) => [r[0], r[2] ?? null]));
    const counts = Object.fromEntries(summary.map((r) => [r[0], r[4]]));
    const detail = {
      listings: sheetRows(wb.getWorksheet('Tin đăng')!),
      cases: sheetRows(wb.getWorksheet('Hồ sơ')!),
      interests: sheetRows(wb.getWorksheet('Quan tâm')!),
      complaints: sheetRows(wb.getWorksheet('Khiếu nại')!),
    };
    expect(Object.keys(figures)).toHaveLength(16);
    // Traceable: each figure is the count / sum / average / median its definition names.
    expect(figures).toEqual(fromDetail(detail));
    // … and equals the records inserted.
    const e = expected(Q1);
    expect(detail.listings.map((l) => l['Đường dẫn']).sort()).toEqual(e.listings.map((l) => l.slug).sort());
    expect(detail.cases.map((c) => c['Số hồ sơ']).sort()).toEqual(e.cases.map((c) => c.number).sort());
    expect(figures).toMatchObject({
      OFFERS_PUBLISHED: e.offersPublished,
      REQUESTS_PUBLISHED: e.requestsPublished,
      DEALS_VALUE: e.dealsValue,
      ON_TIME_RATE: e.onTime.rate,
      FIRST_RESPONSE_DAYS: e.firstResponse.medianWorkingDays,
      SATISFACTION: e.satisfaction.average,
      COMPLAINTS_FILED: e.complaints.filed,
    });
    expect(counts.SATISFACTION).toBe(e.satisfaction.ratings);
    const c1 = detail.cases.find((c) => c['Số hồ sơ'] === 'MG-T-0001')!;
    expect(c1).toMatchObject({
      'Bên yêu cầu': 'Hợp tác xã Nông nghiệp Thạch Hà',
      'Cán bộ phụ trách': 'Cán bộ Một',
    });
    // Dates are shown as Hà Tĩnh wall-clock time.
    expect((c1['Ngày tiếp nhận'] as Date).toISOString()).toBe('2026-01-05T09:00:00.000Z');
    const sectorRow = detail.listings.find(
      (l) => l['Đường dẫn'] === LISTINGS.find((x) => x.key === 'L2')!.slug,
    )!;
    expect(sectorRow['Mã lĩnh vực']).toBe('agriculture; aquaculture');
  });

  it('downloads the same report as UTF-8 CSV with a BOM', async () => {
    const res = await download(admin, 'csv', '2026-Q1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('bao-cao-2026-Q1.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text).toContain('Hợp tác xã Nông nghiệp Thạch Hà');
    const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    const names = ['Tổng hợp', 'Tin đăng', 'Hồ sơ', 'Quan tâm', 'Khiếu nại'];
    const sections = new Map<string, string[][]>();
    let current: string[][] = [];
    for (const row of rows) {
      if (row.length === 1 && names.includes(row[0]!)) sections.set(row[0]!, (current = []));
      else current.push(row);
    }
    expect([...sections.keys()]).toEqual(names);
    const table = (name: string): Row[] => {
      const [header, ...data] = sections.get(name)!;
      return data.map((r) =>
        Object.fromEntries(header!.map((h, i) => [h, r[i] === '' || r[i] === undefined ? null : r[i]])),
      );
    };
    const summary = sections.get('Tổng hợp')!.filter((r) => /^[A-Z_]+$/.test(r[0] ?? ''));
    const figures = Object.fromEntries(summary.map((r) => [r[0], r[2] === '' ? null : Number(r[2])]));
    const fromRows = fromDetail({
      listings: table('Tin đăng'),
      cases: table('Hồ sơ'),
      interests: table('Quan tâm'),
      complaints: table('Khiếu nại'),
    });
    expect(Object.keys(figures)).toEqual(Object.keys(fromRows));
    for (const [metric, value] of Object.entries(fromRows)) {
      if (value === null) expect(figures[metric]).toBeNull();
      else expect(figures[metric]).toBeCloseTo(value, 6);
    }
    expect(figures.DEALS_VALUE).toBe(1_700_000_000);
    expect(figures.ON_TIME_RATE).toBe(0.5);
    const c1 = table('Hồ sơ').find((c) => c['Số hồ sơ'] === 'MG-T-0001')!;
    expect(c1['Ngày tiếp nhận']).toBe('2026-01-05T09:00:00+07:00');
  });

  it('refuses visitors (401), members (403) and a bad period (400 naming `period`)', async () => {
    const none = await download(null, 'xlsx', '2026-Q1');
    expect(none.status).toBe(401);
    expect(((await none.json()) as any).error.code).toBe('UNAUTHENTICATED');
    const m = await download(member, 'csv', '2026-Q1');
    expect(m.status).toBe(403);
    expect(((await m.json()) as any).error.code).toBe('FORBIDDEN');
    for (const period of ['2026-Q5', 'abc', '']) {
      const bad = await download(broker, 'xlsx', period);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as any).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
  });
});
