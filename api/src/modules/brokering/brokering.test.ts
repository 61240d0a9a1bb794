import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { GET, owner, published, type Owner } from '../../../../test/kit/listings';
import { workingCalendar } from '../../platform/deadlines';

let app: TestApp;
let broker: Actor;
let seller: Owner;
let buyer: Owner;
let stranger: Owner;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Công nghệ Sau thu hoạch' });
  buyer = await owner(app, broker, { name: 'Công ty TNHH Lương thực Thạch Hà' });
  stranger = await owner(app, broker, { name: 'Công ty Không Liên Quan' });
}, 120_000);
afterAll(() => app?.close());

const ERR = 'errors { field code message }';
const INTEREST = `id status declineReason declineText viewerCanAnswer senderName senderContact { email } organization { id }`;
const EXPRESS = `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { interest { ${INTEREST} } ${ERR} } }`;
const ACCEPT = `mutation ($id: ID!) { acceptInterest(input: { interestId: $id }) { interest { ${INTEREST} } ${ERR} } }`;
const DECLINE = `mutation ($id: ID!, $reason: DeclineReason!, $text: String) { declineInterest(input: { interestId: $id, reason: $reason, text: $text }) { interest { ${INTEREST} } ${ERR} } }`;
const CASE = `id number stage outcome clock dueAt workingDaysLeft version viewerIsBroker viewerCanRate rating
  requester { id } counterparts { id } assignee { id }
  agreement { type value signedOn contractRegistered }
  timeline { kind text authorName fromStage toStage meetingPlace }`;
const OPEN = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { ${CASE} } ${ERR} } }`;
const MOVE = `mutation ($input: MoveCaseInput!) { moveCase(input: $input) { case { ${CASE} } ${ERR} } }`;
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { case { ${CASE} } ${ERR} } }`;
const MESSAGE = `mutation ($input: AddCaseMessageInput!) { addCaseMessage(input: $input) { case { ${CASE} } ${ERR} } }`;
const RATE = `mutation ($input: RateCaseInput!) { rateCase(input: $input) { case { ${CASE} } ${ERR} } }`;
const GET_CASE = `query ($id: ID!) { case(id: $id) { ${CASE} } }`;

const interestInput = (listingId: string) => ({
  listingId,
  whoWeAre: 'Doanh nghiệp xay xát 120 tấn/ngày ở Thạch Hà.',
  intendedUse: 'Lắp 2 máy sấy cho vụ Hè Thu.',
  timeline: 'WITHIN_6_MONTHS',
  message: 'Xin được trao đổi thêm về bảo hành.',
});

async function interestOn(listingId: string, who: Actor = buyer) {
  const r = await who.client.ok(EXPRESS, { input: interestInput(listingId) });
  expect(r.expressInterest.errors).toEqual([]);
  return r.expressInterest.interest.id as string;
}

