import { ref } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../platform/graphql/context';
import { conflict, notFound } from '../../platform/graphql/errors';
import { authorize, can, requireViewer, isBroker } from '../../platform/policy';
import { inTransaction } from '../../platform/database/transaction';
import { findProvince } from '../../platform/provinces';
import {
  email,
  fieldError,
  optionalText,
  requiredText,
  validate,
  type InputError,
} from '../../platform/validation';
import { afterKeyset, decodeCursor, pageSize, toConnection, type PageArgs } from '../../platform/pagination';
import { langFromEnum, translator } from '../../platform/i18n';
import { renderEmail } from '../../platform/mail/render';
import { newToken, tokenHash } from '../account/crypto';
import { siteNames } from '../account/emails';
import { Session, User } from '../account/entities';
import {
  Invitation,
  Membership,
  MEMBERSHIP_ROLES,
  Organization,
  ORGANIZATION_TYPES,
  VERIFICATION_STATUSES,
  type OrganizationType,
  type VerificationStatus,
} from './entities';
import { organizationPolicy } from './policy';

export type OrganizationErrorCode =
  'REQUIRED' | 'INVALID' | 'LENGTH' | 'ALREADY_MEMBER' | 'INVALID_TOKEN' | 'WRONG_RECIPIENT' | 'LAST_OWNER';
type Errors = InputError<OrganizationErrorCode>[];

const uuid = () => z.uuid();
const website = () =>
  z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(v));
const taxCode = () => requiredText(64).regex(/^[0-9A-Za-z./\- ]+$/);

const createInput = z.object({
  name: requiredText(256),
  type: z.enum(ORGANIZATION_TYPES),
  taxCode: taxCode(),
  provinceCode: requiredText(64),
  address: optionalText(500),
  website: website(),
  description: optionalText(2000),
});

function provinceError(ctx: GraphQLContext, code: string | null | undefined): Errors {
  return code && !findProvince(code)
    ? [fieldError(ctx.t, 'provinceCode', 'INVALID', 'UNKNOWN_PROVINCE')]
    : [];
}

export async function getOrganization(ctx: GraphQLContext, id: string): Promise<Organization | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return ctx.em.findOne(Organization, id);
}

export async function createOrganization(ctx: GraphQLContext, input: unknown) {
  authorize(ctx, organizationPolicy, 'organization:create', null);
  const v = validate(createInput, input, ctx.t);
  if (!v.ok) return { organization: null, errors: v.errors };
  const perr = provinceError(ctx, v.data.provinceCode);
  if (perr.length) return { organization: null, errors: perr };
  const d = v.data;
  const org = new Organization(d.name, d.type as OrganizationType, d.taxCode, d.provinceCode);
  org.address = d.address ?? '';
  org.website = d.website;
  org.description = d.description ?? '';
  const viewer = ctx.viewer;
  const membership = new Membership(ref(viewer.user), ref(org), 'OWNER');
  ctx.em.persist([org, membership]);
  // The new organisation becomes the one the user acts for.
  viewer.session.activeOrganization = ref(org);
  await ctx.em.flush();
  viewer.roles.set(org.id, 'OWNER');
  viewer.activeOrganizationId = org.id;
  return { organization: org, errors: [] };
}

const updateInput = z.object({
  organizationId: uuid(),
  name: requiredText(256).nullish(),
  type: z.enum(ORGANIZATION_TYPES).nullish(),
  taxCode: taxCode().nullish(),
  provinceCode: requiredText(64).nullish(),
  address: z.string().trim().max(500).nullish(),
  website: website(),
  description: z.string().trim().max(2000).nullish(),
});

