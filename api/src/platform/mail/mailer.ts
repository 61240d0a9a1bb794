import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { DevMail } from '../../modules/mail/entities';
import { OutgoingEmail } from './outbox';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail, through a queue: `send` writes an `outgoing_emails` row into `em`, persisted by the
 * caller's flush in the caller's transaction, so an e-mail exists only if the change that caused it
 * committed; the mail queue (`queue.ts`) delivers it afterwards, with retries.
 */
export interface Mailer {
  /** Queues the message in `em`; nothing goes out unless the caller's flush commits. */
  send(em: EntityManager, message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(): Mailer {
  return {
    async send(em, m) {
      em.persist(new OutgoingEmail(m.to, m.subject.slice(0, 300), m.text, m.html));
    },
    close() {},
  };
}

/** Where the mail queue hands e-mails over. */
export interface MailTransport {
  /**
   * True when delivering is a write in the queue's own database transaction (the development mailbox):
   * delivery and "sent" commit together, so each e-mail is delivered exactly once. False for an external
   * system (SMTP): at least once, with a stable Message-ID for receivers to drop duplicates.
   */
  readonly transactional: boolean;
  /** Delivers one e-mail; `tx` is the claiming transaction. Throws when it could not. */
  deliver(tx: EntityManager, mail: OutgoingEmail): Promise<void>;
  close(): void;
}

/** The development mailbox: a `dev_mails` row with the e-mail's own id (a second copy cannot exist). */
export function devMailboxTransport(): MailTransport {
  return {
    transactional: true,
    async deliver(tx, mail) {
      await tx
        .createQueryBuilder(DevMail)
        .insert({
          id: mail.id,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          createdAt: mail.createdAt,
        })
        .onConflict('id')
        .ignore()
        .execute();
    },
    close() {},
  };
}

/**
 * SMTP through nodemailer. At least once: if the process dies after the server accepted a message and
 * before the queue recorded it as sent, it is sent again — with the same `Message-ID`
 * (`<outgoing e-mail id>@techbridge`), on which mail systems and clients drop duplicates.
 */
export function smtpTransport(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): MailTransport {
  const transport: Transporter = nodemailer.createTransport(config.SMTP_URL!);
  return {
    transactional: false,
    async deliver(_tx, mail) {
      await transport.sendMail({
        from: config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.id}@techbridge>`,
        date: mail.createdAt,
      });
    },
    close() {
      transport.close();
    },
  };
}

/** SMTP when `SMTP_URL` is set, else the development mailbox. */
export function createMailTransport(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): MailTransport {
  return config.SMTP_URL ? smtpTransport(config) : devMailboxTransport();
}
