import type { GraphQLContext } from '../../platform/graphql/context';
import { langFromEnum, translator } from '../../platform/i18n';
import { renderEmail } from '../../platform/mail/render';
import type { User } from './entities';

/** Department and exchange names in the recipient's language. */
export function siteNames(ctx: Pick<GraphQLContext, 'config'>, lang: 'vi' | 'en') {
  return lang === 'en'
    ? { department: ctx.config.DEPARTMENT_NAME_EN, exchange: ctx.config.EXCHANGE_NAME_EN }
    : { department: ctx.config.DEPARTMENT_NAME_VI, exchange: ctx.config.EXCHANGE_NAME_VI };
}

/** E-mails go out in the recipient's language, not the caller's. */
export async function sendAccountEmail(
  ctx: GraphQLContext,
  user: User,
  kind: 'verify' | 'reset' | 'passwordChanged',
  link?: string,
) {
  const lang = langFromEnum(user.language);
  const t = translator(lang);
  const names = siteNames(ctx, lang);
  const vars = {
    ...names,
    hours: ctx.config.EMAIL_TOKEN_TTL_HOURS,
    minutes: ctx.config.PASSWORD_RESET_TTL_MINUTES,
  };
  const mail = renderEmail({
    t,
    department: names.department,
    recipientName: user.displayName,
    subject: t(`mail.${kind}.subject`),
    paragraphs: [t(`mail.${kind}.body`, vars)],
    action: link ? { label: t(`mail.${kind}.action`), url: link } : undefined,
    footnote: kind === 'passwordChanged' ? undefined : t('mail.ignore'),
  });
  await ctx.mailer.send(ctx.em, { to: user.email, ...mail });
}
