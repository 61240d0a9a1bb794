import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { owner, published, type Owner } from '../../../../test/kit/listings';
import { User } from '../account/entities';
import { Organization } from '../organization/entities';
import { Listing } from '../listing/entities';
import { BrokeringCase, Interest, type CaseStage } from '../brokering/entities';
import { DeadlineAlert, runReminders } from './reminders';
import { NOTIFICATION_KINDS } from './settings';

let app: TestApp;
let broker: Actor;
let seller: Owner;
let buyer: Owner;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Cơ điện Nông nghiệp Thử' });
  buyer = await owner(app, broker, { name: 'Công ty TNHH Xay xát Thử' });
}, 120_000);
afterAll(() => app?.close());

const DAY = 86400_000;
const SETTINGS = `{ notificationSettings { kind label email } }`;
const UPDATE = `mutation ($settings: [NotificationSettingInput!]!) {
  updateNotificationSettings(input: { settings: $settings }) { settings { kind email } errors { field code message } }
}`;
const INBOX = `{ notifications(first: 50) { edges { node { kind title body link } } } }`;

async function inbox(who: Actor) {
  const r = await who.client.ok(INBOX);
  return r.notifications.edges.map((e: any) => e.node) as {
    kind: string;
    title: string;
    body: string;
    link: string | null;
  }[];
}

