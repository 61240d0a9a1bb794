import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../platform/database/base';
import type { Membership, Organization } from '../organization/entities';

export const ROLES = ['MEMBER', 'BROKER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export const LANGUAGES = ['VI', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A person with an account. The password hash never leaves the server (`hidden`). */
export class User extends BaseEntity {
  email: string;
  passwordHash: string;
  displayName: string;
  role: Role & Opt = 'MEMBER';
  language: Language & Opt = 'VI';
  emailVerifiedAt?: Date | null = null;
  version: number & Opt = 1;
  memberships = new Collection<Membership>(this);

  constructor(email: string, passwordHash: string, displayName: string) {
    super();
    this.email = email;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
  }
}

export const UserSchema = new EntitySchema<User, BaseEntity>({
  class: User,
  extends: BaseEntitySchema,
  tableName: 'users',
  properties: {
    email: { type: 'string', length: 320, unique: true },
    passwordHash: { type: 'string', length: 255, hidden: true, lazy: true },
    displayName: { type: 'string', length: 120 },
    role: { enum: true, items: () => [...ROLES], index: true },
    language: { enum: true, items: () => [...LANGUAGES] },
    emailVerifiedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    version: { type: 'integer', version: true },
    memberships: { kind: '1:m', entity: 'Membership', mappedBy: 'user' },
  },
});

/**
 * A server-side session behind the HttpOnly cookie. The cookie holds a random token; only its
 * keyed hash is stored, so a database leak does not hand out sessions.
 */
export class Session {
  id: string;
  user: Ref<User>;
  activeOrganization?: Ref<Organization> | null = null;
  createdAt: Date & Opt = new Date();
  lastSeenAt: Date & Opt = new Date();
  expiresAt: Date;
  revokedAt?: Date | null = null;
  ip?: string | null = null;
  userAgent?: string | null = null;

  constructor(id: string, user: Ref<User>, expiresAt: Date) {
    this.id = id;
    this.user = user;
    this.expiresAt = expiresAt;
  }
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'sessions',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    user: { kind: 'm:1', entity: () => User, ref: true, index: true, deleteRule: 'cascade' },
    activeOrganization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      nullable: true,
      deleteRule: 'set null',
    },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    lastSeenAt: { type: 'Date', columnType: 'timestamptz' },
    expiresAt: { type: 'Date', columnType: 'timestamptz', index: true },
    revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    ip: { type: 'string', length: 64, nullable: true },
    userAgent: { type: 'string', length: 512, nullable: true },
  },
});

export const TOKEN_PURPOSES = ['VERIFY_EMAIL', 'RESET_PASSWORD'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** A single-use, expiring token sent by e-mail (verification, password reset). Only its hash is kept. */
export class UserToken {
  id: string = randomUUID();
  user: Ref<User>;
  purpose: TokenPurpose;
  tokenHash: string;
  expiresAt: Date;
  usedAt?: Date | null = null;
  createdAt: Date & Opt = new Date();

  constructor(user: Ref<User>, purpose: TokenPurpose, tokenHash: string, expiresAt: Date) {
    this.user = user;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }
}

export const UserTokenSchema = new EntitySchema<UserToken>({
  class: UserToken,
  tableName: 'user_tokens',
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: () => User, ref: true, index: true, deleteRule: 'cascade' },
    purpose: { enum: true, items: () => [...TOKEN_PURPOSES] },
    tokenHash: { type: 'string', length: 64, unique: true },
    expiresAt: { type: 'Date', columnType: 'timestamptz' },
    usedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
