import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { DevMail } from '../../modules/mail/entities';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail. With SMTP_URL set it goes out through nodemailer; otherwise it is stored in the
 * development mailbox table, which a person opens in the web app and tests read for tokens.
 */
export interface Mailer {
  /** Queues the message in `em` (dev mailbox) or sends it after the caller's flush (SMTP). */
  send(em: EntityManager, message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(config: Config, logger: Logger): Mailer {
  if (!config.SMTP_URL) {
    return {
      async send(em, m) {
        em.persist(new DevMail(m.to, m.subject.slice(0, 300), m.text, m.html));
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(_em, m) {
      try {
        await transport.sendMail({
          from: config.MAIL_FROM,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
        });
      } catch (err) {
        // A failed e-mail must not undo what the user did; it is logged for the operator.
        logger.error({ err, to: m.to, subject: m.subject }, 'sending e-mail failed');
      }
    },
    close() {
      transport.close();
    },
  };
}