export async function updateOrganization(
  ctx: GraphQLContext,
  input: { organizationId: string } & Record<string, unknown>,
) {
  const org = await getOrganization(ctx, input.organizationId);
  if (!org) throw notFound(ctx.t, 'organization');
  authorize(ctx, organizationPolicy, 'organization:update', org);
  const v = validate(updateInput, input, ctx.t);
  if (!v.ok) return { organization: null, errors: v.errors };
  const perr = provinceError(ctx, v.data.provinceCode);
  if (perr.length) return { organization: null, errors: perr };
  const d = v.data;
  // The search index shows the name on result cards and filters on the type.
  const indexed = (!!d.name && d.name !== org.name) || (!!d.type && d.type !== org.type);
  if (d.name) org.name = d.name;
  if (d.type) org.type = d.type;
  if (d.provinceCode) org.provinceCode = d.provinceCode;
  if (d.address !== undefined && d.address !== null) org.address = d.address;
  if ('website' in (input as object)) org.website = d.website;
  if (d.description !== undefined && d.description !== null) org.description = d.description;
  if (d.taxCode && d.taxCode !== org.taxCode) {
    org.taxCode = d.taxCode;
    // New papers: the department checks them again.
    if (!isBroker(ctx.viewer)) {
      org.verificationStatus = 'UNVERIFIED';
      org.verifiedAt = null;
      org.verifiedBy = null;
    }
  }
  if (!indexed) {
    await ctx.em.flush();
    return { organization: org, errors: [] };
  }
  await inTransaction(ctx.em, async () => {
    // Its published listings are indexed again (the outbox rows commit with the change).
    await ctx.em.execute(
      `insert into search_outbox (listing_id, created_at, attempts, next_attempt_at)
       select id, now(), 0, now() from listings where organization_id = ? and status = 'PUBLISHED'`,
      [org.id],
    );
  });
  ctx.searchSync.kick();
  return { organization: org, errors: [] };
}

const inviteInput = z.object({
  organizationId: uuid(),
  email: email(),
  role: z.enum(MEMBERSHIP_ROLES).nullish(),
});

export async function inviteMember(ctx: GraphQLContext, input: { organizationId: string; email: string }) {
  const org = await getOrganization(ctx, input.organizationId);
  if (!org) throw notFound(ctx.t, 'organization');
  authorize(ctx, organizationPolicy, 'organization:manageMembers', org);
  const v = validate(inviteInput, input, ctx.t);
  if (!v.ok) return { invitation: null, errors: v.errors };
  const { email: address } = v.data;
  const existingMember = await ctx.em.count(Membership, { organization: org.id, user: { email: address } });
  const pending = await ctx.em.count(Invitation, {
    organization: org.id,
    email: address,
    status: 'PENDING',
    expiresAt: { $gt: new Date() },
  });
  if (existingMember || pending)
    return { invitation: null, errors: [fieldError(ctx.t, 'email', 'ALREADY_MEMBER')] };
  const token = newToken();
  const invitation = new Invitation(
    ref(org),
    address,
    v.data.role ?? 'MEMBER',
    tokenHash(ctx.config.sessionSecret, token),
    new Date(Date.now() + ctx.config.INVITATION_TTL_DAYS * 86400_000),
    ref(ctx.viewer.user),
  );
  ctx.em.persist(invitation);
  // The invitee may have no account yet: write in their language if we know it, else the inviter's.
  const invitee = await ctx.em.findOne(User, { email: address });
  const lang = invitee ? langFromEnum(invitee.language) : ctx.lang;
  const t = translator(lang);
  const names = siteNames(ctx, lang);
  const mail = renderEmail({
    t,
    department: names.department,
    recipientName: invitee?.displayName ?? address,
    subject: t('mail.invitation.subject', { organization: org.name }),
    paragraphs: [
      t('mail.invitation.body', {
        ...names,
        inviter: ctx.viewer.user.displayName,
        organization: org.name,
        role: t(`enums.MembershipRole.${invitation.role}`),
        expires: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'long' }).format(
          invitation.expiresAt,
        ),
      }),
    ],
    action: { label: t('mail.invitation.action'), url: `${ctx.publicUrl}/invitation?token=${token}` },
    footnote: t('mail.ignore'),
  });
  await ctx.mailer.send(ctx.em, { to: address, ...mail });
  await ctx.em.flush();
  return { invitation, errors: [] };
}

