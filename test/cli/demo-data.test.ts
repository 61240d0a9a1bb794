import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../api/src/cli/demo-data';
import { DEMO_CASES } from '../../api/src/cli/demo-cases';
import { DEMO_LISTINGS, DEMO_ORGANIZATIONS } from '../../api/src/cli/demo-listings';
import { CASE_STAGES } from '../../api/src/modules/brokering/entities';
import { stageDays, workingCalendar } from '../../api/src/platform/deadlines';
import { startTestApp, type TestApp } from '../kit/app';
import type { TestClient } from '../kit/client';
import { SEARCH } from '../kit/listings';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemo(app.orm.em.fork(), app.config)).toBe(true);
  await app.searchSync.flushAll(120_000);
}, 180_000);
afterAll(() => app?.close());

describe('demo data', () => {
  it('seeds at least 60 listings from at least 15 organisations, published ones searchable', async () => {
    const conn = app.orm.em.fork().getConnection();
    const [counts] = await conn.execute(
      `select (select count(*)::int from listings) as listings,
              (select count(*)::int from listings where status = 'PUBLISHED') as published,
              (select count(distinct organization_id)::int from listings) as orgs`,
    );
    expect(counts.listings).toBe(DEMO_LISTINGS.length);
    expect(counts.listings).toBeGreaterThanOrEqual(60);
    expect(counts.orgs).toBeGreaterThanOrEqual(15);
    expect(DEMO_ORGANIZATIONS.length).toBeGreaterThanOrEqual(15);
    const all = (await app.client().ok(SEARCH, { pageSize: 1 })).search;
    expect(all.totalCount).toBe(counts.published);
    const dryer = (await app.client().ok(SEARCH, { q: 'may say lua' })).search;
    expect(dryer.hits.slice(0, 3).map((h: any) => h.listing.content.title)).toContain(
      'Máy sấy lúa tuần hoàn 10 tấn/mẻ tiết kiệm năng lượng',
    );
  });

  it('seeds nothing a second time', async () => {
    const cases = () =>
      app.orm.em.fork().getConnection().execute(`select count(*)::int as n from brokering_cases`);
    const [before] = await cases();
    expect(await seedDemo(app.orm.em.fork(), app.config)).toBe(false);
    expect(await cases()).toEqual([before]);
  });
});

const CASES = /* GraphQL */ `
  query ($where: CaseWhere) {
    cases(first: 20, where: $where) {
      totalCount
      edges {
        node {
          number
          title
          stage
          outcome
          clock
          dueAt
          stageStartedAt
          workingDaysLeft
          openedAt
          closedAt
          assignee {
            email
          }
          requester {
            name
          }
          listing {
            id
          }
          counterparts {
            name
          }
          agreement {
            type
            value
            contractRegistered
          }
          timeline {
            kind
            text
            authorName
            fromStage
            toStage
            createdAt
          }
        }
      }
    }
  }
`;

