import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, type GraphQLObjectType } from 'graphql';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import type { GraphQLResponse, TestClient } from '../kit/client';
import { draft, owner as ownerOf, published, SUBMIT, type Owner } from '../kit/listings';
import { minimalPdf, uploadFile } from '../kit/upload';
import { loadTypeDefs } from '../../api/src/platform/graphql/schema';
import { User } from '../../api/src/modules/account/entities';
import { persistSession, sessionCookieName } from '../../api/src/modules/account/sessions';
import { Listing } from '../../api/src/modules/listing/entities';
import { MatchProposal } from '../../api/src/modules/matching/entities';
import { Membership, Organization } from '../../api/src/modules/organization/entities';
import { NOTIFICATION_KINDS } from '../../api/src/modules/notification/settings';

/**
 * Who may call what. One row per mutation (and per query field that is not public), one column per role:
 *
 *   visitor  – not signed in
 *   other    – a member of another (verified) organisation
 *   owner    – a member (the owner) of the organisation the resource belongs to: the listing's organisation,
 *              the case's requester, the interest's sender (withdraw) or the listing's owner (answer), the
 *              person who saved the search
 *   broker   – department staff
 *   admin    – the department's administrator
 *
 * Each cell is called through the API, in production mode, with valid-looking input. A refused cell must
 * answer UNAUTHENTICATED, FORBIDDEN or NOT_FOUND, or null (a nullable query), or leave the resource out (a
 * list), or — for the few actions a user takes *for* an organisation — NO_ORGANIZATION when the caller acts
 * for none (staff) and OWN_LISTING for interest in one's own listing; an allowed cell must succeed (no
 * error at all, empty payload `errors`). Rows marked `self` have no resource: the caller's own account; they
 * run as a fresh account of the column's kind (other and owner are then both plain members).
 *
 * The world is built once; a cell that is allowed and uses its resource up (publishing, withdrawing,
 * answering…) gets a fresh one, refused cells share the world's.
 */

type Role = 'visitor' | 'other' | 'owner' | 'broker' | 'admin';
const ROLES: Role[] = ['visitor', 'other', 'owner', 'broker', 'admin'];
const ALL: Role[] = ROLES;
const SIGNED_IN: Role[] = ['other', 'owner', 'broker', 'admin'];
const STAFF: Role[] = ['broker', 'admin'];

interface Cell {
  role: Role;
  /** A client for the role: a new session of the world's actor, or a fresh account (`self` rows). */
  c: TestClient;
  /** The fresh account behind `c` in `self` rows. */
  actor: Actor | null;
  /** The cell is expected to be allowed: use a fresh resource if the call uses it up. */
  fresh: boolean;
}

interface Row {
  field: string;
  /** Which use of the field, when one field has several rows. */
  label?: string;
  allow: Role[];
  self?: boolean;
  run: (cell: Cell) => Promise<GraphQLResponse>;
  /** For lists and fields that hide rather than refuse: does the answer show the resource? */
  seen?: (data: any) => boolean;
}

/** Query fields anyone may read, with why (their private parts have rows below). */
const PUBLIC_QUERIES: Record<string, string> = {
  site: 'the exchange’s public facts',
  provinces: 'reference data',
  listing: 'published listings are public (drafts and confidential parts: rows below)',
  listings: 'published listings are public (others’ drafts: row below)',
  search: 'searches published listings only',
  sectors: 'active sectors are public (inactive ones: row below)',
  organization: 'the public profile (private part and invitations: rows below)',
  organizations: 'public profiles',
  invitation: 'read by its e-mailed token, which is the credential',
  publicStatistics: 'published figures',
};

const schema = buildSchema(loadTypeDefs().join('\n'));
const mutationType = schema.getMutationType()!;
const queryType = schema.getQueryType()!;

let app: TestApp;
let broker: Actor;
let admin: Actor;
let owner: Owner;
let other: Owner;
let buyer: Owner;
/** The world's resources, by name. */
const w: Record<string, string> = {};
let seq = 0;
const uid = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A mutation with its one `input` argument, selecting the payload's `errors` when it has them. */
function mutation(field: string, select = ''): string {
  const f = mutationType.getFields()[field];
  if (!f) throw new Error(`no mutation ${field}`);
  const payload = getNamedType(f.type) as GraphQLObjectType;
  const errors = payload.getFields().errors ? 'errors { field code message }' : '';
  return `mutation ($input: ${String(f.args[0].type)}) { ${field}(input: $input) { __typename ${errors} ${select} } }`;
}
const call = (c: TestClient, field: string, input: Record<string, unknown>, select = '') =>
  c.gql(mutation(field, select), { input });

