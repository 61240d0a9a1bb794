import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { owner, published, type Owner } from '../../../../test/kit/listings';
import { alertQuery, checkSavedSearchAlerts, enqueueSavedSearchAlerts } from './alerts';

let app: TestApp;
let broker: Actor;
let seller: Owner;
let buyer: Owner;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Cơ khí Nông nghiệp Tìm kiếm' });
  buyer = await owner(app, broker, { name: 'Hợp tác xã Lúa gạo Tìm kiếm' });
}, 120_000);
afterAll(() => app?.close());

const FIELDS = `id name query alerts lastAlertAt where { kind sector province maturityStage priceBand }`;
const ERR = 'errors { field code message }';
const SAVE = `mutation ($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { ${FIELDS} } ${ERR} } }`;
const UPDATE = `mutation ($input: UpdateSavedSearchInput!) { updateSavedSearch(input: $input) { savedSearch { ${FIELDS} } ${ERR} } }`;
const DELETE = `mutation ($id: ID!) { deleteSavedSearch(input: { id: $id }) { deleted ${ERR} } }`;
const LIST = `{ savedSearches { ${FIELDS} } }`;
const INBOX = `{ notifications(first: 50) { edges { node { kind title body link } } } }`;

async function save(who: Actor, input: Record<string, unknown>) {
  const r = await who.client.ok(SAVE, { input });
  expect(r.saveSearch.errors).toEqual([]);
  return r.saveSearch.savedSearch;
}

describe('saved searches', () => {
  it('saves, lists, renames, switches alerts and deletes one’s own searches', async () => {
    const member = await app.world.member();
    const s = await save(member, {
      name: '  Máy sấy cho hợp tác xã ',
      query: 'máy sấy lúa',
      where: { kind: ['OFFER'], sector: ['agriculture'], province: ['ha-tinh'] },
    });
    expect(s).toMatchObject({
      name: 'Máy sấy cho hợp tác xã',
      query: 'máy sấy lúa',
      alerts: true,
      lastAlertAt: null,
      where: {
        kind: ['OFFER'],
        sector: ['agriculture'],
        province: ['ha-tinh'],
        maturityStage: [],
        priceBand: [],
      },
    });
    const quiet = await save(member, {
      name: 'Chỉ xem',
      where: { priceBand: ['UNDER_100M'] },
      alerts: false,
    });
    expect(quiet).toMatchObject({ query: '', alerts: false });
    expect((await member.client.ok(LIST)).savedSearches.map((x: any) => x.id)).toEqual([quiet.id, s.id]);

    const renamed = await member.client.ok(UPDATE, {
      input: { id: s.id, name: 'Máy sấy lúa', alerts: false },
    });
    expect(renamed.updateSavedSearch.savedSearch).toMatchObject({ name: 'Máy sấy lúa', alerts: false });

    // Someone else's saved search does not exist for them; visitors must sign in.
    const other = await app.world.member();
    const theirs = await other.client.gql(UPDATE, { input: { id: s.id, alerts: true } });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await other.client.gql(DELETE, { id: s.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await other.client.ok(LIST)).savedSearches).toEqual([]);
    expect((await app.client().gql(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await member.client.ok(DELETE, { id: s.id })).deleteSavedSearch).toEqual({
      deleted: true,
      errors: [],
    });
    expect((await member.client.ok(LIST)).savedSearches.map((x: any) => x.id)).toEqual([quiet.id]);
  });

  it('names the field at fault, in the caller’s language, and keeps at most 20 per person', async () => {
    const member = await app.world.member();
    const bad = async (input: Record<string, unknown>) =>
      (await member.client.ok(SAVE, { input })).saveSearch as { savedSearch: unknown; errors: unknown[] };
    expect((await bad({ name: '   ' })).errors).toEqual([
      { field: 'name', code: 'REQUIRED', message: 'Tên tìm kiếm là bắt buộc.' },
    ]);
    expect((await bad({ name: 'x'.repeat(129), query: 'y'.repeat(501) })).errors).toEqual([
      { field: 'name', code: 'LENGTH', message: 'Tên tìm kiếm dài tối đa 128 ký tự.' },
      { field: 'query', code: 'LENGTH', message: 'Từ khóa tìm kiếm dài tối đa 500 ký tự.' },
    ]);
    expect((await bad({ name: 'Lĩnh vực lạ', where: { sector: ['khong-co'] } })).errors).toEqual([
      { field: 'where', code: 'INVALID', message: 'Bộ lọc không hợp lệ.' },
    ]);
    expect((await bad({ name: 'Tỉnh lạ', where: { province: ['atlantis'] } })).errors[0]).toMatchObject({
      field: 'where',
    });
    member.client.lang = 'en';
    try {
      expect((await bad({ name: '' })).errors).toEqual([
        { field: 'name', code: 'REQUIRED', message: 'Search name is required.' },
      ]);
    } finally {
      member.client.lang = 'vi';
    }
    const renamed = await member.client.ok(UPDATE, {
      input: { id: (await save(member, { name: 'Một', alerts: false })).id, name: ' ' },
    });
    expect(renamed.updateSavedSearch.errors[0]).toMatchObject({ field: 'name', code: 'REQUIRED' });

    // Twenty at once: the limit holds under concurrent saves too.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        member.client.ok(SAVE, { input: { name: `Tìm kiếm ${i}`, alerts: false } }),
      ),
    );
    expect((await member.client.ok(LIST)).savedSearches).toHaveLength(20);
    expect((await bad({ name: 'Thứ 21' })).errors).toEqual([
      {
        field: null,
        code: 'TOO_MANY',
        message: 'Mỗi người lưu được tối đa 20 tìm kiếm. Hãy xóa bớt tìm kiếm cũ.',
      },
    ]);
  });

  it('drops stop words from an alert’s query: every meaningful word must match', () => {
    expect(alertQuery('  tôi cần tìm máy sấy lúa  ')).toBe('máy sấy lúa');
    expect(alertQuery('cần')).toBe('cần');
  });
});

