import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Meilisearch } from 'meilisearch';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { owner, published, sectorId, WITHDRAW, type Owner } from '../../../../test/kit/listings';
import { seedDemo } from '../../cli/demo-data';
import { DEMO_LISTINGS } from '../../cli/demo-listings';
import { Listing } from '../listing/entities';
import { MatchProposal } from './entities';
import { enqueueMatching, MATCH_QUEUE, refreshMatches } from './queue';
import { computeMatches, matchQuery } from './service';

let app: TestApp;
let broker: Actor;
/** Demo listings by title. */
let byTitle: Map<string, Listing>;

const PROPOSALS = /* GraphQL */ `
  query ($listingId: ID, $status: [MatchStatus!], $first: Int) {
    matchProposals(listingId: $listingId, status: $status, first: $first) {
      id
      score
      status
      dismissReason
      caseId
      updatedAt
      request {
        id
        content {
          title
        }
      }
      offer {
        id
        content {
          title
        }
      }
      reasons {
        criterion
        text
        points
      }
    }
  }
`;
const DISMISS = /* GraphQL */ `
  mutation ($input: DismissMatchInput!) {
    dismissMatch(input: $input) {
      proposal {
        id
        status
        dismissReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`;
const INTRODUCE = /* GraphQL */ `
  mutation ($input: IntroduceMatchInput!) {
    introduceMatch(input: $input) {
      proposal {
        id
        status
        caseId
      }
      errors {
        field
        code
        message
      }
    }
  }
`;

const em = () => app.orm.em.fork() as EntityManager;
const demo = (key: string) => {
  const d = DEMO_LISTINGS.find((l) => l.key === key);
  if (!d) throw new Error(`no demo listing ${key}`);
  return byTitle.get(d.content.title)!;
};
async function proposalsOf(listingId: string, side: 'request' | 'offer' = 'request') {
  return em().find(
    MatchProposal,
    { [side]: listingId },
    { populate: ['request', 'offer'], orderBy: [{ score: 'desc' }, { id: 'asc' }] },
  );
}

beforeAll(async () => {
  app = await startTestApp({ env: { JOBS_ENABLED: 'true' } });
  await seedDemo(em(), app.config);
  await app.searchSync.flushAll();
  broker = await app.world.broker();
  byTitle = new Map((await em().find(Listing, {})).map((l) => [l.content.title, l]));
  for (const l of byTitle.values()) {
    if (l.kind === 'REQUEST' && l.status === 'PUBLISHED') await computeMatches(app.services, l.id);
  }
}, 180_000);
afterAll(() => app?.close());