async function ok(c: TestClient, field: string, input: Record<string, unknown>, select = ''): Promise<any> {
  const r = await call(c, field, input, select);
  const payload = r.data?.[field];
  if (r.errors?.length || payload?.errors?.length)
    throw new Error(`${field}: ${JSON.stringify(r.errors ?? payload.errors)}`);
  return payload;
}

/**
 * A session of its own for one of the world's actors, for the matrix (the actor's setup session stays
 * untouched); rows with a resource change nothing about the session, so one per actor serves them all.
 */
const sessions = new Map<Actor, Promise<TestClient>>();
function sessionOf(actor: Actor): Promise<TestClient> {
  if (!sessions.has(actor)) sessions.set(actor, newSession(actor));
  return sessions.get(actor)!;
}
async function newSession(actor: Actor): Promise<TestClient> {
  const em = app.orm.em.fork();
  const token = persistSession(em, app.config, await em.findOneOrFail(User, actor.user.id));
  await em.flush();
  const c = app.client();
  c.cookies.set(sessionCookieName(app.config), token);
  return c;
}

const actorOf = (role: Exclude<Role, 'visitor'>): Actor => ({ other, owner, broker, admin })[role];

async function freshAccount(role: Role, opts: { verified?: boolean } = {}): Promise<Actor | null> {
  if (role === 'visitor') return null;
  const kind = role === 'broker' ? 'BROKER' : role === 'admin' ? 'ADMIN' : 'MEMBER';
  return app.world.user({ role: kind, ...opts });
}

// ---- fresh resources, for allowed cells that use theirs up ----------------------------------------

const fresh = {
  draft: async (who: Owner = owner) => draft(app, who, 'OFFER'),
  submitted: async () => {
    const l = await draft(app, owner, 'OFFER');
    await ok(owner.client, 'submitListing', { listingId: l.id });
    return l.id;
  },
  /** A published offer: from the pool built with the world, or a new one. */
  published: async (who: Owner = owner) =>
    pool.get(who)?.pop() ?? (await published(app, who, broker, 'OFFER')).id,
  case: async (): Promise<{ id: string; version: number }> =>
    (
      await ok(
        owner.client,
        'openCase',
        { title: `Cần máy sấy ${uid()}`, need: 'Sấy lúa vụ Hè Thu cho 300 ha.' },
        'case { id version }',
      )
    ).case,
  closedCase: async () => {
    const c = await fresh.case();
    await ok(broker.client, 'closeCase', { caseId: c.id, version: c.version, outcome: 'NO_DEAL' });
    return c.id;
  },
  complaint: async () =>
    (await ok(owner.client, 'fileComplaint', { caseId: w.case, text: 'Chậm trả lời.' }, 'complaint { id }'))
      .complaint.id as string,
  /** A pending interest from the buyer in a listing of the owner's. */
  interestIn: async () => interest(buyer, await fresh.published(owner)),
  acceptedInterest: async () => {
    const id = await fresh.interestIn();
    await ok(owner.client, 'acceptInterest', { interestId: id });
    return id;
  },
  /** A pending interest from the owner's organisation in a listing of the buyer's. */
  interestOut: async () => interest(owner, await fresh.published(buyer)),
  proposal: async (publishedOffer: boolean) => {
    const offer = publishedOffer ? await fresh.published(buyer) : (await draft(app, buyer, 'OFFER')).id;
    return proposal(w.request, offer);
  },
  invitation: async (email = `moi-${uid()}@example.vn`) =>
    (
      await ok(
        owner.client,
        'inviteMember',
        { organizationId: owner.organizationId, email },
        'invitation { id }',
      )
    ).invitation.id as string,
  membership: async () => membership((await app.world.member()).user.id, owner.organizationId),
  savedSearch: async () =>
    (await ok(owner.client, 'saveSearch', { name: `Tìm ${uid()}`, query: 'máy sấy' }, 'savedSearch { id }'))
      .savedSearch.id as string,
  synonym: async () =>
    (
      await ok(
        broker.client,
        'saveSearchSynonym',
        { terms: [`tb${uid()}a`, `tb${uid()}b`] },
        'synonym { id }',
      )
    ).synonym.id as string,
};

async function interest(from: Owner, listingId: string): Promise<string> {
  const r = await ok(
    from.client,
    'expressInterest',
    {
      listingId,
      whoWeAre: 'Doanh nghiệp xay xát ở Thạch Hà.',
      intendedUse: 'Lắp máy sấy cho vụ Hè Thu.',
      timeline: 'WITHIN_6_MONTHS',
    },
    'interest { id }',
  );
  return r.interest.id;
}