describe('saved-search alerts', () => {
  it('tells the people whose saved search matches a newly published listing, once, in-app and by e-mail', async () => {
    const colleague = await app.world.member(); // not in the owner organisation
    const stranger = await app.world.member();
    const silent = await app.world.member();
    const wanted = await save(buyer, {
      name: 'Máy sấy lúa giá tốt',
      query: 'may say lua', // no diacritics: still a match
      where: { kind: ['OFFER'], sector: ['agriculture'] },
    });
    const alsoWanted = await save(buyer, { name: 'Thiết bị sau thu hoạch', query: 'tôi cần máy sấy' });
    const otherWords = await save(stranger, { name: 'Điện mặt trời', query: 'điện mặt trời áp mái' });
    const otherKind = await save(colleague, {
      name: 'Nhu cầu sấy',
      query: 'máy sấy',
      where: { kind: ['REQUEST'] },
    });
    const partly = await save(colleague, { name: 'Sấy cà phê', query: 'máy sấy cà phê' });
    await save(silent, { name: 'Không báo', query: 'máy sấy lúa', alerts: false });
    await save(seller, { name: 'Tin của chính mình', query: 'máy sấy lúa' }); // the owner's own search

    const l = await published(app, seller, broker, 'OFFER', { title: 'Máy sấy lúa tuần hoàn đốt trấu' });
    await app.searchSync.flushAll();
    // Tests run without the job queue: nothing is queued, the check is called directly.
    expect(await enqueueSavedSearchAlerts(app.services, l.id)).toBeNull();

    const run = await checkSavedSearchAlerts(app.services, l.id);
    expect(run).toEqual({ checked: 5, matched: 2, notified: 1 });

    const inbox = await buyer.client.ok(INBOX);
    const alerts = inbox.notifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === 'savedSearch.match');
    expect(alerts).toEqual([
      {
        kind: 'savedSearch.match',
        title: 'Tin mới phù hợp với tìm kiếm “Máy sấy lúa giá tốt”',
        body: 'Tin “Máy sấy lúa tuần hoàn đốt trấu” vừa được công bố và phù hợp với tìm kiếm đã lưu “Máy sấy lúa giá tốt”.',
        link: `/cong-nghe/${l.slug}`,
      },
    ]);
    const mail = await app.lastMail(buyer.user.email);
    expect(mail?.subject).toBe('Tin mới phù hợp với tìm kiếm “Máy sấy lúa giá tốt”');
    expect(mail?.text).toContain(`/cong-nghe/${l.slug}`);
    for (const who of [stranger, colleague, silent, seller]) {
      const theirs = (await who.client.ok(INBOX)).notifications.edges.filter(
        (e: any) => e.node.kind === 'savedSearch.match',
      );
      expect(theirs).toEqual([]);
    }
    const mine = (await buyer.client.ok(LIST)).savedSearches;
    expect(mine.find((s: any) => s.id === wanted.id).lastAlertAt).toBeTruthy();
    expect(mine.find((s: any) => s.id === alsoWanted.id).lastAlertAt).toBeTruthy();
    for (const s of [otherWords, otherKind, partly]) expect(s.lastAlertAt).toBeNull();

    // A retried job tells nobody twice.
    expect(await checkSavedSearchAlerts(app.services, l.id)).toEqual({ checked: 3, matched: 0, notified: 0 });
    const again = (await buyer.client.ok(INBOX)).notifications.edges.filter(
      (e: any) => e.node.kind === 'savedSearch.match',
    );
    expect(again).toHaveLength(1);
  });

  it('stays quiet for a listing that is not published', async () => {
    const l = await published(app, seller, broker, 'OFFER', { title: 'Máy gặt đập liên hợp đã rút' });
    await seller.client.ok(
      `mutation ($id: ID!) { withdrawListing(input: { listingId: $id }) { errors { code } } }`,
      {
        id: l.id,
      },
    );
    await app.searchSync.flushAll();
    expect(await checkSavedSearchAlerts(app.services, l.id)).toEqual({ checked: 0, matched: 0, notified: 0 });
  });
});