export async function revokeInvitation(ctx: GraphQLContext, input: { invitationId: string }) {
  const invitation = z.uuid().safeParse(input.invitationId).success
    ? await ctx.em.findOne(Invitation, input.invitationId, { populate: ['organization'] })
    : null;
  if (!invitation) throw notFound(ctx.t, 'invitation');
  authorize(ctx, organizationPolicy, 'organization:manageMembers', invitation.organization.getEntity());
  if (invitation.status !== 'PENDING') {
    return { invitation: null, errors: [fieldError(ctx.t, 'invitationId', 'INVALID_TOKEN')] };
  }
  invitation.status = 'REVOKED';
  invitation.answeredAt = new Date();
  await ctx.em.flush();
  return { invitation, errors: [] };
}

/** Looks an invitation up by its e-mailed token; expired ones read as EXPIRED. */
export async function findInvitationByToken(ctx: GraphQLContext, token: string): Promise<Invitation | null> {
  if (!token || token.length > 200) return null;
  const invitation = await ctx.em.findOne(
    Invitation,
    { tokenHash: tokenHash(ctx.config.sessionSecret, token) },
    { populate: ['organization'] },
  );
  if (invitation && invitation.status === 'PENDING' && invitation.expiresAt <= new Date()) {
    invitation.status = 'EXPIRED';
    await ctx.em.flush();
  }
  return invitation;
}

export async function acceptInvitation(ctx: GraphQLContext, input: { token: string }) {
  authorize(ctx, organizationPolicy, 'invitation:accept', null);
  const v = validate(z.object({ token: requiredText(200) }), input, ctx.t);
  if (!v.ok) return { membership: null, errors: v.errors };
  const invitation = await findInvitationByToken(ctx, v.data.token);
  if (!invitation || invitation.status !== 'PENDING') {
    return { membership: null, errors: [fieldError(ctx.t, 'token', 'INVALID_TOKEN')] };
  }
  const viewer = ctx.viewer;
  if (invitation.email !== viewer.user.email) {
    return {
      membership: null,
      errors: [fieldError(ctx.t, 'token', 'WRONG_RECIPIENT', 'WRONG_RECIPIENT', { email: invitation.email })],
    };
  }
  const existing = await ctx.em.findOne(Membership, {
    organization: invitation.organization.id,
    user: viewer.user.id,
  });
  if (existing) return { membership: null, errors: [fieldError(ctx.t, 'token', 'ALREADY_MEMBER')] };
  const membership = new Membership(ref(viewer.user), invitation.organization, invitation.role);
  invitation.status = 'ACCEPTED';
  invitation.answeredAt = new Date();
  // Following the e-mailed link proves the address.
  viewer.user.emailVerifiedAt ??= new Date();
  viewer.session.activeOrganization = invitation.organization;
  ctx.em.persist(membership);
  await ctx.em.flush();
  viewer.roles.set(invitation.organization.id, invitation.role);
  viewer.activeOrganizationId = invitation.organization.id;
  return { membership, errors: [] };
}

export async function removeMember(ctx: GraphQLContext, input: { membershipId: string }) {
  const membership = z.uuid().safeParse(input.membershipId).success
    ? await ctx.em.findOne(Membership, input.membershipId, { populate: ['organization'] })
    : null;
  if (!membership) throw notFound(ctx.t, 'membership');
  const org = membership.organization.getEntity();
  const viewer = requireViewer(ctx);
  const leavingSelf = membership.user.id === viewer.user.id;
  if (!leavingSelf) authorize(ctx, organizationPolicy, 'organization:manageMembers', org);
  return inTransaction(ctx.em, async () => {
    if (membership.role === 'OWNER') {
      // Lock the organisation's owner rows so two owners cannot both leave at once.
      const owners = await ctx.em
        .getConnection()
        .execute(
          `select id from memberships where organization_id = ? and role = 'OWNER' for update`,
          [org.id],
          'all',
          ctx.em.getTransactionContext(),
        );
      if (owners.length <= 1)
        return { organization: null, errors: [fieldError(ctx.t, 'membershipId', 'LAST_OWNER')] };
    }
    ctx.em.remove(membership);
    await ctx.em.nativeUpdate(
      Session,
      { user: membership.user.id, activeOrganization: org.id },
      { activeOrganization: null },
    );
    if (leavingSelf) viewer.roles.delete(org.id);
    return { organization: org, errors: [] as Errors };
  });
}