describe('expressions of interest', () => {
  it('reaches the owner, who accepts and so shares the contact and confidential part', async () => {
    const l = await published(app, seller, broker, 'OFFER', { confidentialDetail: 'Sơ đồ buồng đốt' });
    const before = await buyer.client.ok(GET, { id: l.id });
    expect(before.listing.content.confidentialDetail).toBeNull();
    expect(before.listing.contact).toBeNull();
    const id = await interestOn(l.id);
    const mail = await app.lastMail(seller.user.email);
    expect(mail?.subject).toContain('quan tâm tới tin');
    const received = await seller.client.ok(
      `{ interests(direction: RECEIVED) { totalCount edges { node { id viewerCanAnswer senderContact { email } } } } }`,
    );
    const mine = received.interests.edges.find((e: any) => e.node.id === id).node;
    expect(mine.viewerCanAnswer).toBe(true);
    expect(mine.senderContact).toBeNull(); // not before accepting
    const accepted = await seller.client.ok(ACCEPT, { id });
    expect(accepted.acceptInterest.interest.status).toBe('ACCEPTED');
    expect(accepted.acceptInterest.interest.senderContact.email).toBe(buyer.user.email);
    const after = await buyer.client.ok(GET, { id: l.id });
    expect(after.listing.content.confidentialDetail).toBe('Sơ đồ buồng đốt');
    expect(after.listing.contact.email).toBe('chu@example.vn');
    // Someone else still sees the public part only.
    expect((await stranger.client.ok(GET, { id: l.id })).listing.content.confidentialDetail).toBeNull();
  });

  it('refuses interest in one’s own listing, twice from the same organisation, and from visitors', async () => {
    const l = await published(app, seller, broker);
    const own = await seller.client.ok(EXPRESS, { input: interestInput(l.id) });
    expect(own.expressInterest.errors[0].code).toBe('OWN_LISTING');
    await interestOn(l.id);
    const again = await buyer.client.ok(EXPRESS, { input: interestInput(l.id) });
    expect(again.expressInterest.errors[0].code).toBe('DUPLICATE');
    const visitor = await app.client().gql(EXPRESS, { input: interestInput(l.id) });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await stranger.client.ok(EXPRESS, { input: { ...interestInput(l.id), whoWeAre: ' ' } });
    expect(missing.expressInterest.errors[0]).toEqual({
      field: 'whoWeAre',
      code: 'REQUIRED',
      message: 'Giới thiệu về tổ chức là bắt buộc.',
    });
  });

  it('declines only with a reason from the list (and words for OTHER), only by the owner', async () => {
    const l = await published(app, seller, broker);
    const id = await interestOn(l.id);
    const byBuyer = await buyer.client.gql(DECLINE, { id, reason: 'PRICE' });
    expect(byBuyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await seller.client.ok(DECLINE, { id, reason: 'OTHER' });
    expect(other.declineInterest.errors[0]).toMatchObject({ field: 'text', code: 'REQUIRED' });
    const ok = await seller.client.ok(DECLINE, { id, reason: 'OTHER', text: 'Đã chuyển giao độc quyền.' });
    expect(ok.declineInterest.interest).toMatchObject({ status: 'DECLINED', declineReason: 'OTHER' });
    const twice = await seller.client.ok(ACCEPT, { id });
    expect(twice.acceptInterest.errors[0].code).toBe('INVALID_STATUS');
  });

  it('shows the owner and brokers the listing quality: views, interests, acceptance, decline reasons', async () => {
    const l = await published(app, seller, broker);
    await app.client().ok(GET, { slug: l.slug });
    await app.client().ok(GET, { slug: l.slug });
    await seller.client.ok(GET, { slug: l.slug }); // the owner's own views do not count
    const a = await interestOn(l.id, buyer);
    const b = await interestOn(l.id, stranger);
    await seller.client.ok(ACCEPT, { id: a });
    await seller.client.ok(DECLINE, { id: b, reason: 'NOT_OUR_FIELD' });
    const Q = `query ($id: ID!) { listingQuality(listingId: $id) { views interests accepted declined acceptanceRate declineReasons { reason label count } } }`;
    for (const who of [seller, broker]) {
      const q = (await who.client.ok(Q, { id: l.id })).listingQuality;
      expect(q).toEqual({
        views: 2,
        interests: 2,
        accepted: 1,
        declined: 1,
        acceptanceRate: 0.5,
        declineReasons: [{ reason: 'NOT_OUR_FIELD', label: 'Không thuộc lĩnh vực của chúng tôi', count: 1 }],
      });
    }
    expect((await buyer.client.ok(Q, { id: l.id })).listingQuality).toBeNull();
  });
});

describe('brokering cases', () => {
  async function openCase(who: Owner = buyer) {
    const r = await who.client.ok(OPEN, {
      input: { title: 'Cần máy sấy lúa 10 tấn/mẻ', need: 'Sấy lúa vụ Hè Thu cho 300 ha.' },
    });
    expect(r.openCase.errors).toEqual([]);
    return r.openCase.case;
  }

  it('opens with a number, a clock in working days, and a timeline', async () => {
    const c = await openCase();
    expect(c.number).toMatch(/^MG-\d{4}-\d{4}$/);
    expect(c.stage).toBe('RECEIVED');
    expect(c.clock).toBe('ON_TIME');
    const due = new Date(c.dueAt);
    const expected = workingCalendar(app.config).addWorkingDays(new Date(), 2);
    expect(Math.abs(due.getTime() - expected.getTime())).toBeLessThan(60_000);
    expect(c.timeline[0]).toMatchObject({ kind: 'OPENED', toStage: 'RECEIVED' });
    expect(c.viewerIsBroker).toBe(false);
  });

  it('lets only brokers move it, forward only, with stale versions refused', async () => {
    const c = await openCase();
    const byMember = await buyer.client.gql(MOVE, {
      input: { caseId: c.id, version: c.version, stage: 'SCREENING' },
    });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const s = await broker.client.ok(MOVE, {
      input: { caseId: c.id, version: c.version, stage: 'SCREENING', note: 'Đã nhận đủ hồ sơ.' },
    });
    expect(s.moveCase.case.stage).toBe('SCREENING');
    expect(s.moveCase.case.assignee.id).toBe(broker.user.id);
    const back = await broker.client.ok(MOVE, {
      input: { caseId: c.id, version: s.moveCase.case.version, stage: 'RECEIVED' },
    });
    expect(back.moveCase.errors[0]).toMatchObject({ field: 'stage', code: 'INVALID_STATUS' });
    const stale = await broker.client.gql(MOVE, {
      input: { caseId: c.id, version: c.version, stage: 'MATCHING' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const mail = await app.lastMail(buyer.user.email);
    expect(mail?.subject).toContain('chuyển sang giai đoạn “Thẩm định”');
  });

  it('never shows internal broker notes to a party', async () => {
    const c = await openCase();
    const byMember = await buyer.client.gql(MESSAGE, {
      input: { caseId: c.id, text: 'ghi chú', internal: true },
    });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await broker.client.ok(MESSAGE, {
      input: { caseId: c.id, text: 'Bên bán đang định giá cao, cần thương lượng.', internal: true },
    });
    await broker.client.ok(MESSAGE, { input: { caseId: c.id, text: 'Chào anh, Sở đã tiếp nhận hồ sơ.' } });
    await buyer.client.ok(MESSAGE, { input: { caseId: c.id, text: 'Cảm ơn Sở.' } });
    const asBroker = (await broker.client.ok(GET_CASE, { id: c.id })).case.timeline.map((e: any) => e.kind);
    expect(asBroker).toContain('INTERNAL_NOTE');
    const asParty = (await buyer.client.ok(GET_CASE, { id: c.id })).case;
    expect(asParty.timeline.map((e: any) => e.kind)).toEqual(['OPENED', 'MESSAGE', 'MESSAGE']);
    expect(JSON.stringify(asParty)).not.toContain('định giá cao');
    const inbox = await buyer.client.ok(`{ notifications(first: 50) { edges { node { title body } } } }`);
    expect(JSON.stringify(inbox)).not.toContain('định giá cao');
    expect((await stranger.client.ok(GET_CASE, { id: c.id })).case).toBeNull();
    expect((await app.client().ok(GET_CASE, { id: c.id })).case).toBeNull();
  });

  it('closes as a deal with the agreement, then the requester rates it once', async () => {
    const c = await openCase();
    const noAgreement = await broker.client.ok(CLOSE, {
      input: { caseId: c.id, version: c.version, outcome: 'DEAL' },
    });
    expect(noAgreement.closeCase.errors[0]).toMatchObject({ field: 'agreement', code: 'REQUIRED' });
    const early = await buyer.client.ok(RATE, { input: { caseId: c.id, rating: 5 } });
    expect(early.rateCase.errors[0].code).toBe('INVALID_STATUS');
    const agreement = {
      type: 'LICENCE',
      value: 450_000_000,
      signedOn: '2026-11-20',
      contractRegistered: true,
    };
    const closed = await broker.client.ok(CLOSE, {
      input: { caseId: c.id, version: c.version, outcome: 'DEAL', agreement },
    });
    expect(closed.closeCase.case).toMatchObject({
      stage: 'CLOSED',
      outcome: 'DEAL',
      agreement,
      viewerIsBroker: true,
    });
    const byBroker = await broker.client.gql(RATE, { input: { caseId: c.id, rating: 5 } });
    expect(byBroker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await buyer.client.ok(RATE, { input: { caseId: c.id, rating: 6 } });
    expect(bad.rateCase.errors[0].field).toBe('rating');
    const rated = await buyer.client.ok(RATE, {
      input: { caseId: c.id, rating: 5, comment: 'Sở hỗ trợ rất nhanh.' },
    });
    expect(rated.rateCase.case.rating).toBe(5);
    const again = await buyer.client.ok(RATE, { input: { caseId: c.id, rating: 1 } });
    expect(again.rateCase.errors[0].code).toBe('INVALID_STATUS');
  });

  it('lets the requester withdraw but not close as a deal', async () => {
    const c = await openCase();
    const deal = await buyer.client.gql(CLOSE, {
      input: {
        caseId: c.id,
        version: c.version,
        outcome: 'DEAL',
        agreement: { type: 'LICENCE', value: 1, signedOn: '2026-11-01', contractRegistered: false },
      },
    });
    expect(deal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const w = await buyer.client.ok(CLOSE, {
      input: { caseId: c.id, version: c.version, outcome: 'WITHDRAWN' },
    });
    expect(w.closeCase.case).toMatchObject({ stage: 'CLOSED', outcome: 'WITHDRAWN' });
  });

  it('opens a case from an accepted interest, with both organisations as parties', async () => {
    const l = await published(app, seller, broker);
    const id = await interestOn(l.id);
    const FROM = `mutation ($id: ID!) { openCaseFromInterest(input: { interestId: $id }) { case { ${CASE} } ${ERR} } }`;
    const pending = await broker.client.ok(FROM, { id });
    expect(pending.openCaseFromInterest.errors[0].code).toBe('INVALID_STATUS');
    await seller.client.ok(ACCEPT, { id });
    const r = await broker.client.ok(FROM, { id });
    const c = r.openCaseFromInterest.case;
    expect(c.requester.id).toBe(buyer.organizationId);
    expect(c.counterparts.map((o: any) => o.id)).toEqual([seller.organizationId]);
    expect((await seller.client.ok(GET_CASE, { id: c.id })).case.id).toBe(c.id);
    const list = await seller.client.ok(`{ cases { edges { node { id } } } }`);
    expect(list.cases.edges.map((e: any) => e.node.id)).toContain(c.id);
  });

  it('records complaints with their own working-day deadline and answer', async () => {
    const c = await openCase();
    const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id dueAt clock answer caseId } ${ERR} } }`;
    const ANSWER = `mutation ($input: AnswerComplaintInput!) { answerComplaint(input: $input) { complaint { id answer answeredAt clock } ${ERR} } }`;
    const f = await buyer.client.ok(FILE, { input: { caseId: c.id, text: 'Hồ sơ chậm trả lời.' } });
    const complaint = f.fileComplaint.complaint;
    expect(complaint.caseId).toBe(c.id);
    const expected = workingCalendar(app.config).addWorkingDays(new Date(), app.config.COMPLAINT_DAYS);
    expect(Math.abs(new Date(complaint.dueAt).getTime() - expected.getTime())).toBeLessThan(60_000);
    const byMember = await buyer.client.gql(ANSWER, { input: { complaintId: complaint.id, answer: 'x' } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const a = await broker.client.ok(ANSWER, {
      input: { complaintId: complaint.id, answer: 'Sở xin lỗi, đã đôn đốc xử lý.' },
    });
    expect(a.answerComplaint.complaint).toMatchObject({
      answer: 'Sở xin lỗi, đã đôn đốc xử lý.',
      clock: 'ON_TIME',
    });
    expect((await app.lastMail(buyer.user.email))?.subject).toBe('Khiếu nại của bạn đã được trả lời');
  });

  it('lists a broker’s work overdue first, then by due date, closed last, in pages', async () => {
    const a = await openCase();
    const b = await openCase();
    const late = await openCase();
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update brokering_cases set due_at = now() - interval '3 days' where id = ?`, [late.id]);
    const LIST = `query ($after: String) { cases(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id clock stage } } } }`;
    const first = (await broker.client.ok(LIST)).cases;
    expect(first.edges[0].node).toMatchObject({ id: late.id, clock: 'LATE' });
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await broker.client.ok(LIST, { after })).cases;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(first.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    const lateOnly = await broker.client.ok(`{ cases(where: { lateOnly: true }) { edges { node { id } } } }`);
    expect(lateOnly.cases.edges.map((e: any) => e.node.id)).toEqual([late.id]);
  });

  it('shares a case document with the case’s parties only, and keeps the timeline in order', async () => {
    const l = await published(app, seller, broker);
    const id = await interestOn(l.id);
    await seller.client.ok(ACCEPT, { id });
    const FROM = `mutation ($id: ID!) { openCaseFromInterest(input: { interestId: $id }) { case { ${CASE} } ${ERR} } }`;
    const c = (await broker.client.ok(FROM, { id })).openCaseFromInterest.case;
    const twice = await broker.client.ok(FROM, { id });
    expect(twice.openCaseFromInterest.errors[0]).toMatchObject({ field: 'interestId', code: 'DUPLICATE' });
    const { uploadFile, fetchFile, minimalPdf } = await import('../../../../test/kit/upload');
    const pdf = await uploadFile(buyer, {
      fileName: 'thoa-thuan-bao-mat.pdf',
      bytes: minimalPdf(),
      contentType: 'application/pdf',
    });
    const ADD = `mutation ($input: AddCaseDocumentInput!) { addCaseDocument(input: $input) { case { id timeline { kind document { url } } } ${ERR} } }`;
    const added = await buyer.client.ok(ADD, { input: { caseId: c.id, attachmentId: pdf.id, type: 'NDA' } });
    expect(added.addCaseDocument.errors).toEqual([]);
    const url = added.addCaseDocument.case.timeline.find((e: any) => e.kind === 'DOCUMENT').document.url;
    expect((await fetchFile(seller, url)).status).toBe(200); // the counterpart
    expect((await fetchFile(broker, url)).status).toBe(200);
    expect((await fetchFile(stranger, url)).status).toBe(404);
    expect((await fetchFile(app.client(), url)).status).toBe(404);
    const kinds = (await broker.client.ok(GET_CASE, { id: c.id })).case.timeline.map((e: any) => e.kind);
    expect(kinds[0]).toBe('OPENED');
    expect(kinds.at(-1)).toBe('DOCUMENT');
  });
});
