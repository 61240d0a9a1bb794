import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../platform/database/base';
import { User } from '../account/entities';

export const ORGANIZATION_TYPES = [
  'BUSINESS',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'INDIVIDUAL_INVENTOR',
  'INTERMEDIARY',
  'AGENCY',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export const MEMBERSHIP_ROLES = ['OWNER', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** A business, institute, university, inventor, intermediary or agency. Two people may edit it: versioned. */
export class Organization extends BaseEntity {
  name: string;
  type: OrganizationType;
  taxCode: string;
  provinceCode: string;
  address: string & Opt = '';
  website?: string | null = null;
  description: string & Opt = '';
  verificationStatus: VerificationStatus & Opt = 'UNVERIFIED';
  verifiedAt?: Date | null = null;
  verifiedBy?: Ref<User> | null = null;
  verificationNote?: string | null = null;
  version: number & Opt = 1;
  members = new Collection<Membership>(this);
  invitations = new Collection<Invitation>(this);

  constructor(name: string, type: OrganizationType, taxCode: string, provinceCode: string) {
    super();
    this.name = name;
    this.type = type;
    this.taxCode = taxCode;
    this.provinceCode = provinceCode;
  }
}

export const OrganizationSchema = new EntitySchema<Organization, BaseEntity>({
  class: Organization,
  extends: BaseEntitySchema,
  tableName: 'organizations',
  indexes: [{ properties: ['createdAt'] }],
  properties: {
    name: { type: 'string', length: 256 },
    type: { enum: true, items: () => [...ORGANIZATION_TYPES], index: true },
    taxCode: { type: 'string', length: 64, index: true },
    provinceCode: { type: 'string', length: 64, index: true },
    address: { type: 'string', length: 500 },
    website: { type: 'string', length: 500, nullable: true },
    description: { type: 'text' },
    verificationStatus: { enum: true, items: () => [...VERIFICATION_STATUSES], index: true },
    verifiedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    verifiedBy: { kind: 'm:1', entity: () => User, ref: true, nullable: true, deleteRule: 'set null' },
    verificationNote: { type: 'string', length: 1000, nullable: true },
    version: { type: 'integer', version: true },
    members: { kind: '1:m', entity: () => Membership, mappedBy: 'organization' },
    invitations: { kind: '1:m', entity: () => Invitation, mappedBy: 'organization' },
  },
});

/** A person's place in an organisation. */
export class Membership extends BaseEntity {
  user: Ref<User>;
  organization: Ref<Organization>;
  role: MembershipRole;

  constructor(user: Ref<User>, organization: Ref<Organization>, role: MembershipRole) {
    super();
    this.user = user;
    this.organization = organization;
    this.role = role;
  }
}

export const MembershipSchema = new EntitySchema<Membership, BaseEntity>({
  class: Membership,
  extends: BaseEntitySchema,
  tableName: 'memberships',
  uniques: [{ properties: ['user', 'organization'] }],
  properties: {
    user: { kind: 'm:1', entity: () => User, ref: true, index: true, deleteRule: 'cascade' },
    organization: { kind: 'm:1', entity: () => Organization, ref: true, index: true, deleteRule: 'cascade' },
    role: { enum: true, items: () => [...MEMBERSHIP_ROLES] },
  },
});

/** An invitation by e-mail; the token is sent, only its hash is kept. */
export class Invitation {
  id: string = randomUUID();
  organization: Ref<Organization>;
  email: string;
  role: MembershipRole;
  tokenHash: string;
  status: InvitationStatus & Opt = 'PENDING';
  expiresAt: Date;
  invitedBy: Ref<User>;
  createdAt: Date & Opt = new Date();
  answeredAt?: Date | null = null;

  constructor(
    organization: Ref<Organization>,
    email: string,
    role: MembershipRole,
    tokenHash: string,
    expiresAt: Date,
    invitedBy: Ref<User>,
  ) {
    this.organization = organization;
    this.email = email;
    this.role = role;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
    this.invitedBy = invitedBy;
  }
}

export const InvitationSchema = new EntitySchema<Invitation>({
  class: Invitation,
  tableName: 'invitations',
  properties: {
    id: { type: 'uuid', primary: true },
    organization: { kind: 'm:1', entity: () => Organization, ref: true, index: true, deleteRule: 'cascade' },
    email: { type: 'string', length: 320, index: true },
    role: { enum: true, items: () => [...MEMBERSHIP_ROLES] },
    tokenHash: { type: 'string', length: 64, unique: true },
    status: { enum: true, items: () => [...INVITATION_STATUSES] },
    expiresAt: { type: 'Date', columnType: 'timestamptz' },
    invitedBy: { kind: 'm:1', entity: () => User, ref: true, deleteRule: 'cascade' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    answeredAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
