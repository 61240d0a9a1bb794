import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../platform/graphql/context';
import type { ScheduledJob } from '../../platform/jobs';
import { Membership } from '../organization/entities';
import { deliver } from '../notification/service';
import { enqueueSearchSync } from '../search/sync';
import { Listing } from './entities';

const DAY = 86400_000;

/**
 * Keeps listings fresh: reminds owners (in-app, and by e-mail unless they turned `listing.expiring`
 * off) `LISTING_REMINDER_DAYS` before a listing expires, once, and expires the ones whose time has
 * come (they leave the search index). Idempotent: running it twice at the same moment changes nothing
 * the second time.
 */
export async function runFreshness(
  services: Pick<AppServices, 'orm' | 'config' | 'mailer' | 'searchSync'>,
  now = new Date(),
): Promise<{ reminded: number; expired: number }> {
  const em = services.orm.em.fork() as EntityManager;
  const { config } = services;
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
  let reminded = 0;
  const soon = await em.find(
    Listing,
    {
      status: 'PUBLISHED',
      expiresAt: { $gt: now, $lte: new Date(now.getTime() + config.LISTING_REMINDER_DAYS * DAY) },
      expiryReminderSentAt: null,
    },
    { limit: 500 },
  );
  for (const listing of soon) {
    const members = await em.find(
      Membership,
      { organization: listing.organization.id },
      { populate: ['user'] },
    );
    const expiresAt = listing.expiresAt!;
    await deliver(
      { em, config, mailer: services.mailer, publicUrl },
      members.map((m) => m.user.getEntity()),
      {
        kind: 'listing.expiring',
        vars: (lang) => ({
          title: listing.content.title,
          date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
            dateStyle: 'long',
            timeZone: 'Asia/Ho_Chi_Minh',
          }).format(expiresAt),
          months: config.LISTING_EXPIRY_MONTHS,
        }),
        link: '/tin-cua-toi',
        actionLabel: 'listingMail.renewAction',
      },
    );
    listing.expiryReminderSentAt = now;
    reminded += 1;
  }
  await em.flush();

  const due = await em.find(Listing, { status: 'PUBLISHED', expiresAt: { $lte: now } }, { limit: 1000 });
  for (const listing of due) {
    listing.status = 'EXPIRED';
    enqueueSearchSync(em, listing.id);
  }
  await em.flush();
  if (due.length) services.searchSync.kick();
  return { reminded, expired: due.length };
}

export const FRESHNESS_JOB = 'listings-freshness';

export function freshnessJob(
  services: Pick<AppServices, 'orm' | 'config' | 'mailer' | 'searchSync'>,
): ScheduledJob {
  return { name: FRESHNESS_JOB, cron: '*/10 * * * *', run: () => runFreshness(services) };
}
