import http from 'node:http';
import { gunzipSync } from 'node:zlib';
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

const FIND = `query Find($q: String) { search(query: $q) { totalCount degraded hits { listing { id content { title } } } } }`;

/** A visitor's search: the listings found and whether the cache served it. */
async function find(q: string, lang: 'vi' | 'en' = 'vi') {
  const res = await app.client().raw({ query: FIND, variables: { q } }, { 'accept-language': lang });
  const json = (await res.json()) as { data: { search: { hits: { listing: { id: string } }[] } } };
  return { ids: json.data.search.hits.map((h) => h.listing.id), cache: res.headers.get('x-cache') };
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

  it('keeps a visitor’s search until the index has applied a change, then answers with it', async () => {
    const q = 'máy ép viên nén trấu Cẩm Xuyên';
    await app.searchSync.flushAll();
    expect((await find(q)).cache).toBe('miss');
    expect((await find(q)).cache).toBe('hit');
    // The worker is held back: the publish commits (emptying the cache) before the index knows of it …
    await app.searchSync.stop();
    try {
      const l = await published(app, seller, broker, 'OFFER', { title: 'Máy ép viên nén trấu Cẩm Xuyên' });
      const stale = await find(q);
      expect(stale.cache).toBe('miss');
      expect(stale.ids).not.toContain(l.id);
      expect((await find(q)).cache).toBe('hit');
      // … and the answer kept meanwhile is dropped once Meilisearch has applied the batch.
      await app.searchSync.flushAll();
      await expect.poll(async () => (await find(q)).ids).toContain(l.id);
      const again = await find(q);
      expect(again.cache).toBe('hit');
      expect(again.ids).toContain(l.id);
    } finally {
      await app.searchSync.start();
    }
    expect((await find(q, 'en')).cache).toBe('miss');
    // Signed-in people are answered by the search service itself.
    const member = await seller.client.raw({ query: FIND, variables: { q } });
    expect(member.headers.get('x-cache')).toBeNull();
  });

  it('gzips a hit for a browser that accepts it, with the same headers as any answer', async () => {
    const l = await published(app, seller, broker);
    const body = JSON.stringify({ query: GET, variables: { slug: l.slug } });
    const post = (headers: Record<string, string>) =>
      new Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        const req = http.request(`${app.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...headers,
          },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const plain = await post({});
    expect(plain.headers['x-cache']).toBe('miss');
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const hit = await post({ 'accept-encoding': 'gzip, deflate' });
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(hit.bytes).equals(plain.bytes)).toBe(true);
    for (const res of [plain, hit]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    const refused = await post({ 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['x-cache']).toBe('hit');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.bytes.equals(plain.bytes)).toBe(true);
  });

  it('empties only the searches when the search index changes, not the listing pages', async () => {
    const l = await published(app, seller, broker);
    await app.searchSync.flushAll();
    await visit(l.slug);
    await find('máy sấy');
    expect((await visit(l.slug)).cache).toBe('hit');
    expect((await find('máy sấy')).cache).toBe('hit');
    // What the search worker sends once Meilisearch has applied a batch.
    await withSql((c) => c.query(`select pg_notify('techbridge_public_data', 'search')`));
    await expect.poll(async () => (await find('máy sấy')).cache).toBe('miss');
    expect((await visit(l.slug)).cache).toBe('hit');
  });

  it('answers a body that is not JSON as the parser does, cached path or not', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    // A byte-order mark before the JSON is fine, as for the JSON parser.
    const bom = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '\uFEFF{"query": "{ __typename }"}',
    });
    expect(bom.status).toBe(200);
    expect(((await bom.json()) as any).data.__typename).toBe('Query');
  });
});

describe('search answers while the search engine is down', () => {
  it('are never kept: the next visitor gets the engine’s answer once it is back', async () => {
    const down = await startTestApp({ env: { MEILI_URL: 'http://127.0.0.1:9' } });
    try {
      const ask = () =>
        down.client().raw({ query: FIND, variables: { q: 'máy sấy lúa' } }, { 'accept-language': 'vi' });
      const first = await ask();
      expect(((await first.json()) as any).data.search.degraded).toBe(true);
      expect(first.headers.get('x-cache')).toBe('miss');
      expect((await ask()).headers.get('x-cache')).toBe('miss');
    } finally {
      await down.close();
    }
  });
});
