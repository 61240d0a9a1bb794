/**
 * Bulk loading of the benchmark's exchange: organisations with their owners, published listings with one
 * search-outbox row each (multi-row INSERT … SELECT FROM unnest(), a few thousand rows per statement,
 * listing and outbox rows in one statement), and the few records the scenarios need made the product's
 * way (users with `createUser`, sessions with `persistSession`, interests and cases as entities).
 */
import type pg from 'pg';
import type { Config } from '../../api/src/platform/config';
import type { Orm } from '../../api/src/platform/database/orm';
import { createUser } from '../../api/src/modules/account/service';
import { User } from '../../api/src/modules/account/entities';
import { persistSession } from '../../api/src/modules/account/sessions';
import { Membership, Organization } from '../../api/src/modules/organization/entities';
import { Listing, Sector } from '../../api/src/modules/listing/entities';
import { searchTextOf } from '../../api/src/modules/listing/content';
import { addMonths } from '../../api/src/modules/listing/service';
import {
  BrokeringCase,
  INTEREST_TIMELINES,
  Interest,
  CASE_STAGES,
} from '../../api/src/modules/brokering/entities';
import {
  generateOrganizations,
  ListingGenerator,
  Rng,
  type GeneratedListing,
  type GeneratedOrganization,
} from './generate';

const BATCH = 2000;

/** The product's EntityManager type, without depending on MikroORM from here. */
type EntityManager = Parameters<typeof createUser>[0];
const PASSWORD = 'bench-techbridge-2026';

export interface Person {
  userId: string;
  email: string;
  /** Session cookie value. */
  token: string;
}

export interface World {
  organizations: number;
  listings: number;
  /** Published listings the detail scenario reads, spread over the whole set. */
  detailSlugs: string[];
  member: Person & { organizationId: string };
  broker: Person;
  /** Submitted listings the freshness scenario publishes. */
  submitted: { id: string; kind: string }[];
  timings: { generateAndInsertMs: number };
}

async function insertOrganizations(pool: pg.Pool, orgs: GeneratedOrganization[], passwordHash: string) {
  const now = new Date();
  const rng = new Rng(99);
  await pool.query(
    `insert into users (id, created_at, updated_at, email, password_hash, display_name, role, language,
                        email_verified_at, version)
     select id, $2::timestamptz, $2::timestamptz, email, $3, name, 'MEMBER', 'VI', $2::timestamptz, 1
       from unnest($1::uuid[], $4::text[], $5::text[]) as u(id, email, name)`,
    [
      orgs.map((o) => o.ownerId),
      now,
      passwordHash,
      orgs.map((o) => o.contactEmail),
      orgs.map((o) => o.contactName),
    ],
  );
  await pool.query(
    `insert into organizations (id, created_at, updated_at, name, type, tax_code, province_code, address,
                                description, verification_status, verified_at, verification_note, version)
     select id, $2::timestamptz, $2::timestamptz, name, type, tax, province, address, description, status,
            case when status = 'VERIFIED' then $2::timestamptz end,
            case when status = 'VERIFIED' then 'Đã đối chiếu mã số thuế.' end, 1
       from unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         as o(id, name, type, tax, province, address, description, status)`,
    [
      orgs.map((o) => o.id),
      now,
      orgs.map((o) => o.name),
      orgs.map((o) => o.type),
      orgs.map((o) => o.taxCode),
      orgs.map((o) => o.provinceCode),
      orgs.map((o) => o.address),
      orgs.map((o) => o.description),
      orgs.map((o) => (o.verified ? 'VERIFIED' : 'UNVERIFIED')),
    ],
  );
  await pool.query(
    `insert into memberships (id, created_at, updated_at, user_id, organization_id, role)
     select id, $2::timestamptz, $2::timestamptz, user_id, org_id, 'OWNER' from unnest($1::uuid[], $3::uuid[], $4::uuid[]) as m(id, user_id, org_id)`,
    [orgs.map(() => rng.uuid()), now, orgs.map((o) => o.ownerId), orgs.map((o) => o.id)],
  );
}