async function proposal(requestId: string, offerId: string): Promise<string> {
  const em = app.orm.em.fork();
  const p = new MatchProposal(
    em.getReference(Listing, requestId, { wrapped: true }),
    em.getReference(Listing, offerId, { wrapped: true }),
    50,
    [{ criterion: 'SECTOR', vi: 'Cùng lĩnh vực', en: 'Same sector', points: 50 }],
  );
  await em.persist(p).flush();
  return p.id;
}

async function membership(userId: string, organizationId: string): Promise<string> {
  const em = app.orm.em.fork();
  const m = new Membership(
    em.getReference(User, userId, { wrapped: true }),
    em.getReference(Organization, organizationId, { wrapped: true }),
    'MEMBER',
  );
  await em.persist(m).flush();
  return m.id;
}

/** Published offers made ahead, in parallel with the world, for the allowed cells that need fresh ones. */
const pool = new Map<Owner, string[]>();

const has = (list: { id: string }[] | undefined, id: string) => !!list?.some((x) => x.id === id);
const nodes = (conn: any) => (conn?.edges ?? []).map((e: any) => e.node);

// ---- the matrix ---------------------------------------------------------------------------------------

const ROWS: Row[] = [
  // Queries that are not public.
  { field: 'me', allow: SIGNED_IN, self: true, run: ({ c }) => c.gql('{ me { id } }') },
  { field: 'users', allow: ['admin'], run: ({ c }) => c.gql('{ users(first: 5) { totalCount } }') },
  {
    field: 'case',
    allow: ['owner', ...STAFF],
    run: ({ c }) => c.gql('query ($id: ID!) { case(id: $id) { id } }', { id: w.case }),
  },
  {
    field: 'cases',
    allow: ['owner', ...STAFF],
    run: ({ c }) => c.gql('{ cases(first: 100) { edges { node { id } } } }'),
    seen: (d) => has(nodes(d.cases), w.case),
  },
  { field: 'brokers', allow: STAFF, run: ({ c }) => c.gql('{ brokers { id } }') },
  {
    field: 'interest',
    allow: ['owner', ...STAFF],
    run: ({ c }) => c.gql('query ($id: ID!) { interest(id: $id) { id } }', { id: w.interestIn }),
  },
  {
    field: 'interests',
    label: 'interests (received by the owner)',
    allow: ['owner'],
    run: ({ c }) => c.gql('{ interests(direction: RECEIVED, first: 100) { edges { node { id } } } }'),
    seen: (d) => has(nodes(d.interests), w.interestIn),
  },
  {
    field: 'interests',
    label: 'interests (ALL: the brokers’ view)',
    allow: STAFF,
    run: ({ c }) => c.gql('{ interests(direction: ALL, first: 100) { edges { node { id } } } }'),
    seen: (d) => has(nodes(d.interests), w.interestIn),
  },
  {
    field: 'listingQuality',
    allow: ['owner', ...STAFF],
    run: ({ c }) => c.gql('query ($id: ID!) { listingQuality(listingId: $id) { views } }', { id: w.listing }),
  },
  {
    field: 'listing',
    label: 'listing (a draft)',
    allow: ['owner', ...STAFF],
    run: ({ c }) => c.gql('query ($id: ID!) { listing(id: $id) { id } }', { id: w.draft }),
  },
  {
    field: 'listing',
    label: 'listing (confidential part and contact of a published one)',
    allow: ['owner', ...STAFF],
    run: ({ c }) =>
      c.gql('query ($id: ID!) { listing(id: $id) { contact { email } content { confidentialDetail } } }', {
        id: w.listing,
      }),
    seen: (d) => d.listing?.content.confidentialDetail != null && d.listing?.contact != null,
  },
  {
    field: 'listings',
    label: 'listings (the owner’s drafts)',
    allow: ['owner', ...STAFF],
    run: ({ c }) =>
      c.gql(
        'query ($org: ID!) { listings(first: 100, where: { organizationId: $org, status: [DRAFT] }) { edges { node { id } } } }',
        { org: owner.organizationId },
      ),
    seen: (d) => has(nodes(d.listings), w.draft),
  },
  {
    field: 'reviewQueue',
    allow: STAFF,
    run: ({ c }) => c.gql('{ reviewQueue(first: 100) { edges { node { id } } } }'),
  },
  { field: 'devMailbox', allow: ['admin'], run: ({ c }) => c.gql('{ devMailbox(first: 1) { totalCount } }') },
  {
    field: 'matchProposals',
    allow: STAFF,
    run: ({ c }) =>
      c.gql('query ($id: ID) { matchProposals(listingId: $id, first: 100) { id } }', { id: w.request }),
    seen: (d) => has(d.matchProposals, w.proposal),
  },
  {
    field: 'notifications',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) => c.gql('{ notifications(first: 5) { totalCount } }'),
  },
  {
    field: 'unreadNotificationCount',
    label: 'unreadNotificationCount (one’s own; a visitor gets 0)',
    allow: ALL,
    self: true,
    run: ({ c }) => c.gql('{ unreadNotificationCount }'),
  },
  {
    field: 'notificationSettings',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) => c.gql('{ notificationSettings { kind email } }'),
  },
  {
    field: 'organization',
    label: 'organization (private part: tax code, address, members)',
    allow: ['owner', ...STAFF],
    run: ({ c }) =>
      c.gql('query ($id: ID!) { organization(id: $id) { taxCode address members { id } } }', {
        id: owner.organizationId,
      }),
    seen: (d) => d.organization?.taxCode != null && d.organization.members.length > 0,
  },
  {
    field: 'organization',
    label: 'organization (pending invitations)',
    allow: ['owner', ...STAFF],
    run: ({ c }) =>
      c.gql('query ($id: ID!) { organization(id: $id) { invitations { id } } }', {
        id: owner.organizationId,
      }),
    seen: (d) => has(d.organization?.invitations, w.invitation),
  },
  {
    field: 'statisticsRecords',
    allow: STAFF,
    run: ({ c }) => c.gql('{ statisticsRecords(metric: OFFERS_PUBLISHED) { __typename } }'),
  },
  { field: 'brokerDashboard', allow: STAFF, run: ({ c }) => c.gql('{ brokerDashboard { __typename } }') },
  {
    field: 'periodReport',
    allow: STAFF,
    run: ({ c }) => c.gql(`{ periodReport(period: "${new Date().getFullYear()}") { __typename } }`),
  },
  { field: 'auditLog', allow: ['admin'], run: ({ c }) => c.gql('{ auditLog(first: 1) { totalCount } }') },
  {
    field: 'savedSearches',
    allow: ['owner'],
    run: ({ c }) => c.gql('{ savedSearches { id } }'),
    seen: (d) => has(d.savedSearches, w.savedSearch),
  },
  { field: 'searchSynonyms', allow: STAFF, run: ({ c }) => c.gql('{ searchSynonyms { id } }') },
  {
    field: 'sectors',
    label: 'sectors (inactive ones)',
    allow: ['admin'],
    run: ({ c }) => c.gql('{ sectors(includeInactive: true) { id } }'),
    seen: (d) => has(d.sectors, w.inactiveSector),
  },

  // Accounts.
  { field: 'ping', allow: ALL, run: ({ c }) => c.gql('mutation { ping }') },
  {
    field: 'register',
    allow: ALL,
    self: true,
    run: ({ c }) =>
      call(c, 'register', {
        email: `dang-ky-${uid()}@example.vn`,
        password: 'mat-khau-dang-ky-2026',
        displayName: 'Người mới',
      }),
  },
  {
    field: 'verifyEmail',
    allow: ALL,
    self: true,
    run: async ({ c }) => {
      const email = `xac-minh-${uid()}@example.vn`;
      await ok(app.client(), 'register', { email, password: 'mat-khau-dang-ky-2026', displayName: 'Ai đó' });
      return call(c, 'verifyEmail', { token: await app.tokenFromMail(email, '/verify-email') });
    },
  },
  {
    field: 'resendVerificationEmail',
    allow: SIGNED_IN,
    self: true,
    run: async ({ role }) => {
      const unverified = await freshAccount(role, { verified: false });
      return call(unverified?.client ?? app.client(), 'resendVerificationEmail', {});
    },
  },
  {
    field: 'signIn',
    allow: ALL,
    self: true,
    run: async ({ c }) => {
      const someone = await app.world.member();
      return call(c, 'signIn', { email: someone.user.email, password: someone.password });
    },
  },
  {
    field: 'signOut',
    label: 'signOut (a visitor’s is a no-op)',
    allow: ALL,
    self: true,
    run: ({ c }) => call(c, 'signOut', {}),
  },
  {
    field: 'requestPasswordReset',
    allow: ALL,
    self: true,
    run: ({ c }) => call(c, 'requestPasswordReset', { email: `quen-${uid()}@example.vn` }),
  },
  {
    field: 'resetPassword',
    allow: ALL,
    self: true,
    run: async ({ c }) => {
      const someone = await app.world.member();
      await ok(app.client(), 'requestPasswordReset', { email: someone.user.email });
      const token = await app.tokenFromMail(someone.user.email, '/reset-password');
      return call(c, 'resetPassword', { token, newPassword: 'mat-khau-moi-2026-dai' });
    },
  },
  {
    field: 'changePassword',
    allow: SIGNED_IN,
    self: true,
    run: ({ c, actor }) =>
      call(c, 'changePassword', {
        currentPassword: actor?.password ?? 'mat-khau-an-toan-123',
        newPassword: 'mat-khau-moi-2026-dai',
      }),
  },
  {
    field: 'updateProfile',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) => call(c, 'updateProfile', { displayName: 'Tên đã đổi' }),
  },
  {
    field: 'setUserRole',
    allow: ['admin'],
    run: ({ c }) => call(c, 'setUserRole', { userId: w.memberUser, role: 'MEMBER' }),
  },

  // Brokering: cases and complaints.
  {
    field: 'openCase',
    label: 'openCase (for the organisation one acts for)',
    allow: ['other', 'owner'],
    run: ({ c }) => call(c, 'openCase', { title: 'Cần công nghệ sấy', need: 'Sấy 10 tấn mỗi mẻ.' }),
  },
  {
    field: 'openCaseFromInterest',
    allow: STAFF,
    run: async ({ c, fresh: f }) =>
      call(c, 'openCaseFromInterest', { interestId: f ? await fresh.acceptedInterest() : w.interestIn }),
  },
  {
    field: 'assignCase',
    allow: STAFF,
    run: ({ c }) => call(c, 'assignCase', { caseId: w.case, brokerId: broker.user.id }),
  },
  {
    field: 'moveCase',
    allow: STAFF,
    run: async ({ c, fresh: f }) => {
      const k = f ? await fresh.case() : { id: w.case, version: 1 };
      return call(c, 'moveCase', { caseId: k.id, version: k.version, stage: 'SCREENING' });
    },
  },
  {
    field: 'closeCase',
    label: 'closeCase (deal or no deal)',
    allow: STAFF,
    run: async ({ c, fresh: f }) => {
      const k = f ? await fresh.case() : { id: w.case, version: 1 };
      return call(c, 'closeCase', { caseId: k.id, version: k.version, outcome: 'NO_DEAL' });
    },
  },
  {
    field: 'closeCase',
    label: 'closeCase (withdrawn by the requester)',
    allow: ['owner', ...STAFF],
    run: async ({ c, fresh: f }) => {
      const k = f ? await fresh.case() : { id: w.case, version: 1 };
      return call(c, 'closeCase', { caseId: k.id, version: k.version, outcome: 'WITHDRAWN' });
    },
  },
  {
    field: 'addCaseMessage',
    allow: ['owner', ...STAFF],
    run: ({ c }) => call(c, 'addCaseMessage', { caseId: w.case, text: 'Xin cập nhật tiến độ.' }),
  },
  {
    field: 'addCaseMessage',
    label: 'addCaseMessage (internal note)',
    allow: STAFF,
    run: ({ c }) => call(c, 'addCaseMessage', { caseId: w.case, text: 'Ghi chú nội bộ.', internal: true }),
  },
  {
    field: 'addCaseDocument',
    allow: ['owner', ...STAFF],
    run: ({ c }) => call(c, 'addCaseDocument', { caseId: w.case, attachmentId: w.document, type: 'NDA' }),
  },
  {
    field: 'addCaseMeeting',
    allow: STAFF,
    run: ({ c }) =>
      call(c, 'addCaseMeeting', {
        caseId: w.case,
        at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        place: 'Sở KH&CN',
      }),
  },
  {
    field: 'rateCase',
    allow: ['owner'],
    run: async ({ c, fresh: f }) =>
      call(c, 'rateCase', { caseId: f ? await fresh.closedCase() : w.closedCase, rating: 5 }),
  },
  {
    field: 'fileComplaint',
    label: 'fileComplaint (about the owner’s case)',
    allow: ['owner'],
    run: ({ c }) => call(c, 'fileComplaint', { caseId: w.case, text: 'Hồ sơ xử lý chậm.' }),
  },
  {
    field: 'answerComplaint',
    allow: STAFF,
    run: async ({ c, fresh: f }) =>
      call(c, 'answerComplaint', {
        complaintId: f ? await fresh.complaint() : w.complaint,
        answer: 'Sở đã đôn đốc.',
      }),
  },

  // Brokering: interests.
  {
    field: 'expressInterest',
    label: 'expressInterest (in the owner’s listing)',
    allow: ['other'],
    run: async ({ c, fresh: f }) =>
      call(c, 'expressInterest', {
        listingId: f ? await fresh.published(owner) : w.listing,
        whoWeAre: 'Công ty chế biến nông sản.',
        intendedUse: 'Sấy lúa.',
        timeline: 'WITHIN_6_MONTHS',
      }),
  },
  {
    field: 'acceptInterest',
    allow: ['owner'],
    run: async ({ c, fresh: f }) =>
      call(c, 'acceptInterest', { interestId: f ? await fresh.interestIn() : w.interestIn }),
  },
  {
    field: 'declineInterest',
    allow: ['owner'],
    run: async ({ c, fresh: f }) =>
      call(c, 'declineInterest', {
        interestId: f ? await fresh.interestIn() : w.interestIn,
        reason: 'TOO_EARLY',
      }),
  },
  {
    field: 'withdrawInterest',
    allow: ['owner'],
    run: async ({ c, fresh: f }) =>
      call(c, 'withdrawInterest', { interestId: f ? await fresh.interestOut() : w.interestOut }),
  },

  // Listings.
  {
    field: 'createListing',
    label: 'createListing (for the organisation one acts for)',
    allow: ['other', 'owner'],
    run: ({ c }) => call(c, 'createListing', { kind: 'OFFER', content: { title: 'Máy sấy lúa' } }),
  },
  {
    field: 'updateListing',
    allow: ['owner'],
    run: async ({ c, fresh: f }) => {
      const l = f ? await fresh.draft() : { id: w.draft, version: 1 };
      return call(c, 'updateListing', { listingId: l.id, version: l.version, content: { title: 'Tên mới' } });
    },
  },
  {
    field: 'submitListing',
    allow: ['owner'],
    run: async ({ c, fresh: f }) =>
      call(c, 'submitListing', { listingId: f ? (await fresh.draft()).id : w.draft }),
  },
  ...(['publishListing', 'requestListingChanges', 'rejectListing'] as const).map((field): Row => ({
    field,
    allow: STAFF,
    run: async ({ c, fresh: f }) =>
      call(c, field, { listingId: f ? await fresh.submitted() : w.submitted, reason: 'Đã xem xét kỹ.' }),
  })),
  {
    field: 'withdrawListing',
    allow: ['owner', ...STAFF],
    run: async ({ c, fresh: f }) =>
      call(c, 'withdrawListing', { listingId: f ? (await fresh.draft()).id : w.draft }),
  },
  {
    field: 'markListingFulfilled',
    allow: ['owner', ...STAFF],
    run: async ({ c, fresh: f }) =>
      call(c, 'markListingFulfilled', { listingId: f ? await fresh.published() : w.listing }),
  },
  {
    field: 'renewListing',
    allow: ['owner'],
    run: ({ c }) => call(c, 'renewListing', { listingId: w.listing }),
  },
  {
    field: 'verifyIpRecord',
    allow: STAFF,
    run: ({ c }) =>
      call(c, 'verifyIpRecord', { listingId: w.listing, ipRecordId: w.ipRecord, verified: true }),
  },
  {
    field: 'createSector',
    allow: ['admin'],
    run: ({ c }) =>
      call(c, 'createSector', { code: `linh-vuc-${uid()}`, labelVi: 'Lĩnh vực thử', labelEn: 'Test sector' }),
  },
  {
    field: 'updateSector',
    allow: ['admin'],
    run: ({ c }) => call(c, 'updateSector', { sectorId: w.inactiveSector, labelEn: 'Retired sector' }),
  },

  // Matching.
  {
    field: 'dismissMatch',
    allow: STAFF,
    run: async ({ c, fresh: f }) =>
      call(c, 'dismissMatch', {
        proposalId: f ? await fresh.proposal(false) : w.proposal,
        reason: 'Không hợp.',
      }),
  },
  {
    field: 'introduceMatch',
    allow: STAFF,
    run: async ({ c, fresh: f }) =>
      call(c, 'introduceMatch', { proposalId: f ? await fresh.proposal(true) : w.proposal }),
  },

  // Notifications.
  {
    field: 'markNotificationsRead',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) => call(c, 'markNotificationsRead', { all: true }, 'unreadCount'),
  },
  {
    field: 'updateNotificationSettings',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) =>
      call(c, 'updateNotificationSettings', { settings: [{ kind: NOTIFICATION_KINDS[0], email: false }] }),
  },

  // Organisations.
  {
    field: 'createOrganization',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) =>
      call(c, 'createOrganization', {
        name: `Công ty Mới ${uid()}`,
        type: 'BUSINESS',
        taxCode: '3001234567',
        provinceCode: 'ha-tinh',
      }),
  },
  {
    field: 'updateOrganization',
    allow: ['owner', ...STAFF],
    run: ({ c }) =>
      call(c, 'updateOrganization', {
        organizationId: owner.organizationId,
        description: 'Viện nghiên cứu.',
      }),
  },
  {
    field: 'inviteMember',
    allow: ['owner', 'admin'],
    run: ({ c }) =>
      call(c, 'inviteMember', { organizationId: owner.organizationId, email: `moi-${uid()}@example.vn` }),
  },
  {
    field: 'revokeInvitation',
    allow: ['owner', 'admin'],
    run: async ({ c, fresh: f }) =>
      call(c, 'revokeInvitation', { invitationId: f ? await fresh.invitation() : w.invitation }),
  },
  {
    field: 'acceptInvitation',
    label: 'acceptInvitation (addressed to the caller)',
    allow: SIGNED_IN,
    self: true,
    run: async ({ c, actor }) => {
      if (!actor) return call(c, 'acceptInvitation', { token: 'x'.repeat(43) });
      await fresh.invitation(actor.user.email);
      return call(c, 'acceptInvitation', { token: await app.tokenFromMail(actor.user.email, '/invitation') });
    },
  },
  {
    field: 'removeMember',
    allow: ['owner', 'admin'],
    run: async ({ c, fresh: f }) =>
      call(c, 'removeMember', { membershipId: f ? await fresh.membership() : w.membership }),
  },
  {
    field: 'switchOrganization',
    allow: ['owner'],
    run: ({ c }) => call(c, 'switchOrganization', { organizationId: owner.organizationId }),
  },
  {
    field: 'verifyOrganization',
    allow: STAFF,
    run: ({ c }) =>
      call(c, 'verifyOrganization', { organizationId: owner.organizationId, status: 'VERIFIED' }),
  },

  // Saved searches and synonyms.
  {
    field: 'saveSearch',
    allow: SIGNED_IN,
    self: true,
    run: ({ c }) => call(c, 'saveSearch', { name: 'Máy sấy', query: 'máy sấy' }),
  },
  {
    field: 'updateSavedSearch',
    allow: ['owner'],
    run: ({ c }) => call(c, 'updateSavedSearch', { id: w.savedSearch, alerts: true }),
  },
  {
    field: 'deleteSavedSearch',
    allow: ['owner'],
    run: async ({ c, fresh: f }) =>
      call(c, 'deleteSavedSearch', { id: f ? await fresh.savedSearch() : w.savedSearch }),
  },
  {
    field: 'saveSearchSynonym',
    allow: STAFF,
    run: ({ c }) => call(c, 'saveSearchSynonym', { terms: [`tb${uid()}x`, `tb${uid()}y`] }),
  },
  {
    field: 'deleteSearchSynonym',
    allow: STAFF,
    run: async ({ c, fresh: f }) =>
      call(c, 'deleteSearchSynonym', { id: f ? await fresh.synonym() : w.synonym }),
  },
];

