import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { initOrm } from '../database/orm';
import { createLogger } from '../logger';
import { DevMail } from '../../modules/mail/entities';
import { devMailboxTransport, type MailTransport } from './mailer';
import { MAX_MAIL_ATTEMPTS, OutgoingEmail } from './outbox';
import { MailQueue } from './queue';

let app: TestApp;
const logger = createLogger('silent', 'mail-queue-test');

beforeAll(async () => {
  app = await startTestApp();
  // This file drives the workers itself: the API's own worker stays out of the way.
  await app.mailQueue.stop();
}, 120_000);
afterAll(() => app?.close());

const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) { requested errors { code } } }`;
const VERIFY_ORG = `mutation ($id: ID!, $note: String) {
  verifyOrganization(input: { organizationId: $id, status: VERIFIED, note: $note }) { organization { verificationStatus } errors { code } }
}`;

const sql = <T = Record<string, unknown>>(q: string, params: unknown[] = []) =>
  app.orm.em.fork().getConnection().execute<T[]>(q, params);

async function outgoing(to: string[]) {
  return app.orm.em.fork().find(OutgoingEmail, { to: { $in: to } }, { orderBy: { createdAt: 'asc' } });
}

/** Delivered copies per recipient, from the development mailbox. */
async function deliveredPerRecipient(to: string[]): Promise<Map<string, number>> {
  const rows = await sql<{ to: string; n: number }>(
    `select "to", count(*)::int as n from dev_mails where "to" in (?) group by "to"`,
    [to],
  );
  return new Map(rows.map((r) => [r.to, r.n]));
}

/** Queues one e-mail after delivering whatever else is pending, so that it is the only one due. */
async function queueOne(to: string, subject = 'Thư thử nghiệm') {
  await app.mailQueue.flushAll();
  const em = app.orm.em.fork() as EntityManager;
  await app.services.mailer.send(em, { to, subject, text: 'Nội dung', html: '<p>Nội dung</p>' });
  await em.flush();
  return (await outgoing([to]))[0]!;
}

/** A transport standing for SMTP: failing `failures` times, then accepting. */
function flakyTransport(failures: number) {
  const accepted: string[] = [];
  let calls = 0;
  const transport: MailTransport = {
    transactional: false,
    async deliver(_tx, mail) {
      calls += 1;
      if (calls <= failures) throw new Error(`421 4.3.2 Service not available (call ${calls})`);
      accepted.push(mail.id);
    },
    close() {},
  };
  return { transport, accepted, calls: () => calls };
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('mail queue', () => {
  it('delivers the e-mails of 20 events exactly once, even when a worker dies mid-batch', async () => {
    const people: Actor[] = [];
    for (let i = 0; i < 20; i++) people.push(await app.world.member());
    const to = people.map((p) => p.user.email);
    const visitor = app.client();
    for (const email of to) {
      const r = await visitor.ok(REQUEST_RESET, { email });
      expect(r.requestPasswordReset).toEqual({ requested: true, errors: [] });
    }
    // Committed with their requests, delivered by nobody yet.
    expect((await outgoing(to)).filter((m) => !m.sentAt)).toHaveLength(20);
    expect((await deliveredPerRecipient(to)).size).toBe(0);

    // A worker on its own connection pool claims 8, delivers 5, and then its process "dies": the
    // database connection is killed in the middle of the claiming transaction.
    const crashOrm = await initOrm({ databaseUrl: app.config.DATABASE_URL!, poolMax: 1 });
    let delivered = 0;
    const crashing = new MailQueue({
      orm: crashOrm,
      transport: devMailboxTransport(),
      logger,
      batchSize: 8,
      afterDelivery: async (_mail, tx) => {
        delivered += 1;
        if (delivered === 5) await tx.execute('select pg_terminate_backend(pg_backend_pid())');
      },
    });
    await expect(crashing.drainBatch()).rejects.toThrow();
    await crashOrm.close(true).catch(() => undefined);
    expect(delivered).toBe(5);
    // Nothing of the dead worker's batch survived: no copy delivered, no e-mail marked sent or failed.
    expect((await deliveredPerRecipient(to)).size).toBe(0);
    const afterCrash = await outgoing(to);
    expect(afterCrash.every((m) => !m.sentAt && m.attempts === 0)).toBe(true);

    // A worker that fails by throwing after delivering two: same, its claim rolls back.
    let thrown = 0;
    const throwing = new MailQueue({
      orm: app.orm,
      transport: devMailboxTransport(),
      logger,
      batchSize: 8,
      afterDelivery: () => {
        thrown += 1;
        if (thrown === 2) throw new Error('worker crashed');
      },
    });
    await expect(throwing.drainBatch()).rejects.toThrow('worker crashed');
    expect((await deliveredPerRecipient(to)).size).toBe(0);

    // Two new workers drain side by side (SKIP LOCKED: each e-mail goes to one of them).
    const a = new MailQueue({ orm: app.orm, transport: devMailboxTransport(), logger, batchSize: 3 });
    const b = new MailQueue({ orm: app.orm, transport: devMailboxTransport(), logger, batchSize: 3 });
    await Promise.all([a.flushAll(), b.flushAll()]);

    const counts = await deliveredPerRecipient(to);
    expect(counts.size).toBe(20);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const sent = await outgoing(to);
    expect(sent.every((m) => m.sentAt && m.attempts === 0 && m.lastError === null)).toBe(true);
    // Once delivered, the queue forgets the body (one-time links); the mailbox copy has it.
    expect(sent.every((m) => m.text === '' && m.html === '')).toBe(true);
    // The mailbox copy carries the queued e-mail's id: a second copy could not even be inserted.
    const copies = await app.orm.em.fork().find(DevMail, { to: { $in: to } });
    expect(new Set(copies.map((c) => c.id))).toEqual(new Set(sent.map((m) => m.id)));
    // Nothing left to do, and the e-mail is the one the event asked for.
    expect(await a.backlog()).toBe(0);
    const token = await app.tokenFromMail(to[7]!, '/reset-password');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  }, 120_000);

  it('retries a failing transport with exponential back-off and succeeds later, once', async () => {
    const mail = await queueOne('thu-lai@example.vn');
    const flaky = flakyTransport(2);
    const queue = new MailQueue({ orm: app.orm, transport: flaky.transport, logger });
    const t0 = new Date();

    expect(await queue.drainBatch(t0)).toEqual({ claimed: 1, sent: 0, failed: 1 });
    let row = (await outgoing([mail.to]))[0]!;
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain('421');
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);
    expect(row.sentAt).toBeNull();

    // Not due before its time.
    expect((await queue.drainBatch(at(t0, 29_000))).claimed).toBe(0);

    const t1 = at(t0, 30_000);
    expect(await queue.drainBatch(t1)).toEqual({ claimed: 1, sent: 0, failed: 1 });
    row = (await outgoing([mail.to]))[0]!;
    expect(row.attempts).toBe(2);
    // The wait doubles.
    expect(row.nextAttemptAt.getTime()).toBe(t1.getTime() + 60_000);
    expect((await queue.drainBatch(at(t1, 59_000))).claimed).toBe(0);

    expect(await queue.drainBatch(at(t1, 60_000))).toEqual({ claimed: 1, sent: 1, failed: 0 });
    row = (await outgoing([mail.to]))[0]!;
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastError).toBeNull();
    expect(flaky.accepted).toEqual([mail.id]);

    // Sent is sent: later rounds leave it alone.
    expect((await queue.drainBatch(at(t0, 86400_000))).claimed).toBe(0);
    expect(flaky.calls()).toBe(3);

    // Delivery records go after 90 days.
    expect(await queue.purgeSent(at(row.sentAt!, 89 * 86400_000))).toBe(0);
    expect(await queue.purgeSent(at(row.sentAt!, 91 * 86400_000))).toBeGreaterThanOrEqual(1);
    expect(await outgoing([mail.to])).toEqual([]);
  });

  it(`gives up after ${MAX_MAIL_ATTEMPTS} failed attempts and keeps the e-mail with its last error`, async () => {
    const mail = await queueOne('hong-han@example.vn');
    const broken = flakyTransport(Number.MAX_SAFE_INTEGER);
    const queue = new MailQueue({ orm: app.orm, transport: broken.transport, logger });
    let now = new Date();
    for (let i = 1; i <= MAX_MAIL_ATTEMPTS; i++) {
      expect(await queue.drainBatch(now)).toEqual({ claimed: 1, sent: 0, failed: 1 });
      now = at(now, 2 * 3600_000);
    }
    expect((await queue.drainBatch(at(now, 30 * 86400_000))).claimed).toBe(0);
    const row = (await outgoing([mail.to]))[0]!;
    expect(row.attempts).toBe(MAX_MAIL_ATTEMPTS);
    expect(row.sentAt).toBeNull();
    expect(row.lastError).toContain(`call ${MAX_MAIL_ATTEMPTS}`);
    // Given up is not pending: draining everything does not wait for it.
    expect(await queue.backlog()).toBe(0);
    await app.mailQueue.flushAll();
    expect(await app.lastMail(mail.to)).toBeNull();
  });

  it('never sends the e-mail of a mutation that failed and was rolled back', async () => {
    const broker = await app.world.broker();
    const owner = await app.world.member();
    const orgId = await owner.createOrganization({ name: 'Hợp tác xã Thử Lỗi' });
    // The database refuses this one update, after the e-mail to the owner was queued in the same flush.
    await sql(`create function test_refuse_note() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$`);
    await sql(`create trigger test_refuse_note before update on organizations for each row
      when (new.verification_note = 'lỗi') execute function test_refuse_note()`);
    const failed = await broker.client.gql(VERIFY_ORG, { id: orgId, note: 'lỗi' });
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await outgoing([owner.user.email])).toEqual([]);
    expect(await app.lastMail(owner.user.email)).toBeNull();

    // In a transaction that rolls back, too.
    const em = app.orm.em.fork() as EntityManager;
    await expect(
      em.transactional(async (tx) => {
        await app.services.mailer.send(tx, {
          to: owner.user.email,
          subject: 'Không gửi',
          text: '-',
          html: '-',
        });
        await tx.flush();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await outgoing([owner.user.email])).toEqual([]);

    // The same mutation that commits sends its e-mail.
    const ok = await broker.client.ok(VERIFY_ORG, { id: orgId, note: 'Đã đối chiếu giấy phép' });
    expect(ok.verifyOrganization.organization.verificationStatus).toBe('VERIFIED');
    expect((await app.lastMail(owner.user.email))?.subject).toMatch(/^Kết quả xác minh tổ chức/);
    expect(await outgoing([owner.user.email])).toHaveLength(1);
  });

  it('delivers soon after the commit, kicked rather than waiting for the next poll', async () => {
    const queue = new MailQueue({ orm: app.orm, transport: devMailboxTransport(), logger, pollMs: 60_000 });
    queue.start();
    try {
      const someone = await app.world.member();
      await app.client().ok(REQUEST_RESET, { email: someone.user.email });
      const until = Date.now() + 10_000;
      let copies = 0;
      while (Date.now() < until && copies === 0) {
        copies = (await deliveredPerRecipient([someone.user.email])).get(someone.user.email) ?? 0;
        if (!copies) await new Promise((r) => setTimeout(r, 50));
      }
      expect(copies).toBe(1);
    } finally {
      await queue.stop();
    }
  });
});
