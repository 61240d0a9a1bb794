import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { GET, RENEW, SEARCH, owner, published, type Owner } from '../../../../test/kit/listings';
import { FRESHNESS_JOB, runFreshness } from './freshness';

let app: TestApp;
let broker: Actor;
let seller: Owner;

beforeAll(async () => {
  app = await startTestApp({ env: { JOBS_ENABLED: 'true' } });
  broker = await app.world.broker();
  seller = await owner(app, broker);
}, 120_000);
afterAll(() => app?.close());

const DAY = 86400_000;
const sql = (q: string, p: unknown[] = []) => app.orm.em.fork().getConnection().execute(q, p);
const setExpiry = (id: string, at: Date) => sql(`update listings set expires_at = ? where id = ?`, [at, id]);

const NOTIFICATIONS = `{ unreadNotificationCount notifications(first: 10) { edges { node { id kind title link readAt } } } }`;

describe('freshness', () => {
  it('reminds the owner once, in the app and by e-mail, two weeks before expiry', async () => {
    const l = await published(app, seller, broker, 'OFFER', { title: 'Máy ép viên thức ăn chăn nuôi' });
    const now = new Date();
    await setExpiry(l.id, new Date(now.getTime() + 10 * DAY));
    const first = await runFreshness(app.services, now);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const mail = await app.lastMail(seller.user.email);
    expect(mail?.subject).toBe('Tin “Máy ép viên thức ăn chăn nuôi” sắp hết hạn');
    const inbox = await seller.client.ok(NOTIFICATIONS);
    const reminder = inbox.notifications.edges.find((e: any) => e.node.kind === 'listing.expiring');
    expect(reminder.node.title).toContain('sắp hết hạn');
    expect(reminder.node.link).toBe('/tin-cua-toi');
    const again = await runFreshness(app.services, now);
    expect(again.reminded).toBe(0);
    // Reading it clears the unread count.
    const read = await seller.client.ok(
      `mutation { markNotificationsRead(input: { all: true }) { unreadCount } }`,
    );
    expect(read.markNotificationsRead.unreadCount).toBe(0);
    const visitor = await app.client().gql(`{ notifications { totalCount } }`);
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires a listing past its date, hides it, and lets the owner renew it', async () => {
    const l = await published(app, seller, broker, 'OFFER', {
      title: 'Bể lọc sinh học tuần hoàn cho ao ương',
    });
    await app.searchSync.flushAll();
    expect((await app.client().ok(SEARCH, { q: 'be loc sinh hoc tuan hoan' })).search.totalCount).toBe(1);
    await setExpiry(l.id, new Date(Date.now() - 1000));
    const r = await runFreshness(app.services);
    expect(r.expired).toBe(1);
    await app.searchSync.flushAll();
    expect((await app.client().ok(GET, { id: l.id })).listing).toBeNull();
    expect((await app.client().ok(SEARCH, { q: 'be loc sinh hoc tuan hoan' })).search.totalCount).toBe(0);
    expect((await seller.client.ok(GET, { id: l.id })).listing.status).toBe('EXPIRED');
    const renewed = await seller.client.ok(RENEW, { id: l.id });
    expect(renewed.renewListing.listing.status).toBe('PUBLISHED');
    expect(new Date(renewed.renewListing.listing.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 360 * DAY,
    );
    expect(Date.now() - new Date(renewed.renewListing.listing.lastConfirmedAt).getTime()).toBeLessThan(
      60_000,
    );
    await app.searchSync.flushAll();
    expect((await app.client().ok(SEARCH, { q: 'be loc sinh hoc tuan hoan' })).search.totalCount).toBe(1);
  });

  it('runs on the PostgreSQL-backed queue, on a schedule', async () => {
    const schedules = await sql(`select name, cron from pgboss.schedule`);
    expect(schedules).toEqual(expect.arrayContaining([{ name: FRESHNESS_JOB, cron: '*/10 * * * *' }]));
    const l = await published(app, seller, broker, 'OFFER', {
      title: 'Dây chuyền rửa và phân loại quả có múi',
    });
    await setExpiry(l.id, new Date(Date.now() - 1000));
    const jobId = await app.jobs!.send(FRESHNESS_JOB);
    expect(jobId).toBeTruthy();
    let state = '';
    for (let i = 0; i < 60 && state !== 'completed'; i++) {
      const rows = await sql(`select state from pgboss.job where id = ?`, [jobId]);
      state = rows[0]?.state ?? '';
      if (state !== 'completed') await new Promise((r) => setTimeout(r, 500));
    }
    expect(state).toBe('completed');
    expect((await seller.client.ok(GET, { id: l.id })).listing.status).toBe('EXPIRED');
  }, 60_000);
});
