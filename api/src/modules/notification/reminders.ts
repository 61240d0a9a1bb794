import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../platform/graphql/context';
import type { ScheduledJob } from '../../platform/jobs';
import { workingCalendar } from '../../platform/deadlines';
import { translator, type Lang } from '../../platform/i18n';
import { User } from '../account/entities';
import { Membership } from '../organization/entities';
import { BrokeringCase, Interest, type CaseStage } from '../brokering/entities';
import { deliver } from './service';

/**
 * That a case's deadline alert went out for one stage: a case is signalled once per stage, whatever
 * the number of runs (its own table, so that brokering's entities stay as they are).
 */
export class DeadlineAlert {
  caseId: string;
  stage: CaseStage;
  alertedAt: Date & Opt = new Date();

  constructor(caseId: string, stage: CaseStage, alertedAt: Date) {
    this.caseId = caseId;
    this.stage = stage;
    this.alertedAt = alertedAt;
  }
}

export const DeadlineAlertSchema = new EntitySchema<DeadlineAlert>({
  class: DeadlineAlert,
  tableName: 'deadline_alerts',
  properties: {
    caseId: { type: 'uuid', primary: true },
    stage: { type: 'string', length: 32, primary: true },
    alertedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

const DAY = 86400_000;
/** Rows handled per kind and run; the next run (30 minutes later) takes the rest. */
const BATCH = 500;
/**
 * How far ahead to look for deadlines before asking the working calendar: one working day can span
 * more than a week of calendar days around Tết.
 */
const DEADLINE_HORIZON_DAYS = 15;
/** pg advisory lock: one run at a time across API processes. */
const LOCK_KEY = 7_402_010;

export type ReminderServices = Pick<AppServices, 'orm' | 'config' | 'mailer'>;

export interface ReminderRun {
  /** Interests whose owner was reminded. */
  reminded: number;
  /** Interests the brokers were alerted about. */
  alerted: number;
  /** Case stages whose deadline was signalled. */
  deadlines: number;
}

/** A deadline is the end of a working day: the day says it all. */
const formatDate = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'long',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(at);

/**
 * Reminders and alerts, each sent once:
 * - an interest PENDING for `INTEREST_REMINDER_DAYS`: its listing owner's members are reminded
 *   (`interest.reminder`, `reminderSentAt`);
 * - PENDING for `INTEREST_ALERT_DAYS`: the brokers are alerted (`interest.overdue`, `brokerAlertedAt`);
 * - an open case due within one working day, or late: its assignee (or every broker when none) is told
 *   once per stage (`case.deadline`, a `deadline_alerts` row).
 * One transaction per run: the notifications, the queued e-mails and the "sent" marks commit together,
 * so a run that fails sends nothing and the next one does it all.
 */
export async function runReminders(services: ReminderServices, now = new Date()): Promise<ReminderRun> {
  const { config } = services;
  const em = services.orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const run: ReminderRun = { reminded: 0, alerted: 0, deadlines: 0 };
    const [lock] = await tx.execute<{ ok: boolean }[]>('select pg_try_advisory_xact_lock(?) as ok', [
      LOCK_KEY,
    ]);
    if (!lock?.ok) return run;
    const ctx = {
      em: tx,
      config,
      mailer: services.mailer,
      publicUrl: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    };
    let brokers: User[] | null = null;
    const allBrokers = async () =>
      (brokers ??= await tx.find(User, { role: 'BROKER' }, { orderBy: { id: 'asc' } }));

    const toRemind = await tx.find(
      Interest,
      {
        status: 'PENDING',
        reminderSentAt: null,
        createdAt: { $lte: new Date(now.getTime() - config.INTEREST_REMINDER_DAYS * DAY) },
      },
      { populate: ['listing'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: BATCH },
    );
    for (const interest of toRemind) {
      const listing = interest.listing.getEntity();
      const members = await tx.find(
        Membership,
        { organization: listing.organization.id },
        { populate: ['user'] },
      );
      await deliver(
        ctx,
        members.map((m) => m.user.getEntity()),
        {
          kind: 'interest.reminder',
          vars: { title: listing.content.title, days: config.INTEREST_REMINDER_DAYS },
          link: '/quan-tam?chieu=nhan',
        },
      );
      interest.reminderSentAt = now;
      run.reminded += 1;
    }

    const overdue = await tx.find(
      Interest,
      {
        status: 'PENDING',
        brokerAlertedAt: null,
        createdAt: { $lte: new Date(now.getTime() - config.INTEREST_ALERT_DAYS * DAY) },
      },
      { populate: ['listing'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: BATCH },
    );
    for (const interest of overdue) {
      await deliver(ctx, await allBrokers(), {
        kind: 'interest.overdue',
        vars: { title: interest.listing.getEntity().content.title, days: config.INTEREST_ALERT_DAYS },
        link: '/quan-tam',
      });
      interest.brokerAlertedAt = now;
      run.alerted += 1;
    }

    const calendar = workingCalendar(config);
    const cases = await tx.find(
      BrokeringCase,
      {
        stage: { $ne: 'CLOSED' },
        dueAt: { $ne: null, $lte: new Date(now.getTime() + DEADLINE_HORIZON_DAYS * DAY) },
      },
      { orderBy: { dueAt: 'asc', id: 'asc' }, limit: BATCH },
    );
    const done = new Set(
      cases.length
        ? (await tx.find(DeadlineAlert, { caseId: { $in: cases.map((c) => c.id) } })).map(
            (a) => `${a.caseId}:${a.stage}`,
          )
        : [],
    );
    for (const c of cases) {
      if (done.has(`${c.id}:${c.stage}`)) continue;
      if (calendar.clock(c.dueAt!, now).status === 'ON_TIME') continue;
      const recipients = c.assignee ? [await c.assignee.loadOrFail()] : await allBrokers();
      const { number, title, stage } = c;
      const dueAt = c.dueAt!;
      await deliver(ctx, recipients, {
        kind: 'case.deadline',
        vars: (lang) => ({
          number,
          title,
          stage: translator(lang)(`enums.CaseStage.${stage}`),
          due: formatDate(lang, dueAt),
        }),
        link: `/ho-so/${c.id}`,
      });
      tx.persist(new DeadlineAlert(c.id, stage, now));
      run.deadlines += 1;
    }
    return run;
  });
}

export const REMINDERS_JOB = 'brokering-reminders';

export function remindersJob(services: ReminderServices): ScheduledJob {
  return { name: REMINDERS_JOB, cron: '*/30 * * * *', run: () => runReminders(services) };
}