describe('matchmaking on the demo data', () => {
  it('puts each demo request’s intended counterparts among its top 3 proposals', async () => {
    const misses: string[] = [];
    let checked = 0;
    for (const d of DEMO_LISTINGS) {
      if (d.kind !== 'REQUEST' || d.status !== 'PUBLISHED' || !d.counterparts?.length) continue;
      const request = byTitle.get(d.content.title)!;
      const top3 = (await proposalsOf(request.id)).slice(0, 3);
      for (const key of d.counterparts) {
        const offer = demo(key);
        if (offer.status !== 'PUBLISHED') continue;
        checked += 1;
        if (!top3.some((p) => p.offer.id === offer.id)) {
          misses.push(
            `${d.key} → ${key}; top 3: ${top3.map((p) => `${p.offer.getEntity().content.title} (${p.score})`).join(' | ')}`,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(misses).toEqual([]);
  });

  it('never proposes an offer below the request’s minimum maturity', async () => {
    const all = await em().find(MatchProposal, {}, { populate: ['request', 'offer'] });
    expect(all.length).toBeGreaterThan(50);
    const below = all.filter((p) => {
      const min = p.request.getEntity().content.trl;
      const trl = p.offer.getEntity().content.trl;
      return min !== null && trl !== null && trl < min;
    });
    expect(below).toEqual([]);
    for (const p of all) {
      expect(p.score).toBeGreaterThanOrEqual(20);
      expect(p.score).toBe(p.reasons.reduce((s, r) => s + r.points, 0));
    }
  });

  it('keeps at most ten open proposals per listing, best first', async () => {
    for (const l of byTitle.values()) {
      if (l.kind !== 'REQUEST') continue;
      expect((await proposalsOf(l.id)).length).toBeLessThanOrEqual(10);
    }
  });

  it('says why, naming the criteria that scored, in the caller’s language', async () => {
    const request = demo('can-may-say-lua-10-tan');
    const offer = demo('may-say-lua-tuan-hoan');
    const vi = (await broker.client.ok(PROPOSALS, { listingId: request.id })).matchProposals;
    const p = vi.find((x: any) => x.offer.id === offer.id);
    expect(p.status).toBe('PROPOSED');
    const criteria = p.reasons.map((r: any) => r.criterion);
    expect(criteria).toEqual(
      expect.arrayContaining(['SECTOR', 'KEYWORDS', 'MATURITY', 'TRANSFER_FORM', 'PRICE']),
    );
    expect(p.score).toBe(p.reasons.reduce((s: number, r: any) => s + r.points, 0));
    const sector = p.reasons.find((r: any) => r.criterion === 'SECTOR');
    expect(sector.text).toContain('cùng lĩnh vực');
    expect(sector.text).toContain('Nông nghiệp và công nghệ sau thu hoạch');
    expect(p.reasons.find((r: any) => r.criterion === 'MATURITY').text).toBe('TRL 9 ≥ yêu cầu 8');
    expect(p.reasons.find((r: any) => r.criterion === 'KEYWORDS').text).toContain('máy sấy lúa');
    expect(p.reasons.find((r: any) => r.criterion === 'PROVINCE').text).toBe('cùng tỉnh Hà Tĩnh');

    broker.client.lang = 'en';
    try {
      const en = (await broker.client.ok(PROPOSALS, { listingId: request.id })).matchProposals;
      const q = en.find((x: any) => x.offer.id === offer.id);
      expect(q.reasons.find((r: any) => r.criterion === 'SECTOR').text).toContain(
        'Agriculture and post-harvest technology',
      );
      expect(q.reasons.find((r: any) => r.criterion === 'PRICE').text).toBe('price within budget');
    } finally {
      broker.client.lang = 'vi';
    }
  });

  it('matches the other way too: a new offer gets proposals against published requests', async () => {
    const offer = demo('may-say-lua-tuan-hoan');
    const run = await computeMatches(app.services, offer.id);
    expect(run.proposed).toBeGreaterThan(0);
    const mine = await proposalsOf(offer.id, 'offer');
    expect(mine[0]!.request.id).toBe(demo('can-may-say-lua-10-tan').id);
    expect(mine.every((p) => p.request.getEntity().kind === 'REQUEST')).toBe(true);
  });

  it('computes one listing at a time: runs at once for a request and its offer write each proposal once', async () => {
    const request = demo('can-may-say-lua-10-tan');
    const offer = demo('may-say-lua-tuan-hoan');
    const em = app.orm.em.fork();
    await em.nativeDelete(MatchProposal, { $or: [{ request: request.id }, { offer: offer.id }] });
    // The queue's job and a broker's recomputation can overlap: each must see what the other wrote.
    const runs = await Promise.all(
      [request, offer, request, offer, request, offer].map((l) => computeMatches(app.services, l.id)),
    );
    expect(runs.every((r) => r.proposed > 0)).toBe(true);
    const pair = await em.fork().find(MatchProposal, { request: request.id, offer: offer.id });
    expect(pair).toHaveLength(1);
  });

  it('fails (so that the queue retries) when Meilisearch is unreachable, changing nothing', async () => {
    const request = demo('can-may-say-lua-10-tan');
    const before = await proposalsOf(request.id);
    const down = { ...app.services, search: new Meilisearch({ host: 'http://127.0.0.1:9', apiKey: 'x' }) };
    await expect(computeMatches(down, request.id)).rejects.toThrow();
    expect((await proposalsOf(request.id)).map((p) => [p.id, p.score])).toEqual(
      before.map((p) => [p.id, p.score]),
    );
  });

  it('builds its search query from the most telling words, ten at most', () => {
    const q = matchQuery(demo('can-may-say-lua-10-tan').content);
    expect(q.split(' ').length).toBeLessThanOrEqual(10);
    expect(q).toMatch(/^máy sấy lúa tuần hoàn/);
    expect(q).not.toMatch(/cần|8|10/);
  });
});

describe('matchmaking through the API', () => {
  let buyer: Owner;
  let seller: Owner;
  let stranger: Owner;
  let requestId: string;
  let offerId: string;

  const open = async () =>
    (await broker.client.ok(PROPOSALS, { listingId: requestId })).matchProposals.find(
      (p: any) => p.offer.id === offerId,
    );

  beforeAll(async () => {
    buyer = await owner(app, broker, { name: 'Hợp tác xã Nuôi ong Hương Sơn' });
    seller = await owner(app, broker, { name: 'Viện Nghiên cứu Ong mật' });
    stranger = await owner(app, broker);
    const agri = await sectorId(app, 'agriculture');
    const bio = await sectorId(app, 'biotechnology');
    const common = {
      sectorIds: [agri, bio],
      keywords: ['nuôi ong', 'mật ong', 'tách mật', 'kiểm soát ve'],
      transferForms: ['TECHNICAL_SERVICE', 'LICENCE'],
      provinceCode: 'ha-tinh',
    };
    requestId = (
      await published(app, buyer, broker, 'REQUEST', {
        ...common,
        title: 'Cần quy trình nuôi ong lấy mật và kiểm soát ve ký sinh cho hợp tác xã',
        summary: 'Hợp tác xã cần quy trình nuôi ong mật, tách mật sạch và kiểm soát ve ký sinh.',
        specification: 'Năng suất mật tăng 20%, đàn ong khỏe.',
        trl: 6,
        priceMin: 50_000_000,
        priceMax: 150_000_000,
      })
    ).id;
    offerId = (
      await published(app, seller, broker, 'OFFER', {
        ...common,
        title: 'Quy trình nuôi ong mật năng suất cao, kiểm soát ve ký sinh bằng chế phẩm sinh học',
        summary: 'Quy trình nuôi ong lấy mật, tách mật và kiểm soát ve bằng chế phẩm sinh học.',
        trl: 8,
        priceMin: 90_000_000,
      })
    ).id;
    // Too immature for the request: never proposed for it.
    await published(app, seller, broker, 'OFFER', {
      ...common,
      title: 'Chế phẩm sinh học diệt ve ký sinh trên đàn ong mật, thử nghiệm phòng thí nghiệm',
      summary: 'Chế phẩm kiểm soát ve ký sinh cho nuôi ong, mới thử trong phòng thí nghiệm.',
      trl: 4,
      priceMin: 60_000_000,
    });
    await app.searchSync.flushAll();
    await computeMatches(app.services, requestId);
  }, 120_000);

  it('proposes the matching offer to brokers, and not the one below the minimum maturity', async () => {
    const all = (await broker.client.ok(PROPOSALS, { listingId: requestId })).matchProposals;
    expect(all[0].offer.id).toBe(offerId);
    expect(all[0].score).toBeGreaterThanOrEqual(80);
    expect(all.map((p: any) => p.offer.content.title).join('\n')).not.toContain(
      'thử nghiệm phòng thí nghiệm',
    );
    // Without a listing: every open proposal, best first.
    const every = (await broker.client.ok(PROPOSALS, { first: 100 })).matchProposals;
    expect(every.length).toBeGreaterThan(20);
    expect(every.every((p: any) => p.status === 'PROPOSED')).toBe(true);
    expect(every.map((p: any) => p.score)).toEqual([...every.map((p: any) => p.score)].sort((a, b) => b - a));
  });

  it('shows owners nothing until a broker introduces, strangers nothing, visitors an error', async () => {
    expect((await buyer.client.ok(PROPOSALS, { listingId: requestId })).matchProposals).toEqual([]);
    expect((await seller.client.ok(PROPOSALS, { listingId: offerId })).matchProposals).toEqual([]);
    expect((await buyer.client.ok(PROPOSALS, {})).matchProposals).toEqual([]);
    expect((await stranger.client.ok(PROPOSALS, { listingId: requestId })).matchProposals).toEqual([]);
    const visitor = await app.client().gql(PROPOSALS, { listingId: requestId });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await broker.client.gql(PROPOSALS, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets only brokers dismiss, and only with a reason naming the field', async () => {
    const target = (await broker.client.ok(PROPOSALS, { listingId: requestId })).matchProposals.find(
      (p: any) => p.offer.id !== offerId,
    );
    expect(target).toBeTruthy();
    const forbidden = await buyer.client.gql(DISMISS, {
      input: { proposalId: target.id, reason: 'Không hợp' },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = (await broker.client.ok(DISMISS, { input: { proposalId: target.id, reason: '  ' } }))
      .dismissMatch;
    expect(missing.proposal).toBeNull();
    expect(missing.errors).toEqual([{ field: 'reason', code: 'REQUIRED', message: 'Lý do là bắt buộc.' }]);
    broker.client.lang = 'en';
    try {
      const missingEn = (await broker.client.ok(DISMISS, { input: { proposalId: target.id, reason: '' } }))
        .dismissMatch;
      expect(missingEn.errors[0]).toMatchObject({ field: 'reason', code: 'REQUIRED' });
      expect(missingEn.errors[0].message).toContain('Reason');
    } finally {
      broker.client.lang = 'vi';
    }
    const unknown = await broker.client.gql(DISMISS, {
      input: { proposalId: '00000000-0000-4000-8000-000000000000', reason: 'x' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const done = (
      await broker.client.ok(DISMISS, {
        input: { proposalId: target.id, reason: 'Quy mô không phù hợp với hợp tác xã.' },
      })
    ).dismissMatch;
    expect(done.errors).toEqual([]);
    expect(done.proposal).toMatchObject({
      status: 'DISMISSED',
      dismissReason: 'Quy mô không phù hợp với hợp tác xã.',
    });
    const again = (await broker.client.ok(DISMISS, { input: { proposalId: target.id, reason: 'Lần nữa' } }))
      .dismissMatch;
    expect(again.errors[0]).toMatchObject({ code: 'INVALID_STATUS' });

    // Recomputing keeps the broker's decision (and updates the score).
    await computeMatches(app.services, requestId);
    const after = (
      await broker.client.ok(PROPOSALS, { listingId: requestId, status: ['DISMISSED'] })
    ).matchProposals.find((p: any) => p.id === target.id);
    expect(after).toMatchObject({
      status: 'DISMISSED',
      dismissReason: 'Quy mô không phù hợp với hợp tác xã.',
    });
    const openOnes = (await broker.client.ok(PROPOSALS, { listingId: requestId, status: ['PROPOSED'] }))
      .matchProposals;
    expect(openOnes.map((p: any) => p.id)).not.toContain(target.id);
  });

  it('introduces: opens a case, marks the proposal INTRODUCED, and shows it to both owners', async () => {
    const p = await open();
    expect(p.status).toBe('PROPOSED');
    const forbidden = await seller.client.gql(INTRODUCE, { input: { proposalId: p.id } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooLong = (
      await broker.client.ok(INTRODUCE, { input: { proposalId: p.id, note: 'x'.repeat(2001) } })
    ).introduceMatch;
    expect(tooLong.errors[0]).toMatchObject({ field: 'note', code: 'LENGTH' });

    const r = (
      await broker.client.ok(INTRODUCE, {
        input: {
          proposalId: p.id,
          note: 'Viện có quy trình đúng nhu cầu của hợp tác xã, mời hai bên trao đổi.',
        },
      })
    ).introduceMatch;
    expect(r.errors).toEqual([]);
    expect(r.proposal.status).toBe('INTRODUCED');
    expect(r.proposal.caseId).toMatch(/^[0-9a-f-]{36}$/);

    const seenByBuyer = (await buyer.client.ok(PROPOSALS, { listingId: requestId })).matchProposals;
    expect(seenByBuyer.map((x: any) => [x.id, x.status, x.caseId])).toEqual([
      [p.id, 'INTRODUCED', r.proposal.caseId],
    ]);
    expect(seenByBuyer[0].reasons.length).toBeGreaterThan(0);
    const seenBySeller = (await seller.client.ok(PROPOSALS, {})).matchProposals;
    expect(seenBySeller.map((x: any) => x.id)).toEqual([p.id]);
    expect((await stranger.client.ok(PROPOSALS, {})).matchProposals).toEqual([]);

    const twice = (await broker.client.ok(INTRODUCE, { input: { proposalId: p.id } })).introduceMatch;
    expect(twice.errors[0]).toMatchObject({ code: 'INVALID_STATUS' });

    // Recomputing never turns an introduced proposal back into an open one.
    await computeMatches(app.services, requestId);
    expect((await open()).status).toBe('INTRODUCED');
  });

  it('drops open proposals of a listing that leaves the exchange, keeping decided ones', async () => {
    const cause = (
      await published(app, seller, broker, 'OFFER', {
        sectorIds: [await sectorId(app, 'agriculture'), await sectorId(app, 'biotechnology')],
        keywords: ['nuôi ong', 'mật ong'],
        title: 'Máy quay tách mật ong inox cho hộ nuôi ong',
        summary: 'Máy tách mật ong quay tay và điện, inox 304.',
        trl: 9,
        priceMin: 20_000_000,
        transferForms: ['LICENCE'],
      })
    ).id;
    await app.searchSync.flushAll();
    await computeMatches(app.services, cause);
    expect((await proposalsOf(cause, 'offer')).some((p) => p.request.id === requestId)).toBe(true);
    await seller.client.ok(WITHDRAW, { id: cause });
    const run = await computeMatches(app.services, cause);
    expect(run.removed).toBeGreaterThan(0);
    expect(await proposalsOf(cause, 'offer')).toEqual([]);
    expect((await open()).status).toBe('INTRODUCED');
  });

  it('computes on the PostgreSQL-backed queue when a listing is published', async () => {
    const fresh = (
      await published(app, buyer, broker, 'REQUEST', {
        sectorIds: [await sectorId(app, 'aquaculture')],
        keywords: ['nuôi tôm', 'oxy hòa tan', 'IoT'],
        title: 'Cần thiết bị IoT giám sát oxy hòa tan ao nuôi tôm',
        summary: 'Giám sát oxy hòa tan và cảnh báo qua điện thoại cho 20 ao tôm.',
        trl: 7,
        priceNegotiable: true,
        priceMin: null,
      })
    ).id;
    expect(await proposalsOf(fresh)).toEqual([]);
    const jobId = await enqueueMatching(app.jobs!, fresh);
    expect(jobId).toBeTruthy();
    // Through the services too (what the listing service calls), once the worker is attached.
    expect(await enqueueMatching(app.services, fresh)).toBeTruthy();
    let state = '';
    for (let i = 0; i < 60 && state !== 'completed'; i++) {
      const rows = await em()
        .getConnection()
        .execute<{ state: string }[]>(`select state from pgboss.job where id = ? and name = ?`, [
          jobId,
          MATCH_QUEUE,
        ]);
      state = rows[0]?.state ?? '';
      if (state === 'failed') throw new Error('matching job failed');
      if (state !== 'completed') await new Promise((r) => setTimeout(r, 500));
    }
    expect(state).toBe('completed');
    const mine = await proposalsOf(fresh);
    expect(mine[0]?.offer.getEntity().content.title).toBe(demo('iot-giam-sat-ao-tom').content.title);
    // The hourly safety net queues what was published or changed in the last two hours.
    expect((await refreshMatches(app.services)).listings).toBeGreaterThanOrEqual(4);
    const schedules = await em().getConnection().execute(`select name, cron from pgboss.schedule`);
    expect(schedules).toEqual(expect.arrayContaining([{ name: 'match-refresh', cron: '0 * * * *' }]));
  }, 60_000);
});