/** Inserts listings; published ones get an outbox row in the same statement (hence the same transaction). */
function insertListings(
  pool: pg.Pool,
  rows: GeneratedListing[],
  status: 'PUBLISHED' | 'SUBMITTED',
  expiryMonths: number,
) {
  const published = status === 'PUBLISHED';
  const cols = [
    rows.map((l) => l.id),
    rows.map((l) => l.createdAt),
    rows.map((l) => (published ? l.lastConfirmedAt : l.createdAt)),
    rows.map((l) => l.kind),
    rows.map((l) => l.slug),
    rows.map((l) => l.organization.id),
    rows.map((l) => l.organization.ownerId),
    rows.map((l) => JSON.stringify(l.content)),
    rows.map((l) => new Date(l.publishedAt.getTime() - 86_400_000 / 2)),
    rows.map((l) => (published ? l.publishedAt : null)),
    rows.map((l) => (published ? addMonths(l.publishedAt, expiryMonths) : null)),
    rows.map((l) => (published ? l.lastConfirmedAt : null)),
    rows.map((l) => (published ? searchTextOf(l.content) : '')),
  ];
  const insert = `insert into listings (id, created_at, updated_at, kind, status, slug, organization_id,
                                       created_by_id, content, submitted_at, published_at, expires_at,
                                       last_confirmed_at, search_text, version)
    select id, created_at, updated_at, kind, '${status}', slug, org, owner, content, submitted, published,
           expires, confirmed, search_text, 1
      from unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::text[], $6::uuid[],
                  $7::uuid[], $8::jsonb[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[],
                  $12::timestamptz[], $13::text[])
        as l(id, created_at, updated_at, kind, slug, org, owner, content, submitted, published, expires,
             confirmed, search_text)`;
  const sql = published
    ? `with l as (${insert} returning id)
       insert into search_outbox (listing_id, created_at, attempts, next_attempt_at)
       select id, clock_timestamp(), 0, now() from l`
    : insert;
  return pool.query(sql, cols);
}

async function makeMember(
  em: EntityManager,
  config: Config,
  email: string,
  displayName: string,
  role: 'MEMBER' | 'BROKER',
  organizationId: string | null,
): Promise<Person> {
  const user = await createUser(em, { email, password: PASSWORD, displayName, role });
  if (organizationId)
    em.persist(
      new Membership(
        em.getReference(User, user.id, { wrapped: true }),
        em.getReference(Organization, organizationId, { wrapped: true }),
        'MEMBER',
      ),
    );
  const token = persistSession(em, config, user);
  await em.flush();
  return { userId: user.id, email, token };
}

/** A member's working set for the dashboard: interests sent and received, and cases. */
async function dashboardRecords(
  em: EntityManager,
  member: Person & { organizationId: string },
  own: GeneratedListing[],
  others: GeneratedListing[],
) {
  const rng = new Rng(7);
  const me = em.getReference(User, member.userId, { wrapped: true });
  const myOrg = em.getReference(Organization, member.organizationId, { wrapped: true });
  const listing = (id: string) => em.getReference(Listing, id, { wrapped: true });
  for (const l of others.slice(0, 15)) {
    em.persist(
      new Interest(
        listing(l.id),
        myOrg,
        me,
        'Doanh nghiệp sản xuất tại Hà Tĩnh, 120 lao động.',
        'Ứng dụng vào dây chuyền hiện có trong năm nay.',
        rng.pick(INTEREST_TIMELINES),
      ),
    );
  }
  for (const [i, l] of own.slice(0, 15).entries()) {
    const sender = others[20 + i]!.organization;
    em.persist(
      new Interest(
        listing(l.id),
        em.getReference(Organization, sender.id, { wrapped: true }),
        em.getReference(User, sender.ownerId, { wrapped: true }),
        `${sender.name}, ${sender.address}.`,
        'Muốn nhận chuyển giao để sản xuất thử.',
        rng.pick(INTEREST_TIMELINES),
      ),
    );
  }
  for (let i = 0; i < 8; i++) {
    const c = new BrokeringCase(
      `HS-BENCH-${String(i + 1).padStart(4, '0')}`,
      `Tìm công nghệ cho ${own[i]?.content.title ?? 'nhu cầu của hợp tác xã'}`.slice(0, 256),
      'Cần đối tác chuyển giao và hướng dẫn vận hành.',
      myOrg,
      me,
    );
    c.stage = CASE_STAGES[i % 6]!;
    c.dueAt = new Date(Date.now() + (i - 3) * 86_400_000 * 2);
    if (own[i]) c.listing = listing(own[i]!.id);
    em.persist(c);
  }
  await em.flush();
}

