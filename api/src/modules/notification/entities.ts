import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { User } from '../account/entities';

/** An in-app notification, written in the recipient's language when it is created. */
export class Notification {
  id: string = randomUUID();
  user: Ref<User>;
  /** What happened, e.g. `listing.published`, `listing.expiring`. */
  kind: string;
  title: string;
  body: string;
  /** Path in the web app to open, e.g. `/cong-nghe/may-say-lua`. */
  link: string | null;
  readAt?: Date | null = null;
  createdAt: Date & Opt = new Date();

  constructor(user: Ref<User>, kind: string, title: string, body: string, link: string | null) {
    this.user = user;
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.link = link;
  }
}

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  tableName: 'notifications',
  indexes: [{ properties: ['user', 'createdAt'] }, { properties: ['user', 'readAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: () => User, ref: true, deleteRule: 'cascade' },
    kind: { type: 'string', length: 64 },
    title: { type: 'string', length: 500 },
    body: { type: 'text' },
    link: { type: 'string', length: 500, nullable: true },
    readAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});

/** Whether a user wants e-mails of one kind (in-app notifications always arrive). Missing row: yes. */
export class NotificationSetting {
  userId: string;
  kind: string;
  email: boolean;

  constructor(userId: string, kind: string, email: boolean) {
    this.userId = userId;
    this.kind = kind;
    this.email = email;
  }
}

export const NotificationSettingSchema = new EntitySchema<NotificationSetting>({
  class: NotificationSetting,
  tableName: 'notification_settings',
  properties: {
    userId: { type: 'uuid', primary: true },
    kind: { type: 'string', length: 64, primary: true },
    email: { type: 'boolean' },
  },
});
