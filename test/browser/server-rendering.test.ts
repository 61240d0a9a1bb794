import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withRenderedPage } from '../../api/src/platform/http/ssr';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { describeInBrowser, launchBrowser, openPage } from '../kit/browser';
import { owner, published } from '../kit/listings';

/**
 * Visitors' home, search and listing pages arrive rendered by the server (api/src/platform/http/ssr.ts,
 * web/src/entry-server.tsx), and the app takes them over in the browser without painting them again.
 */
describeInBrowser('server-rendered public pages', () => {
  let app: TestApp;
  let browser: Browser;
  let member: Actor;
  let listing: { id: string; slug: string };
  const title = 'Lò đốt trấu hóa khí cho máy sấy nông sản quy mô hộ';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
    const broker = await app.world.broker();
    member = await owner(app, broker, { name: 'Hợp tác xã Cơ khí Can Lộc' });
    listing = await published(app, member, broker, 'OFFER', {
      title,
      description: 'Buồng hóa khí **đốt trấu** liên tục.\n\n- Khí sạch\n- Tro ít',
      confidentialDetail: 'BÍ-MẬT-BUỒNG-ĐỐT',
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, app.url), { headers: { accept: 'text/html', ...headers } });

  it("sends a visitor the listing page's content in its HTML, with the data the app takes it over with", async () => {
    const res = await get(`/cong-nghe/${listing.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    const root = html.slice(html.indexOf('<div id="root">'));
    expect(root).toContain(title);
    expect(root).toContain('<strong>đốt trấu</strong>');
    expect(root).not.toContain('tb-boot-loading');
    // The public page only: no confidential part, no contact details, in the markup or in the data.
    expect(html).not.toContain('BÍ-MẬT-BUỒNG-ĐỐT');
    expect(html).not.toContain('chu@example.vn');
    // The data block is JSON that cannot close its element; the app's scripts come after the paint.
    const state = /<script type="application\/json" id="tb-ssr-state">([^<]*)<\/script>/.exec(html);
    expect(state).not.toBeNull();
    const data = JSON.parse(state![1]!) as { language: string; apollo: Record<string, unknown> };
    expect(data.language).toBe('vi');
    expect(JSON.stringify(data.apollo)).toContain(listing.slug);
    expect(html).toMatch(/<script defer src="\/take-over\.js" data-entry="\/assets\/index-[^"]+\.js"/);
    expect(html).not.toMatch(/<script type="module"/);
  });

  it('sends the search page rendered with its results, and signed-in people and other pages the app shell', async () => {
    // The index catches up asynchronously.
    await expect
      .poll(
        async () => (await (await get('/tim-kiem?q=lo+dot+trau+hoa+khi')).text()).includes(listing.slug),
        {
          timeout: 30_000,
          interval: 500,
        },
      )
      .toBe(true);

    const cookie = [...member.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const [path, headers] of [
      [`/cong-nghe/${listing.slug}`, { cookie }],
      ['/tim-kiem?q=lo+dot+trau', { cookie }],
      ['/sign-in', {}],
      ['/tin-cua-toi', {}],
    ] as const) {
      const html = await (await get(path, headers)).text();
      expect(html, path).toContain('tb-boot-loading');
      expect(html, path).not.toContain('tb-ssr-state');
      expect(html, path).toMatch(/<script type="module" crossorigin src="\/assets\/index-/);
    }
  });

  it('shows the page before any script runs, then the app takes it over without errors', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: app.url });
    try {
      const page = await noScript.newPage();
      await page.goto(`/cong-nghe/${listing.slug}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('Khí sạch').waitFor();
      // Searching works before the app's scripts have run (or without them): a plain form to /tim-kiem.
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Tìm kiếm công nghệ' }).fill('lo dot trau hoa khi');
      await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
      await page.waitForURL(/\/tim-kiem\?q=lo\+dot\+trau\+hoa\+khi/);
      await page.getByRole('link', { name: title }).waitFor();
    } finally {
      await noScript.close();
    }

    const { context, page, pageErrors } = await openPage(browser, app.url, {
      viewport: { width: 390, height: 844 },
    });
    try {
      // The heading the server sent, remembered before any script of the app runs.
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { sentHeading: Element | null }).sentHeading = document.querySelector('h1');
        }),
      );
      await page.goto(`/cong-nghe/${listing.slug}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      // Read, not used: the app's scripts are fetched into the cache once the page has loaded, but
      // not run (public/take-over.js).
      await page.waitForLoadState('networkidle');
      const appScripts = () =>
        page.evaluate(() => ({
          running: document.querySelector('script[src*="/assets/index-"]') !== null,
          prefetched: document.querySelector('link[rel="prefetch"][href*="/assets/index-"]') !== null,
          state: document.documentElement.getAttribute('data-tb-app'),
        }));
      expect(await appScripts()).toEqual({ running: false, prefetched: true, state: null });
      // A key pressed starts the app, which takes the page over.
      await page.keyboard.press('Tab');
      await expect.poll(async () => (await appScripts()).state, { timeout: 20_000 }).toBe('ready');
      expect((await appScripts()).running).toBe(true);
      // Taken over: the same heading element is there once, and links now move within the app (the
      // window survives the navigation) instead of loading a new document.
      // Hydrated, not rendered again: the element the server sent is the one on the page.
      expect(
        await page.evaluate(
          () =>
            (window as unknown as { sentHeading: Element | null }).sentHeading ===
            document.querySelector('h1'),
        ),
      ).toBe(true);
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await page.getByRole('link', { name: 'Hợp tác xã Cơ khí Can Lộc' }).first().click();
      await page.waitForURL(/\/organizations\//);
      await page.getByRole('heading', { level: 1, name: 'Hợp tác xã Cơ khí Can Lộc' }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      await page.goBack();
      await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("takes a phone's search page over with no mismatch, and its filters work", async () => {
    const { context, page, pageErrors } = await openPage(browser, app.url, {
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto('/tim-kiem?q=lo+dot+trau');
      await page.getByRole('link', { name: title }).waitFor();
      await page.waitForLoadState('networkidle');
      // The phone's short label (both are in the markup; CSS shows one).
      const offers = page.getByRole('radio', { name: 'Chào bán', exact: true });
      await offers.waitFor({ state: 'attached' });
      // The page is not the app's yet: the first tap on a chip starts it, and is done again once the
      // app has taken the page over (public/take-over.js), so the filter applies.
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-tb-app'))).toBeNull();
      // The chip's label is what a finger presses (the radio itself is visually hidden).
      await page.locator('label', { hasText: 'Chào bán' }).click();
      await page.waitForURL(/kind=OFFER/, { timeout: 20_000 });
      await expect.poll(() => offers.isChecked()).toBe(true);
      await page.getByRole('link', { name: title }).waitFor();

      // The same on a fresh page for the menu button: the tap that starts the app opens the menu.
      await page.goto(`/cong-nghe/${listing.slug}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-tb-app'))).toBeNull();
      const menu = page.getByRole('button', { name: 'Mở menu điều hướng' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await menu.click();
      const close = page.getByRole('button', { name: 'Đóng menu điều hướng' });
      await expect.poll(() => close.getAttribute('aria-expanded'), { timeout: 20_000 }).toBe('true');
      // A render that differed from the server's markup would have logged an error here.
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("leaves the app's shell alone when the page does not have the placeholder it replaces", () => {
    const page = { root: '<p>x</p>', styles: [], scripts: [] };
    expect(withRenderedPage('<html><head></head><body><div id="root"></div></body></html>', page)).toBeNull();
    const shell =
      '<html><head><script type="module" crossorigin src="/assets/index-a.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/react-b.js"></head>' +
      '<body><div id="root"><!--tb-boot:start--><p>…</p><!--tb-boot:end--></div></body></html>';
    const out = withRenderedPage(shell, page)!;
    expect(out).toContain('<div id="root"><p>x</p>');
    expect(out).toContain('data-entry="/assets/index-a.js" data-preload="/assets/react-b.js"');
    expect(out).not.toContain('modulepreload');
  });
});
