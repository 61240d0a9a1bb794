import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../api/src/cli/demo-data';
import { DEMO_LISTINGS, DEMO_ORGANIZATIONS } from '../../api/src/cli/demo-listings';
import { startTestApp, type TestApp } from '../kit/app';
import { SEARCH } from '../kit/listings';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemo(app.orm.em.fork(), app.config)).toBe(true);
  await app.searchSync.flushAll(120_000);
}, 180_000);
afterAll(() => app?.close());

describe('demo data', () => {
  it('seeds at least 60 listings from at least 15 organisations, published ones searchable', async () => {
    const conn = app.orm.em.fork().getConnection();
    const [counts] = await conn.execute(
      `select (select count(*)::int from listings) as listings,
              (select count(*)::int from listings where status = 'PUBLISHED') as published,
              (select count(distinct organization_id)::int from listings) as orgs`,
    );
    expect(counts.listings).toBe(DEMO_LISTINGS.length);
    expect(counts.listings).toBeGreaterThanOrEqual(60);
    expect(counts.orgs).toBeGreaterThanOrEqual(15);
    expect(DEMO_ORGANIZATIONS.length).toBeGreaterThanOrEqual(15);
    const all = (await app.client().ok(SEARCH, { pageSize: 1 })).search;
    expect(all.totalCount).toBe(counts.published);
    const dryer = (await app.client().ok(SEARCH, { q: 'may say lua' })).search;
    expect(dryer.hits.slice(0, 3).map((h: any) => h.listing.content.title)).toContain(
      'Máy sấy lúa tuần hoàn 10 tấn/mẻ tiết kiệm năng lượng',
    );
  });

  it('seeds nothing a second time', async () => {
    expect(await seedDemo(app.orm.em.fork(), app.config)).toBe(false);
  });
});