const mailCount = async (to: string) => {
  await app.mailQueue.flushAll();
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from dev_mails where "to" = ?`, [to]);
  return row!.n;
};

describe('notification settings', () => {
  it('lists every kind with its label in the caller’s language, e-mail on until turned off', async () => {
    const r = await seller.client.ok(SETTINGS);
    expect(r.notificationSettings.map((s: any) => s.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(r.notificationSettings.every((s: any) => s.email === true)).toBe(true);
    expect(r.notificationSettings[0]).toEqual({
      kind: 'listing.PUBLISHED',
      label: 'Tin đăng được duyệt và công bố',
      email: true,
    });
    seller.client.lang = 'en';
    try {
      const en = await seller.client.ok(SETTINGS);
      expect(en.notificationSettings.find((s: any) => s.kind === 'savedSearch.match').label).toBe(
        'New listing matching a saved search',
      );
    } finally {
      seller.client.lang = 'vi';
    }
    const visitor = await app.client().gql(SETTINGS);
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown kind, naming `settings`, and changes nothing', async () => {
    const r = await buyer.client.ok(UPDATE, {
      settings: [
        { kind: 'interest.received', email: false },
        { kind: 'listing.published.typo', email: false },
      ],
    });
    expect(r.updateNotificationSettings.settings).toBeNull();
    expect(r.updateNotificationSettings.errors).toEqual([
      {
        field: 'settings',
        code: 'INVALID',
        message: 'Loại thông báo không có trong danh sách: “listing.published.typo”.',
      },
    ]);
    const after = await buyer.client.ok(SETTINGS);
    expect(after.notificationSettings.every((s: any) => s.email)).toBe(true);
  });

  it('stops the e-mails of a kind the user turned off, never the in-app notification', async () => {
    const off = await seller.client.ok(UPDATE, { settings: [{ kind: 'listing.PUBLISHED', email: false }] });
    expect(off.updateNotificationSettings.errors).toEqual([]);
    expect(
      off.updateNotificationSettings.settings.find((s: any) => s.kind === 'listing.PUBLISHED').email,
    ).toBe(false);
    const before = await mailCount(seller.user.email);
    await published(app, seller, broker, 'OFFER', { title: 'Máy bóc vỏ lạc không e-mail' });
    expect(await mailCount(seller.user.email)).toBe(before);
    const quiet = (await inbox(seller)).find((n) => n.title.includes('Máy bóc vỏ lạc không e-mail'));
    expect(quiet).toMatchObject({
      kind: 'listing.PUBLISHED',
      title: 'Tin “Máy bóc vỏ lạc không e-mail” đã được công bố',
    });

    // Back on (an upsert: saving twice is fine), the next publication is e-mailed again.
    await seller.client.ok(UPDATE, { settings: [{ kind: 'listing.PUBLISHED', email: true }] });
    await seller.client.ok(UPDATE, { settings: [{ kind: 'listing.PUBLISHED', email: true }] });
    await published(app, seller, broker, 'OFFER', { title: 'Máy bóc vỏ lạc có e-mail' });
    const mail = await app.lastMail(seller.user.email);
    expect(mail?.subject).toBe('Tin “Máy bóc vỏ lạc có e-mail” đã được công bố');
    expect(mail?.text).toContain('Xem tin đăng: ');
  });
});

describe('reminders and alerts (brokering-reminders)', () => {
  async function pendingInterest(listingId: string, createdAt: Date) {
    const em = app.orm.em.fork() as EntityManager;
    const interest = new Interest(
      ref(Listing, listingId),
      ref(Organization, buyer.organizationId),
      ref(User, buyer.user.id),
      'Doanh nghiệp xay xát 120 tấn/ngày.',
      'Lắp máy cho vụ Hè Thu.',
      'WITHIN_6_MONTHS',
    );
    await em.persist(interest).flush();
    await em.nativeUpdate(Interest, { id: interest.id }, { createdAt });
    return interest.id;
  }

  const interestRow = (id: string) => app.orm.em.fork().findOneOrFail(Interest, id);

  it('reminds the owner once after INTEREST_REMINDER_DAYS, then alerts the brokers once after INTEREST_ALERT_DAYS', async () => {
    const otherBroker = await app.world.broker();
    const l = await published(app, seller, broker, 'OFFER', { title: 'Lò sấy vải thiều chờ trả lời' });
    const created = new Date('2026-06-01T02:00:00Z');
    const id = await pendingInterest(l.id, created);
    const answered = await pendingInterest(l.id, created);
    await app.orm.em.fork().nativeUpdate(Interest, { id: answered }, { status: 'ACCEPTED' });

    const early = await runReminders(app.services, new Date(created.getTime() + 3 * DAY - 60_000));
    expect(early).toEqual({ reminded: 0, alerted: 0, deadlines: 0 });

    const remindAt = new Date(created.getTime() + 3 * DAY);
    const first = await runReminders(app.services, remindAt);
    expect(first).toMatchObject({ reminded: 1, alerted: 0 });
    expect((await interestRow(id)).reminderSentAt).toEqual(remindAt);
    expect((await interestRow(answered)).reminderSentAt).toBeNull();
    const reminder = (await inbox(seller)).find((n) => n.kind === 'interest.reminder');
    expect(reminder).toMatchObject({
      title: 'Bày tỏ quan tâm tới “Lò sấy vải thiều chờ trả lời” đang chờ bạn trả lời',
      link: '/quan-tam?chieu=nhan',
    });
    expect(reminder!.body).toContain('từ 3 ngày trước');
    expect((await app.lastMail(seller.user.email))?.subject).toBe(reminder!.title);
    // The buyer (who is waiting) is not the one reminded.
    expect((await inbox(buyer)).some((n) => n.kind === 'interest.reminder')).toBe(false);

    // Run again: nothing twice.
    expect(await runReminders(app.services, new Date(remindAt.getTime() + DAY))).toMatchObject({
      reminded: 0,
      alerted: 0,
    });

    const alertAt = new Date(created.getTime() + 7 * DAY);
    expect(await runReminders(app.services, alertAt)).toMatchObject({ reminded: 0, alerted: 1 });
    expect((await interestRow(id)).brokerAlertedAt).toEqual(alertAt);
    for (const b of [broker, otherBroker]) {
      const alert = (await inbox(b)).find((n) => n.kind === 'interest.overdue');
      expect(alert?.title).toBe(
        'Bày tỏ quan tâm tới “Lò sấy vải thiều chờ trả lời” quá hạn chưa được trả lời',
      );
      expect(alert?.body).toContain('sau 7 ngày');
    }
    expect(await runReminders(app.services, new Date(alertAt.getTime() + 30 * DAY))).toMatchObject({
      reminded: 0,
      alerted: 0,
    });
    const brokerAlerts = (await inbox(broker)).filter((n) => n.kind === 'interest.overdue');
    expect(brokerAlerts).toHaveLength(1);
  });

  it('signals an open case due within one working day or late once per stage, to its assignee or every broker', async () => {
    const assignee = await app.world.broker({ displayName: 'Cán bộ Phụ trách' });
    const em = app.orm.em.fork() as EntityManager;
    let n = 0;
    const makeCase = (stage: CaseStage, dueAt: Date | null, assignedTo: Actor | null) => {
      n += 1;
      const c = new BrokeringCase(
        `MG-2026-T${String(n).padStart(3, '0')}`,
        `Hồ sơ thử hạn ${n}`,
        'Tìm công nghệ sấy.',
        ref(Organization, buyer.organizationId),
        ref(User, buyer.user.id),
      );
      c.stage = stage;
      c.dueAt = dueAt;
      c.assignee = assignedTo ? ref(User, assignedTo.user.id) : null;
      em.persist(c);
      return c;
    };
    // Tuesday 10 March 2026, 10:00 in Hà Tĩnh (UTC+7); no holiday that week.
    const now = new Date('2026-03-10T03:00:00Z');
    const endOfLocalDay = (day: string) => new Date(`${day}T23:59:59.999+07:00`);
    const dueTomorrow = makeCase('SCREENING', endOfLocalDay('2026-03-11'), assignee);
    const dueFriday = makeCase('MATCHING', endOfLocalDay('2026-03-13'), assignee);
    const late = makeCase('RECEIVED', endOfLocalDay('2026-03-09'), null);
    const closed = makeCase('CLOSED', endOfLocalDay('2026-03-02'), assignee);
    await em.flush();

    const first = await runReminders(app.services, now);
    expect(first.deadlines).toBe(2);
    const deadlineLinks = async (who: Actor) =>
      (await inbox(who)).filter((x) => x.kind === 'case.deadline').map((x) => x.link);
    // The assigned case goes to its assignee only; the unassigned late one to every broker.
    expect(new Set(await deadlineLinks(assignee))).toEqual(
      new Set([`/ho-so/${dueTomorrow.id}`, `/ho-so/${late.id}`]),
    );
    expect(await deadlineLinks(broker)).toEqual([`/ho-so/${late.id}`]);
    const signal = (await inbox(assignee)).find((x) => x.link === `/ho-so/${dueTomorrow.id}`)!;
    expect(signal.title).toBe(`Hồ sơ ${dueTomorrow.number} sắp đến hạn hoặc đã trễ hạn`);
    expect(signal.body).toBe(
      `Hồ sơ ${dueTomorrow.number} “${dueTomorrow.title}” ở giai đoạn “Thẩm định” có hạn xử lý 11 tháng 3, 2026.`,
    );
    expect(
      (await app.orm.em.fork().find(DeadlineAlert, { caseId: { $in: [dueFriday.id, closed.id] } })).length,
    ).toBe(0);

    // Once per stage: nothing more at the next run, even later the same week…
    expect((await runReminders(app.services, new Date('2026-03-10T09:30:00Z'))).deadlines).toBe(0);
    // …until Thursday, when Friday's deadline is one working day away.
    const thursday = new Date('2026-03-12T02:00:00Z');
    expect((await runReminders(app.services, thursday)).deadlines).toBe(1);
    // A case moving on to another stage with a new deadline is signalled again for that stage.
    await app.orm.em
      .fork()
      .nativeUpdate(
        BrokeringCase,
        { id: dueTomorrow.id },
        { stage: 'MATCHING', dueAt: endOfLocalDay('2026-03-12') },
      );
    expect((await runReminders(app.services, thursday)).deadlines).toBe(1);
    const stages = await app.orm.em
      .fork()
      .find(DeadlineAlert, { caseId: dueTomorrow.id }, { orderBy: { alertedAt: 'asc' } });
    expect(stages.map((a) => a.stage)).toEqual(['SCREENING', 'MATCHING']);
    expect(await deadlineLinks(assignee)).toHaveLength(4);
  });
});