// ---- running a cell ----------------------------------------------------------------------------------

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
/** Payload errors that refuse an action taken for an organisation (see the header). */
const REFUSAL_PAYLOAD_CODES = new Set(['NO_ORGANIZATION', 'OWN_LISTING']);

/** 'allowed', 'refused', or what went wrong instead. */
function outcome(row: Row, r: GraphQLResponse): string {
  if (r.errors?.length) {
    const code = String(r.errors[0].extensions?.code);
    return REFUSAL_CODES.has(code) ? 'refused' : `error ${code}: ${r.errors[0].message}`;
  }
  const data = r.data?.[row.field];
  if (data === null || data === undefined) return 'refused';
  if (row.seen) return row.seen(r.data) ? 'allowed' : 'refused';
  const errors = (data as { errors?: { code: string; message: string }[] }).errors;
  if (errors?.length) {
    // createListing names the missing organisation by message (code INVALID, no field).
    const noOrganization = /tổ chức mà mình đại diện|create or join an organisation/i.test(errors[0].message);
    return REFUSAL_PAYLOAD_CODES.has(errors[0].code) || noOrganization
      ? 'refused'
      : `payload error ${errors[0].code}: ${errors[0].message}`;
  }
  return 'allowed';
}

async function runCell(row: Row, role: Role): Promise<string> {
  const expected = row.allow.includes(role);
  let c: TestClient;
  let actor: Actor | null = null;
  if (row.self) {
    actor = await freshAccount(role);
    c = actor?.client ?? app.client();
  } else {
    c = role === 'visitor' ? app.client() : await sessionOf(actorOf(role));
  }
  return outcome(row, await row.run({ role, c, actor, fresh: expected }));
}

