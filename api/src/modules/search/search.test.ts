import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import {
  GET,
  SEARCH,
  UPDATE,
  WITHDRAW,
  owner,
  published,
  sectorId,
  type Owner,
} from '../../../../test/kit/listings';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { closeSearchHttp, searchIndex } from '../../platform/search-http';
import { informativeWords, meiliSearchParams } from './service';
import { FULL_SELECTION } from './selection';
import type { ListingCardModel } from './card';
import { SearchHit } from './resolvers/SearchHit';

let app: TestApp;
let broker: Actor;
let seller: Owner;
let buyer: Owner;

const titles = {
  dryer: 'Máy sấy lúa tuần hoàn 10 tấn/mẻ tiết kiệm năng lượng',
  shrimp: 'Hệ thống cảm biến giám sát ao nuôi tôm thẻ chân trắng',
  ai: 'Phần mềm trí tuệ nhân tạo nhận diện sâu bệnh trên lúa',
  weld: 'Máy hàn tự động cho kết cấu thép nhà xưởng',
  slag: 'Gạch không nung từ xỉ thép',
};

async function search(q: string | null, extra: Record<string, unknown> = {}, who: Actor | null = null) {
  const client = who?.client ?? app.client();
  return (await client.ok(SEARCH, { q, ...extra })).search;
}
const hitTitles = (r: any) => r.hits.map((h: any) => h.listing.content.title);

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Cơ điện Nông nghiệp' });
  buyer = await owner(app, broker, { name: 'Hợp tác xã Nông nghiệp Thạch Hà' });
  const agri = await sectorId(app, 'agriculture');
  const aqua = await sectorId(app, 'aquaculture');
  const it = await sectorId(app, 'it-digital');
  const mech = await sectorId(app, 'mechanics-automation');
  const mat = await sectorId(app, 'materials');
  await published(app, seller, broker, 'OFFER', {
    title: titles.dryer,
    summary: 'Sấy lúa đều, tiết kiệm 30 % điện năng.',
    sectorIds: [agri],
    trl: 9,
    priceMin: 450_000_000,
    ipRecords: [{ type: 'PATENT', status: 'GRANTED', number: '1-0012345', territory: 'VN' }],
  });
  await published(app, seller, broker, 'OFFER', {
    title: titles.shrimp,
    summary: 'Đo oxy hòa tan, pH và nhiệt độ, cảnh báo qua điện thoại.',
    keywords: ['IoT', 'nuôi tôm'],
    sectorIds: [aqua, it],
    trl: 7,
    priceNegotiable: true,
    priceMin: null,
  });
  await published(app, seller, broker, 'OFFER', {
    title: titles.ai,
    summary: 'Chụp ảnh lá lúa, phát hiện đạo ôn và rầy nâu.',
    sectorIds: [it, agri],
    trl: 6,
    priceMin: 80_000_000,
    transferForms: ['LICENCE'],
  });
  await published(app, seller, broker, 'OFFER', {
    title: titles.weld,
    summary: 'Robot hàn cho dầm thép, năng suất gấp ba.',
    sectorIds: [mech],
    trl: 8,
    priceMin: 2_500_000_000,
    provinceCode: 'nghe-an',
  });
  await published(app, buyer, broker, 'REQUEST', {
    title: titles.slag,
    summary: 'Cần công nghệ tận dụng xỉ thép làm gạch.',
    sectorIds: [mat],
    trl: 7,
    priceMin: 1_000_000_000,
  });
  await app.searchSync.flushAll();
}, 180_000);
afterAll(() => app?.close());

