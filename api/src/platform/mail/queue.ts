import {
  ChangeSetType,
  LockMode,
  type EntityManager as CoreEntityManager,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../database/orm';
import type { Logger } from '../logger';
import type { ScheduledJob } from '../jobs';
import type { MailTransport } from './mailer';
import { MAX_MAIL_ATTEMPTS, OutgoingEmail, mailBackoffMs } from './outbox';

/** How long the record of a sent e-mail (recipient, subject, times; not its body) is kept. */
const SENT_RETENTION_DAYS = 90;

export interface MailQueueOptions {
  orm: Orm;
  transport: MailTransport;
  logger: Logger;
  /** E-mails claimed per transaction with a transactional transport (SMTP claims one at a time). */
  batchSize?: number;
  /**
   * Idle polling period (5 s). A commit that queues e-mails kicks this process's worker at once, so the
   * poll only picks up what other processes left (a crash, a retry that fell due).
   */
  pollMs?: number;
  /** Test hook: runs after each e-mail is delivered and marked sent, inside the claiming transaction. */
  afterDelivery?: (mail: OutgoingEmail, tx: EntityManager) => Promise<void> | void;
}

export interface DrainResult {
  /** E-mails claimed in this round (0: nothing due, or all due ones held by other workers). */
  claimed: number;
  sent: number;
  failed: number;
}

/**
 * Delivers the `outgoing_emails` queue. Any number of workers (one per API process, plus the
 * `mail-retry` job) may run at once: each claims due rows with `FOR UPDATE SKIP LOCKED` in a
 * transaction, so no two hold the same e-mail.
 *
 * - Development mailbox (a transactional transport): the `dev_mails` row and `sent_at` are written in
 *   the claiming transaction and commit together. A worker that dies mid-batch commits nothing and its
 *   claims are released; the next worker delivers them. Each e-mail is delivered exactly once.
 * - SMTP: one e-mail per transaction; it is sent, then marked sent. A death between the two means it
 *   goes out again, with the same `Message-ID` (`<id@techbridge>`) receivers dedupe on: at least once.
 *
 * A failed delivery counts an attempt, keeps the error and waits (30 s, doubling, at most 1 h); after
 * {@link MAX_MAIL_ATTEMPTS} the e-mail is given up and kept for the operator.
 */
export class MailQueue {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DrainResult> | null = null;
  private stopped = true;
  private subscribed = false;
  private readonly batchSize: number;
  private readonly pollMs: number;

  constructor(private readonly options: MailQueueOptions) {
    this.batchSize = options.batchSize ?? 20;
    this.pollMs = options.pollMs ?? 5000;
  }

  /** Polls for due e-mails until `stop()`; a commit that queued e-mails kicks a round at once. */
  start() {
    this.stopped = false;
    if (!this.subscribed) {
      this.options.orm.em.getEventManager().registerSubscriber(kickAfterCommit(() => this.kick()));
      this.subscribed = true;
    }
    this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Closes the transport (SMTP connections). */
  close() {
    this.options.transport.close();
  }

  kick() {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.round().then((r) => {
        if (!this.stopped) this.schedule(r.claimed > 0 ? 0 : this.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  private round(): Promise<DrainResult> {
    this.running ??= this.drainBatch()
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'mail queue round failed');
        return { claimed: 0, sent: 0, failed: 0 };
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Claims and delivers one batch of due e-mails in one transaction. */
  async drainBatch(now = new Date()): Promise<DrainResult> {
    const { transport } = this.options;
    const em = this.options.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const due = await tx.find(
        OutgoingEmail,
        { sentAt: null, attempts: { $lt: MAX_MAIL_ATTEMPTS }, nextAttemptAt: { $lte: now } },
        {
          orderBy: { createdAt: 'asc', id: 'asc' },
          limit: transport.transactional ? this.batchSize : 1,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      const result: DrainResult = { claimed: due.length, sent: 0, failed: 0 };
      for (const mail of due) {
        try {
          if (transport.transactional) {
            // A savepoint: a failed delivery leaves the rest of the batch's transaction usable.
            await tx.transactional(async (inner) => {
              await transport.deliver(inner, mail);
              await markSent(inner, mail);
            });
          } else {
            await transport.deliver(tx, mail);
            await markSent(tx, mail);
          }
          result.sent += 1;
        } catch (error) {
          result.failed += 1;
          await this.markFailed(tx, mail, error, now);
          continue;
        }
        // Outside the try: a crash here is not a delivery failure; the whole claim rolls back.
        await this.options.afterDelivery?.(mail, tx);
      }
      return result;
    });
  }

  private async markFailed(tx: EntityManager, mail: OutgoingEmail, error: unknown, now: Date) {
    const attempts = mail.attempts + 1;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await tx.nativeUpdate(
      OutgoingEmail,
      { id: mail.id },
      { attempts, lastError: message, nextAttemptAt: new Date(now.getTime() + mailBackoffMs(attempts)) },
    );
    const log = { err: error, mailId: mail.id, to: mail.to, attempts };
    if (attempts >= MAX_MAIL_ATTEMPTS)
      this.options.logger.error(log, 'e-mail given up after repeated failures');
    else this.options.logger.warn(log, 'e-mail delivery failed; will retry');
  }

  /** Delivers every due e-mail now (the `mail-retry` job); bounded so that one run ends. */
  async drainDue(maxRounds = 100): Promise<{ sent: number; failed: number }> {
    const total = { sent: 0, failed: 0 };
    for (let i = 0; i < maxRounds; i++) {
      const r = await this.drainBatch();
      total.sent += r.sent;
      total.failed += r.failed;
      if (r.claimed === 0) break;
    }
    return total;
  }

  /** Forgets delivery records older than `days` (the `mail-retry` job keeps the table small). */
  async purgeSent(now = new Date(), days = SENT_RETENTION_DAYS): Promise<number> {
    return this.options.orm.em
      .fork()
      .nativeDelete(OutgoingEmail, { sentAt: { $lt: new Date(now.getTime() - days * 86400_000) } });
  }

  /** E-mails still to deliver (not sent, not given up). */
  async backlog(): Promise<number> {
    return this.options.orm.em
      .fork()
      .count(OutgoingEmail, { sentAt: null, attempts: { $lt: MAX_MAIL_ATTEMPTS } });
  }

  /**
   * Delivers until nothing is pending, retrying back-off rows at once (tests, CLI). Waits for rows other
   * workers hold. Throws after `timeoutMs`.
   */
  async flushAll(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      await this.options.orm.em
        .fork()
        .nativeUpdate(
          OutgoingEmail,
          { sentAt: null, attempts: { $lt: MAX_MAIL_ATTEMPTS }, nextAttemptAt: { $gt: new Date() } },
          { nextAttemptAt: new Date() },
        );
      const r = await this.drainBatch();
      if (r.claimed === 0 && (await this.backlog()) === 0) return;
      if (Date.now() > until) throw new Error('mail queue did not drain in time');
      if (r.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/**
 * Marks an e-mail sent and drops its body: e-mails carry one-time links (password reset, invitations),
 * and this table is a queue, not an archive. Recipient, subject and times stay as the delivery record.
 */
async function markSent(tx: EntityManager, mail: OutgoingEmail) {
  await tx.nativeUpdate(
    OutgoingEmail,
    { id: mail.id },
    { sentAt: new Date(), lastError: null, text: '', html: '' },
  );
}

/**
 * Kicks the queue once a transaction that wrote e-mails has committed: at once for a plain flush
 * (its implicit transaction has committed when `afterFlush` runs), at `afterTransactionCommit` for a
 * flush inside `em.transactional`. The poll catches anything this misses.
 */
function kickAfterCommit(kick: () => void): EventSubscriber {
  const pending = new WeakSet<CoreEntityManager>();
  return {
    afterFlush({ em, uow }: FlushEventArgs) {
      const queued = uow
        .getChangeSets()
        .some((cs) => cs.type === ChangeSetType.CREATE && cs.entity instanceof OutgoingEmail);
      if (!queued) return;
      if (em.isInTransaction()) pending.add(em);
      else kick();
    },
    afterTransactionCommit({ em }: TransactionEventArgs) {
      if (!pending.has(em)) return;
      pending.delete(em);
      kick();
    },
  };
}

/**
 * The safety net: every minute, whatever is due goes out even if no process was kicked; old delivery
 * records are forgotten.
 */
export function mailRetryJob(services: { mailQueue: MailQueue }): ScheduledJob {
  return {
    name: 'mail-retry',
    cron: '* * * * *',
    run: async () => ({
      ...(await services.mailQueue.drainDue()),
      purged: await services.mailQueue.purgeSent(),
    }),
  };
}