// ---- the world -----------------------------------------------------------------------------------

beforeAll(async () => {
  app = await startTestApp({ env: { NODE_ENV: 'production', SESSION_SECRET: 'm'.repeat(40) } });
  [broker, admin] = await Promise.all([app.world.broker(), app.world.admin()]);
  [owner, other, buyer] = await Promise.all([
    ownerOf(app, broker, { name: 'Viện Công nghệ Chủ sở hữu' }),
    ownerOf(app, broker, { name: 'Công ty Người ngoài' }),
    ownerOf(app, broker, { name: 'Công ty Bên mua' }),
  ]);
  const publishMany = (who: Owner, n: number) =>
    Promise.all(Array.from({ length: n }, async () => (await published(app, who, broker)).id));
  const ip = { type: 'PATENT', status: 'GRANTED', number: '1-0012345', territory: 'VN' };
  // Independent parts of the world, built side by side.
  await Promise.all([
    (async () => {
      w.listing = (await published(app, owner, broker, 'OFFER', { ipRecords: [ip] })).id;
      const l = await owner.client.ok(
        'query ($id: ID!) { listing(id: $id) { content { ipRecords { id } } } }',
        { id: w.listing },
      );
      w.ipRecord = l.listing.content.ipRecords[0].id;
      // The buyer's interest in it, accepted (so that a broker may open a case from it).
      w.interestIn = await interest(buyer, w.listing);
      await ok(owner.client, 'acceptInterest', { interestId: w.interestIn });
    })(),
    (async () => {
      w.draft = (await draft(app, owner, 'OFFER')).id;
    })(),
    (async () => {
      w.submitted = (await draft(app, owner, 'OFFER')).id;
      await owner.client.ok(SUBMIT, { id: w.submitted });
    })(),
    (async () => {
      [w.request, w.buyerListing] = await Promise.all([
        published(app, owner, broker, 'REQUEST').then((l) => l.id),
        published(app, buyer, broker, 'OFFER').then((l) => l.id),
      ]);
      w.proposal = await proposal(w.request, w.buyerListing);
      w.interestOut = await interest(owner, w.buyerListing);
    })(),
    (async () => {
      w.case = (await fresh.case()).id;
      w.complaint = await fresh.complaint();
      w.closedCase = await fresh.closedCase();
    })(),
    (async () => {
      w.savedSearch = await fresh.savedSearch();
      w.invitation = await fresh.invitation();
      w.document = (await uploadFile(owner, { fileName: 'nda.pdf', bytes: minimalPdf('NDA') })).id;
    })(),
    (async () => {
      const helper = await app.world.member();
      w.memberUser = helper.user.id;
      w.membership = await membership(helper.user.id, owner.organizationId);
    })(),
    (async () => {
      const sector = await ok(
        admin.client,
        'createSector',
        { code: `ngung-${uid()}`, labelVi: 'Lĩnh vực ngừng', labelEn: 'Retired sector' },
        'sector { id }',
      );
      w.inactiveSector = sector.sector.id;
      await ok(admin.client, 'updateSector', { sectorId: w.inactiveSector, active: false });
      w.synonym = await fresh.synonym();
    })(),
    publishMany(owner, 8).then((ids) => pool.set(owner, ids)),
    publishMany(buyer, 3).then((ids) => pool.set(buyer, ids)),
  ]);
  await app.mailQueue.flushAll();
}, 120_000);
afterAll(() => app?.close());