export async function loadWorld(opts: {
  pool: pg.Pool;
  orm: Orm;
  config: Config;
  size: number;
  organizations: number;
  submitted: number;
  seed: number;
  log: (line: string) => void;
}): Promise<World> {
  const { pool, orm, config, size, seed, log } = opts;
  const started = performance.now();
  const em = orm.em.fork() as unknown as EntityManager;
  const sectors = new Map((await em.find(Sector, {})).map((s: Sector): [string, string] => [s.code, s.id]));
  const orgs = generateOrganizations(seed, opts.organizations);
  // Everyone shares one Argon2 hash: hashing is the product's cost at sign-up, not a loading cost.
  const template = await createUser(em.fork(), {
    email: 'template@bench.techbridge.vn',
    password: PASSWORD,
    displayName: 'template',
    role: 'MEMBER',
  });
  await insertOrganizations(pool, orgs, template.passwordHash);

  const memberOrg = orgs.find((o) => o.verified)!;
  const gen = new ListingGenerator(seed + 1, orgs, sectors, Date.now());
  const detailEvery = Math.max(1, Math.floor(size / 2000));
  const detailSlugs: string[] = [];
  const own: GeneratedListing[] = [];
  const others: GeneratedListing[] = [];
  let inFlight: Promise<unknown> = Promise.resolve();
  let done = 0;
  let lastLog = performance.now();
  while (done < size) {
    const batch: GeneratedListing[] = [];
    for (let i = 0; i < BATCH && done + i < size; i++) {
      const l = gen.next();
      batch.push(l);
      if ((done + i) % detailEvery === 0) detailSlugs.push(l.slug);
      if (l.organization.id === memberOrg.id) {
        if (own.length < 30) own.push(l);
      } else if (others.length < 60) others.push(l);
    }
    // One statement in flight while the next batch is generated.
    await inFlight;
    inFlight = insertListings(pool, batch, 'PUBLISHED', config.LISTING_EXPIRY_MONTHS);
    done += batch.length;
    if (performance.now() - lastLog > 5000) {
      log(`  … ${done.toLocaleString('en')} listings written`);
      lastLog = performance.now();
    }
  }
  await inFlight;
  const submitted: GeneratedListing[] = [];
  for (let i = 0; i < opts.submitted; i++) submitted.push(gen.next(i % 2 === 0 ? 'REQUEST' : 'OFFER'));
  await insertListings(pool, submitted, 'SUBMITTED', config.LISTING_EXPIRY_MONTHS);
  const generateAndInsertMs = performance.now() - started;
  await pool.query('analyze');

  const member = {
    ...(await makeMember(
      orm.em.fork() as unknown as EntityManager,
      config,
      'thanhvien@bench.techbridge.vn',
      'Nguyễn Thị Bench',
      'MEMBER',
      memberOrg.id,
    )),
    organizationId: memberOrg.id,
  };
  const broker = await makeMember(
    orm.em.fork() as unknown as EntityManager,
    config,
    'moigioi@bench.techbridge.vn',
    'Lê Văn Môi Giới',
    'BROKER',
    null,
  );
  await dashboardRecords(orm.em.fork() as unknown as EntityManager, member, own, others);
  return {
    organizations: orgs.length,
    listings: size,
    detailSlugs,
    member,
    broker,
    submitted: submitted.map((l) => ({ id: l.id, kind: l.kind })),
    timings: { generateAndInsertMs },
  };
}