describe('search', () => {
  it('finds "Máy sấy lúa" when someone types "may say lua"', async () => {
    const r = await search('may say lua');
    expect(hitTitles(r)[0]).toBe(titles.dryer);
    expect(r.hits[0].titleHighlight).toContain('<mark>Máy</mark> <mark>sấy</mark> <mark>lúa</mark>');
    expect(r.degraded).toBe(false);
  });

  it('tolerates a typo', async () => {
    const r = await search('cam biem giam sat');
    expect(hitTitles(r)).toContain(titles.shrimp);
  });

  it('uses the seeded synonyms (AI ↔ trí tuệ nhân tạo) and one a broker adds', async () => {
    expect(hitTitles(await search('AI'))).toContain(titles.ai);
    expect(hitTitles(await search('cobot'))).not.toContain(titles.weld);
    const saved = await broker.client.ok(
      `mutation { saveSearchSynonym(input: { terms: ["cobot", "máy hàn tự động"] }) { synonym { id terms } errors { field message } } }`,
    );
    expect(saved.saveSearchSynonym.errors).toEqual([]);
    expect(hitTitles(await search('cobot'))).toContain(titles.weld);
    const forbidden = await seller.client.gql(
      `mutation { saveSearchSynonym(input: { terms: ["a", "b"] }) { errors { field } } }`,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await broker.client.ok(
      `mutation { saveSearchSynonym(input: { terms: ["chỉ một"] }) { errors { field message } } }`,
    );
    expect(bad.saveSearchSynonym.errors[0]).toMatchObject({ field: 'terms' });
  });

  it('counts facets exactly as the listings are', async () => {
    const r = await search(null, { pageSize: 100 });
    expect(r.totalCount).toBe(5);
    const facet = (name: string) =>
      Object.fromEntries(
        r.facets.find((f: any) => f.name === name).values.map((v: any) => [v.value, v.count]),
      );
    expect(facet('kind')).toEqual({ OFFER: 4, REQUEST: 1 });
    expect(facet('sector')).toEqual({
      agriculture: 2,
      aquaculture: 1,
      'it-digital': 2,
      'mechanics-automation': 1,
      materials: 1,
    });
    expect(facet('maturityStage')).toEqual({ COMMERCIALISED: 1, PILOTED: 3, PROTOTYPE: 1 });
    expect(facet('priceBand')).toEqual({
      NEGOTIABLE: 1,
      UNDER_100M: 1,
      FROM_100M_TO_500M: 1,
      FROM_500M_TO_2B: 1,
      OVER_2B: 1,
    });
    expect(facet('ipStatus')).toEqual({ GRANTED: 1 });
    expect(facet('province')).toEqual({ 'ha-tinh': 4, 'nghe-an': 1 });
    expect(facet('organizationType')).toEqual({ BUSINESS: 5 });
    const sectorLabels = r.facets.find((f: any) => f.name === 'sector').values.map((v: any) => v.label);
    expect(sectorLabels).toContain('Nông nghiệp và công nghệ sau thu hoạch');
    // Filters narrow the hits and the counts.
    const agri = await search(null, { where: { sector: ['agriculture'], kind: ['OFFER'] } });
    expect(agri.totalCount).toBe(2);
    expect(hitTitles(agri).sort()).toEqual([titles.ai, titles.dryer].sort());
  });

  it('sorts by price and by newest', async () => {
    const asc = await search(null, { orderBy: 'PRICE_ASC', pageSize: 100 });
    expect(hitTitles(asc).slice(0, 4)).toEqual([titles.ai, titles.dryer, titles.slag, titles.weld]);
    const newest = await search(null, { orderBy: 'NEWEST', pageSize: 100 });
    expect(hitTitles(newest)[0]).toBe(titles.slag);
  });

  it('pages through results', async () => {
    const p1 = await search(null, { pageSize: 2, page: 1, orderBy: 'NEWEST' });
    const p3 = await search(null, { pageSize: 2, page: 3, orderBy: 'NEWEST' });
    expect(p1.pageCount).toBe(3);
    expect(p1.hits).toHaveLength(2);
    expect(p3.hits).toHaveLength(1);
    const tooFar = await app.client().gql(SEARCH, { page: 600, pageSize: 2 });
    expect(tooFar.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a 15-syllable Vietnamese query by its most telling ten words', async () => {
    const q = 'công nghệ máy sấy lúa tuần hoàn tiết kiệm năng lượng cho hợp tác xã';
    expect(q.split(' ')).toHaveLength(15);
    const r = await search(q);
    expect(r.searchedWords.split(' ').length).toBeLessThanOrEqual(10);
    expect(r.searchedWords).toContain('sấy');
    expect(hitTitles(r)[0]).toBe(titles.dryer);
    const unaccented = await search(
      'cong nghe may say lua tuan hoan tiet kiem nang luong cho hop tac xa nong thon',
    );
    expect(hitTitles(unaccented)[0]).toBe(titles.dryer);
  });

  it('never indexes confidential parts or the owner of an anonymous listing', async () => {
    await published(app, seller, broker, 'OFFER', {
      title: 'Chế phẩm vi sinh xử lý nước ao',
      confidentialDetail: 'chủngbaomatxyz',
      anonymous: true,
    });
    await app.searchSync.flushAll();
    expect((await search('chủngbaomatxyz')).totalCount).toBe(0);
    const r = await search('chế phẩm vi sinh');
    expect(r.totalCount).toBe(1);
    expect((await search('Viện Cơ điện')).hits.map((h: any) => h.listing.content.title)).not.toContain(
      'Chế phẩm vi sinh xử lý nước ao',
    );
  });

  it('drops a withdrawn listing and shows an approved edit', async () => {
    const l = await published(app, seller, broker, 'OFFER', { title: 'Lò đốt trấu hóa khí' });
    await app.searchSync.flushAll();
    expect((await search('lo dot trau')).totalCount).toBe(1);
    const v = (await seller.client.ok(GET, { id: l.id })).listing.version;
    await seller.client.ok(UPDATE, {
      input: { listingId: l.id, version: v, content: { title: 'Lò hóa khí trấu' } },
    });
    await app.searchSync.flushAll();
    expect(hitTitles(await search('lo hoa khi trau'))).toContain('Lò đốt trấu hóa khí'); // pending, not public yet
    await seller.client.ok(WITHDRAW, { id: l.id });
    await app.searchSync.flushAll();
    expect((await search('lo dot trau')).totalCount).toBe(0);
    const lag = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n, min(lag_ms) as lo from search_outbox where processed_at is not null`,
      );
    expect(lag[0].n).toBeGreaterThan(0);
    expect(lag[0].lo).toBeGreaterThanOrEqual(0);
  });
});

const CARD = `card { id slug kind title anonymous organizationName province { code name } trl maturityStage
  priceNegotiable priceMin priceMax ipVerified coverThumbnailUrl publishedAt confirmedAt }`;
const CARDS_AND_LISTINGS = `query ($q: String, $pageSize: Int) { search(query: $q, pageSize: $pageSize) { hits {
  titleHighlight ${CARD} listing { id slug kind anonymous publishedAt lastConfirmedAt organization { name }
  content { title trl maturityStage priceNegotiable priceMin priceMax province { code name }
  images { thumbnailUrl } ipRecords { verified } } } } } }`;
/** What the search page asks for: cards, no listings. */
const CARDS = `query ($q: String, $pageSize: Int) { search(query: $q, pageSize: $pageSize) { totalCount
  facets { name values { value label count } } hits { titleHighlight snippet ${CARD} } } }`;

/** The card a visitor should see for a listing, from the listing's own public fields. */
function expectedCard(l: any) {
  const c = l.content;
  const confirmed = Date.parse(l.lastConfirmedAt ?? l.publishedAt);
  return {
    id: l.id,
    slug: l.slug,
    kind: l.kind,
    title: c.title,
    anonymous: l.anonymous,
    organizationName: l.anonymous ? null : l.organization.name,
    province: c.province,
    trl: c.trl,
    maturityStage: c.maturityStage,
    priceNegotiable: c.priceNegotiable,
    priceMin: c.priceMin,
    priceMax: c.priceMax,
    ipVerified: c.ipRecords.some((r: any) => r.verified),
    coverThumbnailUrl: c.images[0]?.thumbnailUrl ?? null,
    publishedAt: l.publishedAt,
    // The index keeps it to the second.
    confirmedAt: new Date(Math.floor(confirmed / 1000) * 1000).toISOString(),
  };
}

describe('result cards', () => {
  let pictured: { id: string };
  beforeAll(async () => {
    const { uploadFile, handmadePng } = await import('../../../../test/kit/upload');
    const image = await uploadFile(seller, { fileName: 'lo-say.png', bytes: handmadePng(40, 40) });
    pictured = await published(app, seller, broker, 'OFFER', {
      title: 'Lò sấy cà phê bằng khí sinh học',
      imageIds: [image.id],
      priceMin: 120_000_000,
      priceMax: 300_000_000,
      provinceCode: 'quang-tri',
      ipRecords: [{ type: 'UTILITY_SOLUTION', status: 'GRANTED', number: '2-0001234', territory: 'VN' }],
    });
    const ip = (await broker.client.ok(GET, { id: pictured.id })).listing.content.ipRecords[0];
    const verified = await broker.client.ok(
      `mutation ($input: VerifyIpRecordInput!) { verifyIpRecord(input: $input) { errors { field message } } }`,
      { input: { listingId: pictured.id, ipRecordId: ip.id, verified: true } },
    );
    expect(verified.verifyIpRecord.errors).toEqual([]);
    await published(app, buyer, broker, 'REQUEST', {
      title: 'Cần lò sấy cà phê ẩn danh',
      anonymous: true,
      priceNegotiable: true,
      priceMin: null,
    });
    await app.searchSync.flushAll();
  });

  it("hands graphql-js a hit's card itself, not a promise of it", () => {
    // A promise here makes graphql-js wait on every hit of every search (a Promise.all per hit).
    const card = { id: 'x' } as unknown as ListingCardModel;
    const resolve = SearchHit.card as (...args: unknown[]) => unknown;
    expect(resolve({ card, listing: null, titleHighlight: '', snippet: '' }, {}, {}, {})).toBe(card);
  });

  it('shows on each card exactly the public fields of its listing, in Vietnamese and English', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const visitor = app.client();
      visitor.lang = lang;
      for (const q of ['lo say ca phe', null]) {
        const { hits } = (await visitor.ok(CARDS_AND_LISTINGS, { q, pageSize: 100 })).search;
        expect(hits.length).toBeGreaterThan(1);
        for (const hit of hits) expect(hit.card).toEqual(expectedCard(hit.listing));
      }
      const { hits } = (await visitor.ok(CARDS_AND_LISTINGS, { q: 'lo say ca phe khi sinh hoc' })).search;
      const card = hits.find((h: any) => h.card.id === pictured.id).card;
      expect(card).toMatchObject({
        ipVerified: true,
        priceMin: 120_000_000,
        priceMax: 300_000_000,
        province: { code: 'quang-tri', name: lang === 'en' ? 'Quang Tri' : 'Tỉnh Quảng Trị' },
      });
      expect(card.coverThumbnailUrl).toMatch(/^\/files\/[0-9a-f-]{36}\/thumbnail$/);
    }
  });

  it('answers a card-only search as before: highlights, snippets, facets and diacritic-free words', async () => {
    const r = (await app.client().ok(CARDS, { q: 'may say lua' })).search;
    expect(r.hits[0].card.title).toBe(titles.dryer);
    expect(r.hits[0].titleHighlight).toContain('<mark>Máy</mark> <mark>sấy</mark> <mark>lúa</mark>');
    expect(r.hits[0].snippet).toBe('Sấy lúa đều, tiết kiệm 30 % điện năng.');
    expect(r.facets.find((f: any) => f.name === 'kind').values.length).toBeGreaterThan(0);
  });

  it('shows nothing a visitor may not see: no owner of an anonymous listing, no pending edit, no confidential part', async () => {
    // The card's fields are an allowlist: a new one must be public for every published listing.
    const type = await app.client().ok(`{ __type(name: "ListingCard") { fields { name } } }`);
    expect(type.__type.fields.map((f: any) => f.name).sort()).toEqual(
      [
        'anonymous',
        'confirmedAt',
        'coverThumbnailUrl',
        'id',
        'ipVerified',
        'kind',
        'maturityStage',
        'organizationName',
        'priceMax',
        'priceMin',
        'priceNegotiable',
        'province',
        'publishedAt',
        'slug',
        'title',
        'trl',
      ].sort(),
    );
    // An anonymous listing has no owner on its card, even for a broker (who may see it on the listing).
    const anonymous = (await broker.client.ok(CARDS_AND_LISTINGS, { q: 'ca phe an danh' })).search.hits[0];
    expect(anonymous.listing.organization.name).toBe('Hợp tác xã Nông nghiệp Thạch Hà');
    expect(anonymous.card).toMatchObject({ anonymous: true, organizationName: null });
    // An edit waiting for review stays off the card.
    const v = (await seller.client.ok(GET, { id: pictured.id })).listing.version;
    await seller.client.ok(UPDATE, {
      input: { listingId: pictured.id, version: v, content: { title: 'Lò sấy cà phê bản nháp chờ duyệt' } },
    });
    await app.searchSync.flushAll();
    const { hits } = (await app.client().ok(CARDS, { q: 'lo say ca phe khi sinh hoc' })).search;
    expect(hits.find((h: any) => h.card.id === pictured.id).card.title).toBe(
      'Lò sấy cà phê bằng khí sinh học',
    );
    // What the index holds: public attributes only, none of the confidential text or the contact.
    const index = app.services.search.index(app.searchSync.indexName);
    const { results } = await index.getDocuments({ limit: 1000 });
    expect(results.length).toBeGreaterThan(5);
    const allowed = new Set([
      'id',
      'slug',
      'kind',
      'title',
      'summary',
      'description',
      'advantages',
      'specification',
      'expectedResult',
      'keywords',
      'sector',
      'sectorLabels',
      'maturityStage',
      'trl',
      'ipStatus',
      'ipVerified',
      'transferForm',
      'province',
      'provinceName',
      'organizationId',
      'organizationType',
      'organizationName',
      'priceBand',
      'price',
      'publishedAt',
      'confirmedAt',
      'anonymous',
      'priceNegotiable',
      'priceMin',
      'priceMax',
      'coverImageId',
    ]);
    for (const doc of results) {
      expect(Object.keys(doc).filter((k) => !allowed.has(k))).toEqual([]);
      if (doc.anonymous)
        expect([doc.organizationId, doc.organizationName, doc.organizationType]).toEqual([null, null, null]);
    }
    const all = JSON.stringify(results);
    for (const secret of [
      'Bản vẽ buồng đốt',
      'Độ ẩm còn 13,5 %',
      'chu@example.vn',
      '0912 345 678',
      'bản nháp chờ duyệt',
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('follows a renamed organisation', async () => {
    const org = (await seller.client.ok(GET, { id: pictured.id })).listing.organization;
    const renamed = await seller.client.ok(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { errors { field message } } }`,
      { input: { organizationId: seller.organizationId, name: 'Viện Cơ điện Nông nghiệp và Sau thu hoạch' } },
    );
    expect(renamed.updateOrganization.errors).toEqual([]);
    await app.searchSync.flushAll();
    const { hits } = (await app.client().ok(CARDS, { q: 'lo say ca phe khi sinh hoc' })).search;
    expect(org.name).toBe('Viện Cơ điện Nông nghiệp');
    expect(hits.find((h: any) => h.card.id === pictured.id).card.organizationName).toBe(
      'Viện Cơ điện Nông nghiệp và Sau thu hoạch',
    );
  });
});

describe('informativeWords', () => {
  it('keeps short queries as they are and shortens long ones to ten words', () => {
    expect(informativeWords('máy sấy lúa')).toEqual({ text: 'máy sấy lúa', shortened: false });
    const long = informativeWords('a b c d e f g h i j k l m n o p');
    expect(long.text.split(' ')).toHaveLength(10);
    expect(long.shortened).toBe(true);
  });
});

describe('query cost', () => {
  it('costs the same number of SQL statements for a page of 2 and a page of 6 results', async () => {
    const { countQueries } = await import('../../../../test/kit/sql');
    const rich = `query ($pageSize: Int) { search(pageSize: $pageSize) { hits { listing { id slug anonymous
      organization { name verified } content { title sectors { label } images { url } documents { url } maturityStage priceBand province { name } ipRecords { verified } } } } } }`;
    const visitor = app.client();
    await visitor.ok(rich, { pageSize: 1 }); // warm caches that are per process, not per request
    // Background workers poll the database too: pause them so only the requests are counted.
    await app.searchSync.stop();
    await app.services.mailQueue.stop();
    const small = await countQueries(app, () => visitor.ok(rich, { pageSize: 2 }));
    const large = await countQueries(app, () => visitor.ok(rich, { pageSize: 6 }));
    app.searchSync.start();
    app.services.mailQueue.start();
    expect(large).toBe(small);
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThanOrEqual(6);
  });

  it("reads only the session for a signed-in member's search of cards, whatever the page size", async () => {
    const { recordQueries } = await import('../../../../test/kit/sql');
    await seller.client.ok(CARDS, { pageSize: 1 }); // warm caches that are per process, not per request
    await app.searchSync.stop();
    await app.services.mailQueue.stop();
    try {
      const small = await recordQueries(app, () => seller.client.ok(CARDS, { pageSize: 2 }));
      const large = await recordQueries(app, async () => {
        const r = await seller.client.ok(CARDS, { pageSize: 6 });
        expect(r.search.hits).toHaveLength(6);
      });
      // At most one statement: the session with its user and memberships, unless this process read it a
      // moment ago (SESSION_CACHE_SECONDS). Nothing about the hits.
      expect(small.length).toBeLessThanOrEqual(1);
      expect(large.length).toBeLessThanOrEqual(1);
      for (const sql of [...small, ...large]) expect(sql).toMatch(/from sessions/);
    } finally {
      app.searchSync.start();
      app.services.mailQueue.start();
    }
  });
});

describe("the search request's own HTTP pool", () => {
  const params = meiliSearchParams(
    { where: { kind: ['OFFER'] }, orderBy: 'RELEVANCE' },
    1,
    5,
    FULL_SELECTION,
  );
  const withoutTime = ({ processingTimeMs: _t, ...rest }: Record<string, unknown>) => rest;

  it('answers what the Meilisearch client answers to the same search', async () => {
    const client = app.services.search;
    const index = app.searchSync.indexName;
    const ours = await searchIndex(client, index, 'máy sấy lúa', params);
    const theirs = await client.index(index).search('máy sấy lúa', params);
    expect((ours.hits as unknown[]).length).toBeGreaterThan(0);
    expect(withoutTime(ours)).toEqual(withoutTime(theirs));
  });

  it('fails as the client does: Meilisearch errors with their code, unreachable servers as request errors', async () => {
    const client = app.services.search;
    const missing = await searchIndex(client, 'no_such_index', 'x', {}).catch((e: unknown) => e);
    const theirs = await client
      .index('no_such_index')
      .search('x', {})
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MeilisearchApiError);
    expect((missing as MeilisearchApiError).cause).toEqual((theirs as MeilisearchApiError).cause);
    expect((missing as MeilisearchApiError).cause?.code).toBe('index_not_found');
    expect((missing as MeilisearchApiError).response.status).toBe(404);
    const down = new Meilisearch({ host: 'http://127.0.0.1:9', apiKey: 'x' });
    const refused = await searchIndex(down, 'listings', 'x', {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MeilisearchRequestError);
    expect((refused as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    await closeSearchHttp(down);
  });
});

describe('a fresh exchange', () => {
  it('answers a search with no hits before anything was published', async () => {
    const fresh = await startTestApp();
    try {
      const r = (await fresh.client().ok(SEARCH, { q: 'máy sấy' })).search;
      expect(r).toMatchObject({ totalCount: 0, hits: [], degraded: false });
    } finally {
      await fresh.close();
    }
  });
});