export async function switchOrganization(ctx: GraphQLContext, input: { organizationId: string }) {
  const viewer = requireViewer(ctx);
  const org = await getOrganization(ctx, input.organizationId);
  if (!org) throw notFound(ctx.t, 'organization');
  authorize(ctx, organizationPolicy, 'organization:actFor', org);
  viewer.session.activeOrganization = ref(org);
  viewer.activeOrganizationId = org.id;
  await ctx.em.flush();
  return { me: viewer.user, errors: [] };
}

const verifyInput = z.object({
  organizationId: uuid(),
  status: z.enum(VERIFICATION_STATUSES),
  note: optionalText(1000),
});

export async function verifyOrganization(
  ctx: GraphQLContext,
  input: { organizationId: string; status: VerificationStatus },
) {
  const org = await getOrganization(ctx, input.organizationId);
  if (!org) throw notFound(ctx.t, 'organization');
  authorize(ctx, organizationPolicy, 'organization:verify', org);
  const v = validate(verifyInput, input, ctx.t);
  if (!v.ok) return { organization: null, errors: v.errors };
  if (v.data.status === 'REJECTED' && !v.data.note) {
    return { organization: null, errors: [fieldError(ctx.t, 'note', 'REQUIRED', 'NOTE_REQUIRED_ON_REJECT')] };
  }
  org.verificationStatus = v.data.status;
  org.verificationNote = v.data.note;
  org.verifiedAt = new Date();
  org.verifiedBy = ref(ctx.viewer.user);
  // Tell the owners, each in their language.
  const owners = await ctx.em.find(
    Membership,
    { organization: org.id, role: 'OWNER' },
    { populate: ['user'] },
  );
  for (const m of owners) {
    const user = m.user.getEntity();
    const lang = langFromEnum(user.language);
    const t = translator(lang);
    const names = siteNames(ctx, lang);
    const mail = renderEmail({
      t,
      department: names.department,
      recipientName: user.displayName,
      subject: t('mail.verification.subject', { organization: org.name }),
      paragraphs: [
        t(`mail.verification.${v.data.status}`, {
          ...names,
          organization: org.name,
          note: v.data.note ?? '—',
        }),
      ],
      action: { label: org.name, url: `${ctx.publicUrl}/organization` },
    });
    await ctx.mailer.send(ctx.em, { to: user.email, ...mail });
  }
  try {
    await ctx.em.flush();
  } catch (err) {
    if ((err as Error).name === 'OptimisticLockError') throw conflict(ctx.t);
    throw err;
  }
  return { organization: org, errors: [] };
}

export async function listOrganizations(
  ctx: GraphQLContext,
  args: PageArgs & {
    where?: {
      verificationStatus?: VerificationStatus | null;
      type?: OrganizationType | null;
      search?: string | null;
    } | null;
  },
) {
  const size = pageSize(ctx.t, args.first);
  const where: Record<string, unknown> = {};
  if (args.where?.verificationStatus) where.verificationStatus = args.where.verificationStatus;
  if (args.where?.type) where.type = args.where.type;
  const search = args.where?.search?.trim().slice(0, 200);
  if (search) where.name = { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
  const cursor = args.after ? decodeCursor(ctx.t, args.after) : null;
  const [rows, total] = await Promise.all([
    ctx.em.find(Organization, cursor ? { $and: [where, afterKeyset(cursor)] } : where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
    }),
    ctx.em.count(Organization, where),
  ]);
  return toConnection(rows, size, total, !!cursor);
}

export function canViewPrivate(ctx: GraphQLContext, org: Organization) {
  return can(ctx.viewer, organizationPolicy, 'organization:viewPrivate', org);
}
