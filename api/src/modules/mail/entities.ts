import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

/** An e-mail kept in the development mailbox (used when no SMTP server is configured). */
export class DevMail {
  id: string = randomUUID();
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date & Opt = new Date();

  constructor(to: string, subject: string, text: string, html: string) {
    this.to = to;
    this.subject = subject;
    this.text = text;
    this.html = html;
  }
}

export const DevMailSchema = new EntitySchema<DevMail>({
  class: DevMail,
  tableName: 'dev_mails',
  indexes: [{ properties: ['createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    to: { type: 'string', length: 320, index: true },
    subject: { type: 'string', length: 300 },
    text: { type: 'text' },
    html: { type: 'text' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
