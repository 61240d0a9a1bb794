import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../test/kit/app';
import { GET, owner, published, WITHDRAW, type Owner } from '../../../test/kit/listings';
import { Listing } from '../modules/listing/entities';

let app: TestApp;
let broker: Actor;
let seller: Owner;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Cơ khí Hồng Lĩnh' });
}, 120_000);
afterAll(() => app?.close());

const PAGE = `query ListingPage($slug: String!) { listing(slug: $slug) { id slug status organization { name } content { title } } }`;

/** A visitor's read of the listing page: the answer and whether the cache served it. */
async function visit(slug: string, lang: 'vi' | 'en' = 'vi') {
  const res = await app.client().raw({ query: PAGE, variables: { slug } }, { 'accept-language': lang });
  const json = (await res.json()) as { data: { listing: Record<string, any> | null } };
  return { listing: json.data.listing, cache: res.headers.get('x-cache'), status: res.status };
}

async function withSql<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.config.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('the public answer cache', () => {
  it('serves a visitor’s second read of a listing page from the cache, per language, counting every view', async () => {
    const l = await published(app, seller, broker);
    const first = await visit(l.slug);
    const second = await visit(l.slug);
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.listing).toEqual(first.listing);
    expect((await visit(l.slug, 'en')).cache).toBe('miss');
    const Q = `query ($id: ID!) { listingQuality(listingId: $id) { views } }`;
    expect((await seller.client.ok(Q, { id: l.id })).listingQuality.views).toBe(3);
  });

  it('never answers a signed-in person from it', async () => {
    const l = await published(app, seller, broker);
    await visit(l.slug);
    const res = await seller.client.raw({ query: PAGE, variables: { slug: l.slug } });
    expect(res.headers.get('x-cache')).toBeNull();
    expect(((await res.json()) as any).data.listing.slug).toBe(l.slug);
    const other = await app.client().raw({ query: GET, variables: { slug: l.slug } });
    expect(other.headers.get('x-cache')).toBe('miss');
  });

  it('shows a change at once: a listing withdrawn through the API, an organisation renamed by any writer', async () => {
    const l = await published(app, seller, broker);
    await visit(l.slug);
    expect((await visit(l.slug)).cache).toBe('hit');
    await withSql((c) =>
      c.query(`update organizations set name = 'Viện Cơ khí Hồng Lĩnh (đổi tên)' where id = $1`, [
        seller.organizationId,
      ]),
    );
    // Another process's commit reaches this one as a PostgreSQL notification.
    await expect
      .poll(async () => (await visit(l.slug)).listing?.organization.name)
      .toBe('Viện Cơ khí Hồng Lĩnh (đổi tên)');
    expect((await visit(l.slug)).cache).toBe('hit');
    const w = await seller.client.ok(WITHDRAW, { id: l.id });
    expect(w.withdrawListing.errors).toEqual([]);
    const after = await visit(l.slug);
    expect(after.listing).toBeNull();
  });

  it('keeps its answers when a listing changes only in what visitors do not see (a reminder, a pending edit)', async () => {
    const l = await published(app, seller, broker);
    await visit(l.slug);
    expect((await visit(l.slug)).cache).toBe('hit');
    // As the freshness job does, through the ORM in this process …
    const em = app.orm.em.fork();
    const entity = await em.findOneOrFail(Listing, l.id);
    entity.expiryReminderSentAt = new Date();
    await em.flush();
    // … and as any other writer would, straight in SQL.
    await withSql((c) =>
      c.query(`update listings set pending_status = 'SUBMITTED', version = version + 1 where id = $1`, [
        l.id,
      ]),
    );
    await new Promise((r) => setTimeout(r, 200)); // a notification, had there been one, would have arrived
    expect((await visit(l.slug)).cache).toBe('hit');
    // What visitors see still empties it.
    await withSql((c) => c.query(`update listings set last_confirmed_at = now() where id = $1`, [l.id]));
    await expect.poll(async () => (await visit(l.slug)).cache).toBe('miss');
  });

  it('stops caching while its change feed is cut, and starts again once it is back', async () => {
    const l = await published(app, seller, broker);
    await visit(l.slug);
    expect((await visit(l.slug)).cache).toBe('hit');
    const cut = await withSql(
      async (c) =>
        (
          await c.query(
            `select pg_terminate_backend(pid) from pg_stat_activity
              where application_name = 'public-cache' and datname = current_database()`,
          )
        ).rowCount,
    );
    expect(cut).toBe(1);
    await expect.poll(() => app.services.publicCache.ready).toBe(false);
    // Meanwhile a writer changes the title: nothing cached from before may be served.
    await withSql((c) =>
      c.query(
        `update listings set content = jsonb_set(content, '{title}', '"Tên mới khi mất kết nối"') where id = $1`,
        [l.id],
      ),
    );
    const during = await visit(l.slug);
    expect(during.listing?.content.title).toBe('Tên mới khi mất kết nối');
    await expect.poll(() => app.services.publicCache.ready, { timeout: 10_000 }).toBe(true);
    expect((await visit(l.slug)).cache).toBe('miss');
    expect((await visit(l.slug)).cache).toBe('hit');
  });
});