describe('authorization matrix (columns: visitor other owner broker admin)', () => {
  it('has a row for every mutation and every query field that is not public', () => {
    const covered = new Set(ROWS.map((r) => r.field));
    const missingMutations = Object.keys(mutationType.getFields()).filter((f) => !covered.has(f));
    const missingQueries = Object.keys(queryType.getFields()).filter(
      (f) => !covered.has(f) && !(f in PUBLIC_QUERIES),
    );
    expect(missingMutations, 'mutations without a row in the authorization matrix').toEqual([]);
    expect(missingQueries, 'query fields neither public nor in the matrix').toEqual([]);
    for (const r of ROWS)
      expect(r.field in mutationType.getFields() || r.field in queryType.getFields()).toBe(true);
  });

  const mark = (allow: Role[]) => ROLES.map((r) => (allow.includes(r) ? '✓' : '·')).join(' ');
  for (const row of ROWS) {
    it(`${(row.label ?? row.field).padEnd(50)} ${mark(row.allow)}`, async () => {
      const got: Record<string, string> = {};
      for (const role of ROLES) got[role] = await runCell(row, role);
      const want = Object.fromEntries(ROLES.map((r) => [r, row.allow.includes(r) ? 'allowed' : 'refused']));
      expect(got).toEqual(want);
    });
  }
});