async function signIn(email: string): Promise<TestClient> {
  const client = app.client();
  const r = await client.ok(
    `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  expect(r.signIn.errors).toEqual([]);
  return client;
}

describe('demo brokering cases', () => {
  let broker: TestClient;
  let cases: any[];
  beforeAll(async () => {
    broker = await signIn('moigioi@demo.techbridge.vn');
    cases = (await broker.ok(CASES)).cases.edges.map((e: any) => e.node);
  });

  it('shows the demo broker a case in every stage, each with its broker, timeline and deadline', async () => {
    expect(cases).toHaveLength(DEMO_CASES.length);
    expect(new Set(cases.map((c) => c.stage))).toEqual(new Set(CASE_STAGES));
    const calendar = workingCalendar(app.config);
    for (const c of cases) {
      expect(c.number).toMatch(/^MG-\d{4}-\d{4}$/);
      expect(c.assignee?.email).toBe('moigioi@demo.techbridge.vn');
      expect(c.listing).not.toBeNull();
      // The timeline starts with the opening, in order, all in the past, each entry by someone.
      expect(c.timeline[0].kind).toBe('OPENED');
      expect(c.timeline.length).toBeGreaterThanOrEqual(3);
      const times = c.timeline.map((e: any) => Date.parse(e.createdAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
      expect(Math.max(...times)).toBeLessThan(Date.now());
      expect(c.timeline.every((e: any) => e.authorName)).toBe(true);
      if (c.closedAt) expect(c.timeline.find((e: any) => e.kind === 'CLOSED').createdAt).toBe(c.closedAt);
      if (c.stage === 'CLOSED') {
        expect(c.dueAt).toBeNull();
        continue;
      }
      // The deadline is the stage's working days from configuration, counted from when the stage began.
      const days = stageDays(app.config, c.stage)!;
      expect(c.dueAt).toBe(calendar.addWorkingDays(new Date(c.stageStartedAt), days).toISOString());
      const entered = c.timeline.filter((e: any) => e.toStage === c.stage).at(-1);
      expect(Date.parse(entered.createdAt)).toBe(Date.parse(c.stageStartedAt));
    }
  });

  it('has overdue work first, the rest on time, and a closed deal with its agreement', async () => {
    const late = cases.filter((c) => c.clock === 'LATE');
    expect(late.map((c) => c.stage)).toEqual(['SCREENING']);
    expect(late[0].workingDaysLeft).toBeLessThan(0);
    expect(cases[0]).toBe(late[0]); // work order: overdue first
    const open = cases.filter((c) => c.stage !== 'CLOSED');
    expect(open.filter((c) => c.clock === 'ON_TIME' || c.clock === 'DUE_SOON')).toHaveLength(open.length - 1);
    const onlyLate = (await broker.ok(CASES, { where: { lateOnly: true } })).cases;
    expect(onlyLate.edges.map((e: any) => e.node.number)).toEqual([late[0].number]);
    const mine = (await broker.ok(CASES, { where: { mine: true } })).cases;
    expect(mine.totalCount).toBe(cases.length);

    const closed = cases.find((c) => c.stage === 'CLOSED');
    expect(closed).toMatchObject({ outcome: 'DEAL', clock: 'ON_TIME' });
    expect(closed.agreement).toEqual({ type: 'LICENCE', value: 120_000_000, contractRegistered: true });
    expect(closed.timeline.at(-1).kind).toBe('RATED');
  });

  it('links demo organisations to demo listings: accepted interests, introductions and requests', async () => {
    const conn = app.orm.em.fork().getConnection();
    const kinds = new Set(cases.flatMap((c) => c.timeline.map((e: any) => e.kind)));
    for (const k of [
      'OPENED',
      'ASSIGNED',
      'STAGE_CHANGED',
      'MESSAGE',
      'INTERNAL_NOTE',
      'MEETING',
      'INTRODUCTION',
      'CLOSED',
      'RATED',
    ])
      expect(kinds).toContain(k);
    expect(cases.every((c) => c.requester.name && c.counterparts.every((o: any) => o.name))).toBe(true);
    const [interests] = await conn.execute(
      `select count(*)::int as accepted,
              count(*) filter (where i.answered_at <= c.opened_at and i.created_at < i.answered_at)::int as before_case
         from interests i join brokering_cases c
           on c.listing_id = i.listing_id and c.requester_id = i.organization_id
        where i.status = 'ACCEPTED'`,
    );
    expect(interests).toEqual({ accepted: 2, before_case: 2 });
    // Nothing happened to a listing before it reached the department.
    const [early] = await conn.execute(
      `select count(*)::int as n from case_events e
         join brokering_cases c on c.id = e.case_id join listings l on l.id = c.listing_id
        where e.created_at < coalesce(l.published_at, l.submitted_at)`,
    );
    expect(early.n).toBe(0);
  });

  it('shows a party its cases without the internal notes; in-app notifications as the services sent them', async () => {
    const member = await signIn('doanhnghiep@demo.techbridge.vn');
    const own = (await member.ok(CASES)).cases.edges.map((e: any) => e.node);
    expect(own.map((c: any) => c.stage).sort()).toEqual(['NEGOTIATING', 'RECEIVED']);
    for (const c of own) {
      expect(c.timeline.some((e: any) => e.kind === 'INTERNAL_NOTE')).toBe(false);
      expect(c.timeline.length).toBe(
        cases.find((b) => b.number === c.number).timeline.filter((e: any) => e.kind !== 'INTERNAL_NOTE')
          .length,
      );
    }
    const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind title link readAt } } } }`;
    const inbox = (await broker.ok(NOTIFICATIONS)).notifications.edges.map((e: any) => e.node);
    const received = cases.find((c) => c.stage === 'RECEIVED');
    expect(
      inbox
        .filter((n: any) => n.title.includes(received.number))
        .map((n: any) => n.kind)
        .sort(),
    ).toEqual(['case.assigned', 'case.opened']);
    expect(inbox.some((n: any) => n.readAt === null)).toBe(true);
    const mail = await app.lastMail('moigioi@demo.techbridge.vn');
    expect(mail).toBeNull(); // history, not news: nothing e-mailed
  });
});
