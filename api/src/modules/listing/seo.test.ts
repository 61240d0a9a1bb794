import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Actor, type TestApp } from '../../../../test/kit/app';
import { draft, owner, published, type Owner } from '../../../../test/kit/listings';

let app: TestApp;
let broker: Actor;
let seller: Owner;

beforeAll(async () => {
  app = await startTestApp({ web: true });
  broker = await app.world.broker();
  seller = await owner(app, broker);
}, 120_000);
afterAll(() => app?.close());

describe('pages search engines and link previews read', () => {
  it('sends the listing title, description and Open Graph tags in the HTML, escaped', async () => {
    const l = await published(app, seller, broker, 'OFFER', {
      title: 'Máy bóc vỏ lạc "HT-2" <mới>',
      summary: 'Bóc vỏ lạc 500 kg/giờ, hạt không vỡ.',
    });
    expect(l.slug).toMatch(/^may-boc-vo-lac-ht-2-moi/);
    const res = await fetch(`${app.url}/cong-nghe/${l.slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>Máy bóc vỏ lạc &quot;HT-2&quot; &lt;mới&gt; | ');
    expect(html).toContain(
      '<meta property="og:title" content="Máy bóc vỏ lạc &quot;HT-2&quot; &lt;mới&gt; | ',
    );
    expect(html).toContain(
      '<meta property="og:description" content="Bóc vỏ lạc 500 kg/giờ, hạt không vỡ." />',
    );
    expect(html).toContain(`<link rel="canonical" href="${app.url}/cong-nghe/${l.slug}" />`);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<div id="root">');
  });

  it('does not describe unpublished listings', async () => {
    const d = await draft(app, seller, 'OFFER', { title: 'Bí mật chưa đăng' });
    const html = await (await fetch(`${app.url}/cong-nghe/${d.slug}`)).text();
    expect(html).not.toContain('Bí mật chưa đăng');
  });

  it('lists published listings in sitemap.xml and points robots.txt at it', async () => {
    const l = await published(app, seller, broker, 'REQUEST', { title: 'Cần công nghệ xử lý vỏ tôm' });
    const d = await draft(app, seller, 'OFFER', { title: 'Nháp không vào sơ đồ' });
    const xml = await (await fetch(`${app.url}/sitemap.xml`)).text();
    expect(xml).toContain(`<loc>${app.url}/cong-nghe/${l.slug}</loc>`);
    expect(xml).not.toContain(d.slug);
    const robots = await (await fetch(`${app.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${app.url}/sitemap.xml`);
  });
});
