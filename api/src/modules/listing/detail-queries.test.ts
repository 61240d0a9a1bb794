import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { owner, published, sectorId, type Owner } from '../../../../test/kit/listings';
import { countQueries } from '../../../../test/kit/sql';
import { handmadePng, minimalPdf, uploadFile } from '../../../../test/kit/upload';

let app: TestApp;
let broker: Actor;
let seller: Owner;
let reader: Actor;

beforeAll(async () => {
  app = await startTestApp();
  broker = await app.world.broker();
  seller = await owner(app, broker, { name: 'Viện Nông nghiệp Bắc Trung Bộ' });
  reader = await app.world.member();
}, 120_000);
afterAll(() => app?.close());

/** The listing page's query, as the web app asks it: organisation, sectors, IP records, attachments. */
const PAGE = `query ($slug: String!) { listing(slug: $slug) { id slug kind anonymous publishedAt viewerCanEdit
  organization { id name type verificationStatus province { name } }
  contact { name } reviews { decision }
  content { title descriptionHtml confidentialDetail sectors { code label } keywords trl maturityStage
    ipRecords { id type status verified } transferForms priceBand province { name }
    images { id url thumbnailUrl } documents { id fileName url confidential } } } }`;

async function richListing(n: number) {
  const images = [];
  const documents = [];
  for (let i = 0; i < n; i++) {
    images.push((await uploadFile(seller, { fileName: `anh-${i}.png`, bytes: handmadePng(8 + i, 8) })).id);
    documents.push({
      attachmentId: (await uploadFile(seller, { fileName: `tai-lieu-${i}.pdf`, bytes: minimalPdf() })).id,
      confidential: i % 2 === 1,
    });
  }
  const sectors = ['agriculture', 'environment', 'renewable-energy', 'it-digital'].slice(0, Math.min(n, 4));
  return published(app, seller, broker, 'OFFER', {
    sectorIds: await Promise.all(sectors.map((code) => sectorId(app, code))),
    imageIds: images,
    documents,
    ipRecords: Array.from({ length: n }, (_, i) => ({
      type: 'PATENT',
      status: 'GRANTED',
      number: `1-000${i}`,
      territory: 'VN',
    })),
  });
}

describe('the listing page', () => {
  it('costs the same number of SQL statements with 1 or 4 images, documents, IP records and sectors', async () => {
    const small = await richListing(1);
    const large = await richListing(4);
    // Background workers poll the database too: pause them so only the requests are counted.
    await app.searchSync.stop();
    await app.services.mailQueue.stop();
    try {
      for (const who of [reader.client, broker.client]) {
        await who.ok(PAGE, { slug: small.slug }); // per-process caches (sector labels) warm
        const one = await countQueries(app, () => who.ok(PAGE, { slug: small.slug }));
        const four = await countQueries(app, () => who.ok(PAGE, { slug: large.slug }));
        const body = await who.ok(PAGE, { slug: large.slug });
        expect(body.listing.content.images).toHaveLength(4);
        expect(body.listing.content.ipRecords).toHaveLength(4);
        expect(four).toBe(one);
        expect(one).toBeGreaterThan(0);
        expect(one).toBeLessThanOrEqual(10);
      }
    } finally {
      app.searchSync.start();
      app.services.mailQueue.start();
    }
  });
});
