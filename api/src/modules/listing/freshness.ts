import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../platform/graphql/context';
import { langFromEnum, translator } from '../../platform/i18n';
import { renderEmail } from '../../platform/mail/render';
import type { ScheduledJob } from '../../platform/jobs';
import { siteNames } from '../account/emails';
import { Membership } from '../organization/entities';
import { notify } from '../notification/service';
import { enqueueSearchSync } from '../search/sync';
import { Listing } from './entities';

const DAY = 86400_000;

/**
 * Keeps listings fresh: reminds owners (in-app and by e-mail) `LISTING_REMINDER_DAYS` before a listing
 * expires, once, and expires the ones whose time has come (they leave the search index). Idempotent:
 * running it twice at the same moment changes nothing the second time.
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
    for (const m of members) {
      const user = m.user.getEntity();
      const lang = langFromEnum(user.language);
      const t = translator(lang);
      const names = siteNames({ config }, lang);
      const vars = {
        title: listing.content.title,
        date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
          dateStyle: 'long',
          timeZone: 'Asia/Ho_Chi_Minh',
        }).format(listing.expiresAt!),
        months: config.LISTING_EXPIRY_MONTHS,
      };
      const mail = renderEmail({
        t,
        department: names.department,
        recipientName: user.displayName,
        subject: t('listingMail.expiring.subject', vars),
        paragraphs: [t('listingMail.expiring.body', vars)],
        action: { label: t('listingMail.renewAction'), url: `${publicUrl}/tin-cua-toi` },
      });
      await services.mailer.send(em, { to: user.email, ...mail });
      notify(em, user, {
        kind: 'listing.expiring',
        title: t('listingMail.expiring.subject', vars),
        body: t('listingMail.expiring.body', vars),
        link: '/tin-cua-toi',
      });
    }
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
