import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import {
  CREATE,
  FULFIL,
  GET,
  PUBLISH,
  REJECT,
  RENEW,
  REQUEST_CHANGES,
  SUBMIT,
  UPDATE,
  WITHDRAW,
  completeContent,
  draft,
  owner,
  published,
  sectorId,
  type Owner,
} from '../../../../test/kit/listings';

let app: TestApp;
let broker: Actor;
let seller: Owner;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Cơ điện Nông nghiệp Bắc Trung Bộ' });
}, 120_000);
afterAll(() => app?.close());

async function englishGql(actor: Actor, query: string, variables: Record<string, unknown>) {
  const res = await actor.client.raw({ query, variables }, { 'accept-language': 'en' });
  return (await res.json()) as { data: any; errors?: any[] };
}

describe('lifecycle', () => {
  it('goes draft → submitted → published, with the reason the owner sees and an e-mail', async () => {
    const l = await draft(app, seller, 'OFFER');
    const s = await seller.client.ok(SUBMIT, { id: l.id });
    expect(s.submitListing.listing.status).toBe('SUBMITTED');
    const p = await broker.client.ok(PUBLISH, { id: l.id, reason: 'Đầy đủ thông tin.' });
    expect(p.publishListing.errors).toEqual([]);
    expect(p.publishListing.listing.status).toBe('PUBLISHED');
    expect(p.publishListing.listing.publishedAt).toBeTruthy();
    expect(new Date(p.publishListing.listing.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 300 * 86400_000,
    );
    const seen = await seller.client.ok(GET, { id: l.id });
    expect(seen.listing.reviews).toEqual([
      { decision: 'PUBLISHED', reason: 'Đầy đủ thông tin.', brokerName: expect.any(String) },
    ]);
    const mail = await app.lastMail(seller.user.email);
    expect(mail?.subject).toContain('đã được công bố');
  });

  it('sends back for changes and rejects, always with a reason, and refuses a missing reason', async () => {
    const a = await draft(app, seller, 'OFFER');
    await seller.client.ok(SUBMIT, { id: a.id });
    const noReason = await broker.client.ok(REQUEST_CHANGES, { id: a.id, reason: '  ' });
    expect(noReason.requestListingChanges.errors).toEqual([
      { field: 'reason', code: 'REQUIRED', message: 'Lý do là bắt buộc.' },
    ]);
    const back = await broker.client.ok(REQUEST_CHANGES, { id: a.id, reason: 'Bổ sung kết quả thử nghiệm.' });
    expect(back.requestListingChanges.listing.status).toBe('CHANGES_REQUESTED');
    expect(back.requestListingChanges.listing.reviews[0].reason).toBe('Bổ sung kết quả thử nghiệm.');
    const again = await seller.client.ok(SUBMIT, { id: a.id });
    expect(again.submitListing.listing.status).toBe('SUBMITTED');
    const rejected = await broker.client.ok(REJECT, { id: a.id, reason: 'Không thuộc phạm vi của sàn.' });
    expect(rejected.rejectListing.listing.status).toBe('REJECTED');
    // A rejected listing cannot be submitted or edited again.
    const resubmit = await seller.client.ok(SUBMIT, { id: a.id });
    expect(resubmit.submitListing.errors[0].code).toBe('INVALID_STATUS');
    const edit = await seller.client.gql(UPDATE, {
      input: { listingId: a.id, version: rejected.rejectListing.listing.version, content: { title: 'Mới' } },
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only brokers publish, request changes or reject', async () => {
    const l = await draft(app, seller, 'OFFER');
    await seller.client.ok(SUBMIT, { id: l.id });
    const admin = await app.world.admin();
    for (const mutation of [PUBLISH, REQUEST_CHANGES, REJECT]) {
      const own = await seller.client.gql(mutation, { id: l.id, reason: 'Tự duyệt' });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const visitor = await app.client().gql(mutation, { id: l.id, reason: 'x' });
      expect(visitor.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const stranger = await app.world.member();
    await stranger.createOrganization();
    const other = await stranger.client.gql(PUBLISH, { id: l.id, reason: 'x' });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // a submitted listing is not theirs to see
    const byAdmin = await admin.client.ok(PUBLISH, { id: l.id, reason: 'Quản trị duyệt.' });
    expect(byAdmin.publishListing.listing.status).toBe('PUBLISHED');
  });

  it('refuses to publish for an organisation the department has not verified', async () => {
    const unverified = await owner(app, broker, { verified: false });
    const l = await draft(app, unverified, 'REQUEST');
    await unverified.client.ok(SUBMIT, { id: l.id });
    const p = await broker.client.ok(PUBLISH, { id: l.id, reason: 'Ok' });
    expect(p.publishListing.errors[0].code).toBe('ORGANIZATION_UNVERIFIED');
    expect((await broker.client.ok(GET, { id: l.id })).listing.status).toBe('SUBMITTED');
  });

  it('refuses to submit an incomplete draft, naming every missing field in Vietnamese and English', async () => {
    const r = await seller.client.ok(CREATE, {
      input: { kind: 'REQUEST', content: { title: 'Cần dây chuyền' } },
    });
    const id = r.createListing.listing.id;
    const vi = await seller.client.ok(SUBMIT, { id });
    const fields = vi.submitListing.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'summary',
        'description',
        'sectorIds',
        'trl',
        'transferForms',
        'provinceCode',
        'specification',
      ]),
    );
    expect(vi.submitListing.errors.find((e: any) => e.field === 'summary').message).toBe(
      'Tóm tắt là bắt buộc.',
    );
    const en = await englishGql(seller, SUBMIT, { id });
    expect(en.data.submitListing.errors.find((e: any) => e.field === 'summary').message).toBe(
      'Summary is required.',
    );
    expect((await seller.client.ok(GET, { id })).listing.status).toBe('DRAFT');
  });

  it('withdraws, marks fulfilled and renews only from the right statuses', async () => {
    const a = await published(app, seller, broker);
    const renewed = await seller.client.ok(RENEW, { id: a.id });
    expect(renewed.renewListing.listing.lastConfirmedAt).toBeTruthy();
    const done = await seller.client.ok(FULFIL, { id: a.id });
    expect(done.markListingFulfilled.listing.status).toBe('FULFILLED');
    const withdrawAfter = await seller.client.ok(WITHDRAW, { id: a.id });
    expect(withdrawAfter.withdrawListing.errors[0].code).toBe('INVALID_STATUS');
    const b = await draft(app, seller, 'OFFER');
    const renewDraft = await seller.client.ok(RENEW, { id: b.id });
    expect(renewDraft.renewListing.errors[0].code).toBe('INVALID_STATUS');
    const w = await seller.client.ok(WITHDRAW, { id: b.id });
    expect(w.withdrawListing.listing.status).toBe('WITHDRAWN');
  });
});

describe('limits and required fields', () => {
  const cases: [string, unknown, string, string][] = [
    ['title', 'T'.repeat(257), 'Tiêu đề dài tối đa 256 ký tự.', 'Title must be at most 256 characters.'],
    ['summary', 'S'.repeat(501), 'Tóm tắt dài tối đa 500 ký tự.', 'Summary must be at most 500 characters.'],
    [
      'description',
      'D'.repeat(4001),
      'Mô tả dài tối đa 4000 ký tự.',
      'Description must be at most 4000 characters.',
    ],
    [
      'advantages',
      'A'.repeat(2001),
      'Ưu điểm, tính mới dài tối đa 2000 ký tự.',
      'Advantages and innovation must be at most 2000 characters.',
    ],
    [
      'specification',
      'X'.repeat(2001),
      'Yêu cầu kỹ thuật dài tối đa 2000 ký tự.',
      'Technical specification must be at most 2000 characters.',
    ],
    [
      'expectedResult',
      'E'.repeat(2001),
      'Kết quả mong đợi dài tối đa 2000 ký tự.',
      'Expected result must be at most 2000 characters.',
    ],
    [
      'keywords',
      ['a', 'b', 'c', 'd', 'e', 'f'],
      'Từ khóa công nghệ: tối đa 5 mục.',
      'Technology keywords: at most 5 items.',
    ],
    [
      'trl',
      10,
      'Mức độ sẵn sàng công nghệ (TRL) không hợp lệ.',
      'Technology readiness level (TRL) is not valid.',
    ],
    [
      'provinceCode',
      'atlantis',
      'Tỉnh/thành phố không có trong danh sách.',
      'The province/city is not in the list.',
    ],
  ];
  for (const [field, value, vi, en] of cases) {
    it(`refuses a bad ${field} with a message naming it, changing nothing`, async () => {
      const l = await draft(app, seller, 'OFFER');
      const input = { listingId: l.id, version: l.version, content: { [field]: value } };
      const r = await seller.client.ok(UPDATE, { input });
      expect(r.updateListing.errors).toEqual([expect.objectContaining({ field, message: vi })]);
      const e = await englishGql(seller, UPDATE, { input });
      expect(e.data.updateListing.errors).toEqual([expect.objectContaining({ field, message: en })]);
      const after = await seller.client.ok(GET, { id: l.id });
      expect(after.listing.version).toBe(l.version);
    });
  }

  it('accepts values at the limits', async () => {
    const l = await draft(app, seller, 'OFFER');
    const content = {
      title: 'T'.repeat(256),
      summary: 'S'.repeat(500),
      description: 'D'.repeat(4000),
      keywords: ['một', 'hai', 'ba', 'bốn', 'k'.repeat(50)],
      trl: 9,
    };
    const r = await seller.client.ok(UPDATE, { input: { listingId: l.id, version: l.version, content } });
    expect(r.updateListing.errors).toEqual([]);
    expect(r.updateListing.listing.content.maturityStage).toBe('COMMERCIALISED');
  });
});

describe('revisions and conflicts', () => {
  it('keeps every revision with who and what changed, and refuses a save based on an old version', async () => {
    const l = await draft(app, seller, 'OFFER');
    const first = await seller.client.ok(UPDATE, {
      input: { listingId: l.id, version: l.version, content: { title: 'Máy sấy lúa bản 2' } },
    });
    const v2 = first.updateListing.listing.version;
    expect(v2).toBe(l.version + 1);
    // A colleague still holding version 1 saves: refused, nothing overwritten.
    const stale = await seller.client.gql(UPDATE, {
      input: { listingId: l.id, version: l.version, content: { title: 'Bản cũ ghi đè' } },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await seller.client.ok(GET, { id: l.id });
    expect(now.listing.content.title).toBe('Máy sấy lúa bản 2');
    expect(now.listing.revisions[0]).toMatchObject({
      version: v2,
      authorName: seller.user.displayName,
      changes: [{ field: 'title', label: 'Tiêu đề', after: 'Máy sấy lúa bản 2' }],
    });
    expect(now.listing.revisions).toHaveLength(2);
  });

  it('lets only one of two simultaneous saves of the same version win', async () => {
    const l = await draft(app, seller, 'OFFER');
    const save = (title: string) =>
      seller.client.gql(UPDATE, { input: { listingId: l.id, version: l.version, content: { title } } });
    const results = await Promise.all([save('Phiên bản A'), save('Phiên bản B')]);
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const now = await seller.client.ok(GET, { id: l.id });
    expect(now.listing.content.title).toBe(ok[0]!.data!.updateListing.listing.content.title);
  });

  it('keeps the published content public while an edit waits for review, and shows the broker the diff', async () => {
    const l = await published(app, seller, broker);
    const before = await seller.client.ok(GET, { id: l.id });
    const edit = await seller.client.ok(UPDATE, {
      input: {
        listingId: l.id,
        version: before.listing.version,
        content: { summary: 'Tóm tắt mới sau khi nâng cấp buồng đốt.' },
      },
    });
    expect(edit.updateListing.listing.status).toBe('PUBLISHED');
    expect(edit.updateListing.listing.pendingStatus).toBe('DRAFT');
    const visitor = await app.client().ok(GET, { id: l.id });
    expect(visitor.listing.content.summary).toBe(before.listing.content.summary);
    expect(visitor.listing.pendingContent).toBeNull();
    await seller.client.ok(SUBMIT, { id: l.id });
    const review = await broker.client.ok(GET, { id: l.id });
    expect(review.listing.pendingStatus).toBe('SUBMITTED');
    expect(review.listing.reviewDiff).toEqual([
      {
        field: 'summary',
        label: 'Tóm tắt',
        before: before.listing.content.summary,
        after: 'Tóm tắt mới sau khi nâng cấp buồng đốt.',
      },
    ]);
    const queue = await broker.client.ok(`{ reviewQueue(first: 100) { edges { node { id } } } }`);
    expect(queue.reviewQueue.edges.map((e: any) => e.node.id)).toContain(l.id);
    await broker.client.ok(PUBLISH, { id: l.id, reason: 'Cập nhật hợp lệ.' });
    const after = await app.client().ok(GET, { id: l.id });
    expect(after.listing.content.summary).toBe('Tóm tắt mới sau khi nâng cấp buồng đốt.');
    expect(after.listing.status).toBe('PUBLISHED');
  });
});

describe('review diff', () => {
  it('shows the broker changed values in words, not codes', async () => {
    const l = await published(app, seller, broker, 'OFFER', { transferForms: ['LICENCE'], trl: 7 });
    const v = (await seller.client.ok(GET, { id: l.id })).listing.version;
    await seller.client.ok(UPDATE, {
      input: {
        listingId: l.id,
        version: v,
        content: { transferForms: ['LICENCE', 'TURNKEY'], trl: 8, anonymous: true, priceMin: 500_000_000 },
      },
    });
    const r = await broker.client.ok(GET, { id: l.id });
    const diff = Object.fromEntries(r.listing.reviewDiff.map((c: any) => [c.field, [c.before, c.after]]));
    expect(diff.transferForms).toEqual(['Li-xăng', 'Li-xăng; Chuyển giao trọn gói']);
    expect(diff.trl).toEqual(['TRL 7', 'TRL 8']);
    expect(diff.anonymous).toEqual(['Không', 'Có']);
    expect(diff.priceMin).toEqual(['350.000.000 đ', '500.000.000 đ']);
    const pending = await seller.client.ok(
      `query ($id: ID!) { listing(id: $id) { anonymous content { anonymous } pendingContent { anonymous } } }`,
      { id: l.id },
    );
    expect(pending.listing).toEqual({
      anonymous: false,
      content: { anonymous: false },
      pendingContent: { anonymous: true },
    });
  });
});

describe('visibility', () => {
  it('shows visitors only published listings, never contact details or the confidential part', async () => {
    const l = await published(app, seller, broker, 'OFFER', {
      confidentialDetail: 'Công thức phối trộn bí mật',
    });
    const d = await draft(app, seller, 'OFFER');
    const visitor = app.client();
    const pub = await visitor.ok(GET, { id: l.id });
    expect(pub.listing.contact).toBeNull();
    expect(pub.listing.content.confidentialDetail).toBeNull();
    expect(pub.listing.content.testResults).toBeNull();
    expect(pub.listing.reviews).toEqual([]);
    expect(pub.listing.revisions).toEqual([]);
    expect(pub.listing.organization.name).toBe('Viện Cơ điện Nông nghiệp Bắc Trung Bộ');
    expect((await visitor.ok(GET, { id: d.id })).listing).toBeNull();
    const all = await visitor.ok(`{ listings(first: 100) { edges { node { id status } } } }`);
    expect(all.listings.edges.every((e: any) => e.node.status === 'PUBLISHED')).toBe(true);
  });

  it('shows another member the public part only, the owner and brokers everything', async () => {
    const l = await published(app, seller, broker, 'OFFER', { confidentialDetail: 'Thông số lò đốt' });
    const other = await app.world.member();
    await other.createOrganization();
    const o = await other.client.ok(GET, { id: l.id });
    expect(o.listing.content.confidentialDetail).toBeNull();
    expect(o.listing.contact).toBeNull();
    for (const who of [seller, broker]) {
      const r = await who.client.ok(GET, { id: l.id });
      expect(r.listing.content.confidentialDetail).toBe('Thông số lò đốt');
      expect(r.listing.contact.email).toBe('chu@example.vn');
    }
    const d = await draft(app, seller, 'REQUEST');
    expect((await other.client.ok(GET, { id: d.id })).listing).toBeNull();
    expect((await seller.client.ok(GET, { id: d.id })).listing.status).toBe('DRAFT');
    expect((await broker.client.ok(GET, { id: d.id })).listing.status).toBe('DRAFT');
    const mine = await seller.client.ok(
      `{ listings(first: 100, where: { mine: true }) { totalCount edges { node { id } } } }`,
    );
    expect(mine.listings.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([l.id, d.id]));
  });

  it('hides the owner of an anonymous listing from the public but not from the broker', async () => {
    const l = await published(app, seller, broker, 'OFFER', { anonymous: true });
    const pub = await app.client().ok(GET, { id: l.id });
    expect(pub.listing.anonymous).toBe(true);
    expect(pub.listing.organization).toBeNull();
    const byOrg = await app
      .client()
      .ok(
        `query ($id: ID!) { listings(first: 100, where: { organizationId: $id }) { edges { node { id } } } }`,
        {
          id: seller.organizationId,
        },
      );
    expect(byOrg.listings.edges.map((e: any) => e.node.id)).not.toContain(l.id);
    const b = await broker.client.ok(GET, { id: l.id });
    expect(b.listing.organization.id).toBe(seller.organizationId);
  });

  it('renders the description as sanitized HTML', async () => {
    const l = await draft(app, seller, 'OFFER', {
      description: 'Xin chào <script>alert(1)</script> **đậm** [link](javascript:alert(1))',
    });
    const r = await seller.client.ok(GET, { id: l.id });
    expect(r.listing.content.descriptionHtml).toContain('<strong>đậm</strong>');
    expect(r.listing.content.descriptionHtml).not.toContain('<script');
    expect(r.listing.content.descriptionHtml).not.toContain('href="javascript');
  });

  it('renders the description’s headings below the page’s sections without skipping a level', async () => {
    const l = await draft(app, seller, 'OFFER', {
      description: '# Tổng quan\n\n## Mô tả\n\n### Chi tiết\n\n#### Ghi chú\n\n###### Chú thích',
    });
    const html = (await seller.client.ok(GET, { id: l.id })).listing.content.descriptionHtml as string;
    expect(html.match(/<h[1-6]>[^<]*<\/h[1-6]>/g)).toEqual([
      '<h3>Tổng quan</h3>',
      '<h3>Mô tả</h3>',
      '<h3>Chi tiết</h3>',
      '<h4>Ghi chú</h4>',
      '<h4>Chú thích</h4>',
    ]);
  });

  it('refuses sectors that are not in the taxonomy', async () => {
    const l = await draft(app, seller, 'OFFER');
    const r = await seller.client.ok(UPDATE, {
      input: {
        listingId: l.id,
        version: l.version,
        content: { sectorIds: ['00000000-0000-4000-8000-000000000000'] },
      },
    });
    expect(r.updateListing.errors[0]).toMatchObject({ field: 'sectorIds', code: 'INVALID' });
    expect(await sectorId(app, 'aquaculture')).toBeTruthy();
    const ok = completeContent();
    expect(ok.title).toBeTruthy();
  });
});

describe('sectors', () => {
  const SECTORS = `query ($all: Boolean) { sectors(includeInactive: $all) { id code label labelVi labelEn position active } }`;
  const CREATE_SECTOR = `mutation ($input: CreateSectorInput!) { createSector(input: $input) { sector { id code label active } errors { field code message } } }`;
  const UPDATE_SECTOR = `mutation ($input: UpdateSectorInput!) { updateSector(input: $input) { sector { id labelVi active } errors { field code message } } }`;

  it('lists the default taxonomy in both languages for everyone', async () => {
    const vi = await app.client().ok(SECTORS);
    expect(vi.sectors.length).toBeGreaterThanOrEqual(10);
    const aqua = vi.sectors.find((s: any) => s.code === 'aquaculture');
    expect(aqua.label).toBe('Thủy sản');
    const en = await englishGql(seller, SECTORS, {});
    expect(en.data.sectors.find((s: any) => s.code === 'aquaculture').label).toBe(
      'Aquaculture and fisheries',
    );
  });

  it('lets admins add, rename and hide sectors, and nobody else', async () => {
    const admin = await app.world.admin();
    const input = { code: 'ocean-economy', labelVi: 'Kinh tế biển', labelEn: 'Ocean economy' };
    for (const who of [seller, broker]) {
      const r = await who.client.gql(CREATE_SECTOR, { input });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const created = await admin.client.ok(CREATE_SECTOR, { input });
    expect(created.createSector.sector).toMatchObject({
      code: 'ocean-economy',
      label: 'Kinh tế biển',
      active: true,
    });
    const dup = await admin.client.ok(CREATE_SECTOR, { input });
    expect(dup.createSector.errors[0]).toMatchObject({ field: 'code', code: 'TAKEN' });
    const badCode = await admin.client.ok(CREATE_SECTOR, { input: { ...input, code: 'Kinh Tế' } });
    expect(badCode.createSector.errors[0]).toMatchObject({ field: 'code', code: 'INVALID' });
    const id = created.createSector.sector.id;
    const hidden = await admin.client.ok(UPDATE_SECTOR, {
      input: { sectorId: id, labelVi: 'Kinh tế biển xanh', active: false },
    });
    expect(hidden.updateSector.sector).toMatchObject({ labelVi: 'Kinh tế biển xanh', active: false });
    expect((await app.client().ok(SECTORS)).sectors.map((s: any) => s.code)).not.toContain('ocean-economy');
    expect((await admin.client.ok(SECTORS, { all: true })).sectors.map((s: any) => s.code)).toContain(
      'ocean-economy',
    );
    // An inactive sector cannot be chosen for a listing.
    const l = await draft(app, seller, 'OFFER');
    const r = await seller.client.ok(UPDATE, {
      input: { listingId: l.id, version: l.version, content: { sectorIds: [id] } },
    });
    expect(r.updateListing.errors[0]).toMatchObject({ field: 'sectorIds', code: 'INVALID' });
  });
});
