import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { CREATE, UPDATE, completeContent, owner, sectorId, type Owner } from '../../../../test/kit/listings';
import { Sector } from '../listing/entities';
import { setAuditActor } from './subscriber';

let app: TestApp;
let admin: Actor;
let broker: Actor;
let seller: Owner;

const LOG = /* GraphQL */ `
  query ($first: Int, $after: String, $where: AuditLogWhere) {
    auditLog(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          actorId
          actorName
          action
          entity
          entityId
          changes
          at
        }
      }
    }
  }
`;

interface Entry {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  changes: string;
  at: string;
}

async function log(where: Record<string, unknown>, first = 100): Promise<Entry[]> {
  const data = await admin.client.ok(LOG, { where, first });
  return data.auditLog.edges.map((e: { node: Entry }) => e.node);
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.world.admin({ displayName: 'Quản trị viên Sở' });
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Cơ điện Nông nghiệp', verified: false });
}, 120_000);
afterAll(() => app?.close());

describe('audit log', () => {
  it('records a listing created and edited through the API, by whom and with the new values, newest first', async () => {
    const content = completeContent({ sectorIds: [await sectorId(app)] });
    const created = await seller.client.ok(CREATE, { input: { kind: 'OFFER', content } });
    const listing = created.createListing.listing;
    const updated = await seller.client.ok(UPDATE, {
      input: {
        listingId: listing.id,
        version: listing.version,
        content: { title: 'Máy sấy lúa bản cải tiến' },
      },
    });
    expect(updated.updateListing.errors).toEqual([]);

    const entries = await log({ entity: 'Listing', entityId: listing.id });
    expect(entries.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    for (const e of entries) {
      expect(e.actorId).toBe(seller.user.id);
      expect(e.actorName).toBe(seller.user.displayName);
      expect(e.entityId).toBe(listing.id);
    }
    const [update, create] = entries.map((e) => JSON.parse(e.changes));
    expect(create).toMatchObject({ kind: 'OFFER', status: 'DRAFT', content: { title: content.title } });
    expect(create.organization).toBe(seller.organizationId);
    expect(create.createdBy).toBe(seller.user.id);
    expect(create.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(create).not.toHaveProperty('id');
    expect(update.content.title).toBe('Máy sấy lúa bản cải tiến');
    expect(update).not.toHaveProperty('kind'); // only what changed
    expect(new Date(entries[0]!.at).getTime()).toBeGreaterThanOrEqual(new Date(entries[1]!.at).getTime());

    // The revision written in the same flush is logged too, by the same person.
    const revisions = await log({ entity: 'ListingRevision', actorId: seller.user.id });
    expect(revisions.length).toBeGreaterThanOrEqual(1);
  });

  it('never stores passwords, token hashes or session tokens', async () => {
    const visitor = app.client();
    const email = `nguoi-moi-${Date.now()}@example.vn`;
    const password = 'mat-khau-rat-dai-2026';
    const r = await visitor.ok(
      `mutation ($input: RegisterInput!) { register(input: $input) { user { id } errors { field code } } }`,
      { input: { email, password, displayName: 'Người Mới Đăng Ký' } },
    );
    expect(r.register.errors).toEqual([]);
    const userId = r.register.user.id as string;

    const [created] = await log({ entity: 'User', entityId: userId });
    expect(created?.action).toBe('CREATE');
    const changes = JSON.parse(created!.changes);
    expect(changes).toMatchObject({ email, displayName: 'Người Mới Đăng Ký' });
    expect(changes).not.toHaveProperty('passwordHash');
    expect(created!.changes).not.toMatch(/argon2|password/i);

    const hashes = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ password_hash: string }[]>(`select password_hash from users where id = ?`, [userId]);
    const stored = hashes[0]!.password_hash;
    const sessionIds = (
      await app.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(`select id from sessions where user_id = ?`, [userId])
    ).map((s) => s.id);
    expect(sessionIds.length).toBe(1);
    const tokenHashes = (
      await app.orm.em
        .fork()
        .getConnection()
        .execute<{ token_hash: string }[]>(`select token_hash from user_tokens where user_id = ?`, [userId])
    ).map((t) => t.token_hash);
    expect(tokenHashes.length).toBe(1);

    const sessions = await log({ entity: 'Session' });
    const tokens = await log({ entity: 'UserToken' });
    expect(sessions.length).toBeGreaterThan(0);
    expect(tokens.length).toBeGreaterThan(0);
    const everything = JSON.stringify(await log({}));
    for (const secret of [stored, ...sessionIds, ...tokenHashes, password]) {
      expect(everything).not.toContain(secret);
    }
    for (const e of [...sessions, ...tokens]) {
      expect(Object.keys(JSON.parse(e.changes)).filter((k) => /token|secret|password/i.test(k))).toEqual([]);
    }
    // A session is recognisable by a prefix of its id, never the whole keyed hash.
    expect(sessions.some((s) => s.entityId === `${sessionIds[0]!.slice(0, 12)}…`)).toBe(true);
  });

  it('marks changes made outside a request (jobs, seed, command line) as the system’s', async () => {
    const em = app.orm.em.fork();
    const sector = new Sector(`audit-${Date.now()}`, 'Lĩnh vực thử', 'Test sector', 99);
    em.persist(sector);
    await em.flush();
    const [entry] = await log({ entity: 'Sector', entityId: sector.id });
    expect(entry).toMatchObject({ action: 'CREATE', actorId: null, actorName: null });
    sector.active = false;
    await em.flush();
    em.remove(sector);
    await em.flush();
    const entries = await log({ entity: 'Sector', entityId: sector.id });
    expect(entries.map((e) => [e.action, JSON.parse(e.changes)])).toEqual([
      ['DELETE', {}],
      ['UPDATE', { active: false }],
      ['CREATE', expect.objectContaining({ code: sector.code, labelVi: 'Lĩnh vực thử' })],
    ]);
  });

  it('keeps the actor in forks made from the request’s EntityManager (em.transactional)', async () => {
    const em = app.orm.em.fork();
    setAuditActor(em, broker.user.id);
    const sector = new Sector(`audit-tx-${Date.now()}`, 'Lĩnh vực giao dịch', 'Transactional sector', 98);
    await em.transactional(async (tx) => {
      tx.persist(sector);
    });
    const [entry] = await log({ entity: 'Sector', entityId: sector.id });
    expect(entry).toMatchObject({
      action: 'CREATE',
      actorId: broker.user.id,
      actorName: broker.user.displayName,
    });
  });

  it('pages newest first and filters by actor', async () => {
    const mine = await log({ actorId: seller.user.id });
    expect(mine.length).toBeGreaterThan(2);
    expect(mine.every((e) => e.actorId === seller.user.id)).toBe(true);
    const first = await admin.client.ok(LOG, { where: { actorId: seller.user.id }, first: 2 });
    expect(first.auditLog.totalCount).toBe(mine.length);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await admin.client.ok(LOG, {
      where: { actorId: seller.user.id },
      first: 2,
      after: first.auditLog.pageInfo.endCursor,
    });
    const ids = [...first.auditLog.edges, ...next.auditLog.edges].map((e: { node: Entry }) => e.node.id);
    expect(ids).toEqual(mine.slice(0, 4).map((e) => e.id));
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a));
    const bad = await admin.client.gql(LOG, { where: { actorId: 'not-a-uuid' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actorId' });
    const badCursor = await admin.client.gql(LOG, { after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await admin.client.gql(LOG, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('is for admins only', async () => {
    for (const who of [broker, seller]) {
      const r = await who.client.gql(LOG, {});
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const visitor = await app.client().gql(LOG, {});
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
