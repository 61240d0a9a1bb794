import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

/** Attempts before an e-mail is given up (the row is kept, with its last error, for the operator). */
export const MAX_MAIL_ATTEMPTS = 8;

/** Wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min, … capped at one hour. */
export function mailBackoffMs(attempts: number): number {
  return Math.min(3600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * An e-mail waiting to go out, or gone out (`sentAt`). `Mailer.send` only persists one of these, so it
 * is written by the caller's flush in the caller's transaction: an e-mail exists only if the change that
 * caused it committed. The mail queue (`queue.ts`) delivers it. The id is also the delivery's identity:
 * the development mailbox row gets the same id, SMTP gets `Message-ID: <id@techbridge>`.
 */
export class OutgoingEmail {
  id: string = randomUUID();
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date & Opt = new Date();
  /** Failed deliveries so far (a crash mid-delivery is not one: the claim simply rolls back). */
  attempts: number & Opt = 0;
  nextAttemptAt: Date & Opt = new Date();
  sentAt?: Date | null = null;
  lastError?: string | null = null;

  constructor(to: string, subject: string, text: string, html: string) {
    this.to = to;
    this.subject = subject;
    this.text = text;
    this.html = html;
  }
}

export const OutgoingEmailSchema = new EntitySchema<OutgoingEmail>({
  class: OutgoingEmail,
  tableName: 'outgoing_emails',
  // The queue's claim: unsent rows whose time has come, oldest first.
  indexes: [{ properties: ['sentAt', 'nextAttemptAt'] }, { properties: ['createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    to: { type: 'string', length: 320, index: true },
    subject: { type: 'string', length: 300 },
    text: { type: 'text' },
    html: { type: 'text' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'Date', columnType: 'timestamptz' },
    sentAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    lastError: { type: 'text', nullable: true },
  },
});
