import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sessionCookieName } from '../../api/src/modules/account/sessions';
import { startTestApp, type Actor, type TestApp } from '../kit/app';
import { describeInBrowser, launchBrowser, openPage, type BrowserSession } from '../kit/browser';
import { owner, published, type Owner } from '../kit/listings';

/**
 * Stored XSS: script payloads written by members where others read them — a listing's Markdown description
 * and its other texts, organisation names and descriptions, expressions of interest, case titles and case
 * messages — are opened in Chromium on every page that shows them. No payload may run (`window.__xss` stays
 * unset, no dialog opens, the Content-Security-Policy reports no blocked script either: the page must not
 * even try), and none may reach the DOM as markup: no script of ours besides the app's own bundles, no
 * `on…` attribute, no `javascript:` link, no frame. Each page is checked only once the payload text is on it,
 * shown as text.
 */

/** One marker per text, so that each page proves it rendered the text before it is checked. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<img src=x onerror=alert(1)>',
  '<svg onload="window.__xss=1"></svg>',
  '<a href="javascript:window.__xss=1">liên kết</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<details open ontoggle="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'-alert(1)-'",
  '</title><script>window.__xss=1</script>',
];
const MARKDOWN = [
  '[bấm vào đây](javascript:window.__xss=1)',
  '[bấm nữa](JAVASCRIPT:alert(1))',
  '[và nữa](java&#x09;script:alert(1))',
  '![ảnh](x" onerror="window.__xss=1)',
  '<a href="javascript:alert(1)">liên kết thô</a>',
];
const text = (marker: string) => `${marker} ${PAYLOADS.join(' ')}`;

const M = {
  title: 'XSSTIEUDE',
  summary: 'XSSTOMTAT',
  description: 'XSSMOTA',
  confidential: 'XSSBAOMAT',
  sellerName: 'XSSBENBAN',
  sellerDescription: 'XSSGIOITHIEU',
  buyerName: 'XSSBENMUA',
  whoWeAre: 'XSSCHUNGTOI',
  message: 'XSSLOINHAN',
  caseTitle: 'XSSHOSO',
  caseNeed: 'XSSNHUCAU',
  caseMessage: 'XSSTRAODOI',
};

describeInBrowser('stored XSS in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let broker: Actor;
  let seller: Owner;
  let buyer: Owner;
  let listing: { id: string; slug: string };
  let caseId: string;
  // A title with `$'` and `` $` ``: special in String.replace replacement strings.
  const title = `Máy sấy ${M.title} $' $\` <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>`;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ web: true }), launchBrowser()]);
    broker = await app.world.broker();
    [seller, buyer] = await Promise.all([
      owner(app, broker, { name: text(M.sellerName).slice(0, 256) }),
      owner(app, broker, { name: text(M.buyerName).slice(0, 256) }),
    ]);
    await seller.client.ok(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { errors { message } } }`,
      { input: { organizationId: seller.organizationId, description: text(M.sellerDescription) } },
    );
    listing = await published(app, seller, broker, 'OFFER', {
      title,
      summary: text(M.summary),
      description: `${M.description}\n\n${PAYLOADS.join('\n\n')}\n\n${MARKDOWN.join('\n\n')}`,
      confidentialDetail: text(M.confidential),
    });
    const interest = await buyer.client.ok(
      `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { interest { id } errors { message } } }`,
      {
        input: {
          listingId: listing.id,
          whoWeAre: text(M.whoWeAre),
          intendedUse: PAYLOADS.join(' '),
          timeline: 'WITHIN_6_MONTHS',
          message: text(M.message),
        },
      },
    );
    expect(interest.expressInterest.errors).toEqual([]);
    const opened = await buyer.client.ok(
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { message } } }`,
      { input: { title: text(M.caseTitle).slice(0, 256), need: text(M.caseNeed), listingId: listing.id } },
    );
    expect(opened.openCase.errors).toEqual([]);
    caseId = opened.openCase.case.id;
    for (const who of [buyer, broker]) {
      const r = await who.client.ok(
        `mutation ($input: AddCaseMessageInput!) { addCaseMessage(input: $input) { errors { message } } }`,
        { input: { caseId, text: `${text(M.caseMessage)}\n\n${MARKDOWN.join('\n')}` } },
      );
      expect(r.addCaseMessage.errors).toEqual([]);
    }
    await app.searchSync.flushAll();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A browser context as `actor` (or a visitor), recording dialogs and the CSP's reports. */
  async function as(actor: Actor | null): Promise<BrowserSession & { dialogs: string[] }> {
    const session = await openPage(browser, app.url);
    if (actor) {
      const name = sessionCookieName(app.config);
      const value = actor.client.cookies.get(name)!;
      await session.context.addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Lax' }]);
    }
    const dialogs: string[] = [];
    session.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await session.page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    return Object.assign(session, { dialogs });
  }

  /** What on the page shows that a payload became markup, or ran. */
  function injected(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      const w = window as unknown as { __xss?: unknown; __cspViolations: string[] };
      if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
      for (const v of w.__cspViolations) found.push(`CSP violation: ${v}`);
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
          if (
            /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name) &&
            // Browsers ignore tabs, newlines and leading blanks in URLs: so does this check.
            // eslint-disable-next-line no-control-regex
            /^javascript:/i.test(attr.value.replace(/[\s\u0000-\u001f]/g, ''))
          )
            found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        }
        if (['iframe', 'frame', 'object', 'embed'].includes(el.localName)) found.push(`<${el.localName}>`);
        if (el instanceof HTMLAnchorElement && el.protocol === 'javascript:')
          found.push(`<a href="${el.href}">`);
      }
      for (const s of Array.from(document.scripts)) {
        const src = s.getAttribute('src');
        const parses = (text: string) => {
          try {
            JSON.parse(text);
            return true;
          } catch {
            return false;
          }
        };
        const ours = src
          ? new URL(src, location.href).origin === location.origin &&
            /^\/(assets\/|take-over\.js$)/.test(new URL(src, location.href).pathname)
          : (s.type === 'application/ld+json' && !/__xss/.test(s.text)) ||
            // A server-rendered page's data (it holds the payloads as data): JSON, never run, with no
            // `<` that could close its element.
            (s.type === 'application/json' &&
              s.id === 'tb-ssr-state' &&
              !s.text.includes('<') &&
              parses(s.text));
        if (!ours) found.push(`<script${src ? ` src="${src}"` : ''}>${s.text.slice(0, 80)}`);
      }
      return found;
    });
  }

  /** Opens `path` as `actor`, waits for every marker to show as text, then looks for injected markup. */
  async function check(actor: Actor | null, path: string, markers: string[]) {
    const session = await as(actor);
    const { page } = session;
    try {
      await page.goto(path);
      for (const marker of markers) await page.getByText(marker).first().waitFor();
      // The payloads' text is there as text (the first one, at least, on every page).
      await expect.poll(() => page.locator('body').innerText()).toContain('window.__xss=1');
      // Give a stray image error, toggle or load handler its chance to run.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await injected(page), path).toEqual([]);
      expect(session.dialogs, path).toEqual([]);
    } finally {
      await session.context.close();
    }
  }

  it('runs nothing on the listing page, for a visitor and for the owner (confidential part included)', async () => {
    await check(null, `/cong-nghe/${listing.slug}`, [M.title, M.summary, M.description, M.sellerName]);
    await check(seller, `/cong-nghe/${listing.slug}`, [M.title, M.description, M.confidential]);
  });

  it('runs nothing in search results (highlighted title and snippet)', async () => {
    await check(null, `/tim-kiem?q=${M.title}`, [M.title]);
    await check(null, `/tim-kiem?q=${M.summary}`, [M.summary]);
  });

  it('runs nothing on the organisation profile', async () => {
    await check(null, `/organizations/${seller.organizationId}`, [M.sellerName, M.sellerDescription]);
  });

  it('runs nothing on the interests page of the listing owner', async () => {
    await check(seller, '/quan-tam?chieu=nhan', [M.buyerName, M.whoWeAre, M.message]);
  });

  it('runs nothing on the case page, for the broker and the requester', async () => {
    await check(broker, `/ho-so/${caseId}`, [M.caseTitle, M.caseNeed, M.caseMessage]);
    await check(buyer, `/ho-so/${caseId}`, [M.caseTitle, M.caseMessage]);
  });

  it('serves the listing page with the payloads escaped in its meta tags, and the security headers', async () => {
    const res = await fetch(`${app.url}/cong-nghe/${listing.slug}`);
    const html = await res.text();
    expect(html).not.toContain('<script>window.__xss');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    const decode = (s = '') =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    // The title as written (clipped), not mangled by `$'` or `` $` `` into copies of the page.
    for (const shown of [
      decode(html.match(/<meta property="og:title" content="([^"]*)"/)?.[1]),
      decode(html.match(/<title>([^<]*)<\/title>/)?.[1]),
    ]) {
      expect(shown.startsWith(`Máy sấy ${M.title} $' $\` <img src=x onerror="window.__xss=1">`), shown).toBe(
        true,
      );
      expect(shown.endsWith(` | ${app.config.EXCHANGE_NAME_VI}`), shown).toBe(true);
    }
    expect(html.match(/<title>/g)).toHaveLength(1);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
