import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { startTestApp, type TestApp } from '../kit/app';
import { loadTypeDefs } from '../../api/src/platform/graphql/schema';

/**
 * Security headers on every kind of response, and secrets that never leave the server: a production app
 * with a known session secret, SMTP password and Meilisearch master key serves its HTML, its built web
 * bundle (every file of web/dist, source maps included), its `site` query and its public endpoints, and
 * none of them contains any of the three.
 */
const SECRETS = {
  SESSION_SECRET: 'tb-session-secret-Kx81-do-not-leak-0123456789',
  SMTP_PASSWORD: 'Smtp-Pa55word-do-not-leak-Qm27',
  MEILI_MASTER_KEY: inject('meiliMasterKey'),
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    web: true,
    env: {
      NODE_ENV: 'production',
      SESSION_SECRET: SECRETS.SESSION_SECRET,
      // Nothing listens there: the mail queue stays stopped in this file.
      SMTP_URL: `smtp://techbridge:${SECRETS.SMTP_PASSWORD}@127.0.0.1:9`,
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: SECRETS.MEILI_MASTER_KEY,
    },
  });
  await app.services.mailQueue.stop();
});
afterAll(() => app?.close());

function expectNoSecret(where: string, text: string) {
  for (const [name, value] of Object.entries(SECRETS)) {
    expect(text.includes(value), `${name} found in ${where}`).toBe(false);
  }
  // Nor a connection string with credentials, nor the names of the server's secret settings.
  expect(text, where).not.toMatch(/(postgres(ql)?|smtps?|redis|amqp):\/\/[^\s'"`/]+:[^\s'"`/]+@/);
  expect(text, where).not.toMatch(/MEILI_MASTER_KEY|SESSION_SECRET|SMTP_URL|DATABASE_URL/);
  expect(text, where).not.toContain('development-only-secret');
}

/** Every file of the built web app, as paths on the site. */
function distFiles(dir = app.config.WEB_DIST_DIR, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? distFiles(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
    );
}

const gqlPost = (body: unknown) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('security headers', () => {
  it('are sent with HTML, scripts, API answers and errors alike', async () => {
    const js = distFiles().find((f) => f.endsWith('.js'))!;
    const responses: [string, Response][] = [
      ['HTML /', await fetch(`${app.url}/`)],
      ['HTML client route', await fetch(`${app.url}/cong-nghe/khong-co-tin-nay`)],
      ['script', await fetch(`${app.url}${js}`)],
      ['GraphQL 200', await gqlPost({ query: '{ site { exchangeName } }' })],
      ['GraphQL 400', await gqlPost({ query: '{ nothing }' })],
      ['GraphQL 413', await gqlPost({ query: `{ site { exchangeName } } # ${'x'.repeat(200_000)}` })],
      ['health', await fetch(`${app.url}/healthz`)],
      ['robots', await fetch(`${app.url}/robots.txt`)],
      ['file 404', await fetch(`${app.url}/files/00000000-0000-4000-8000-000000000000`)],
      [
        'upload 4xx',
        await fetch(`${app.url}/uploads`, { method: 'POST', headers: { 'apollo-require-preflight': '1' } }),
      ],
      ['report 401', await fetch(`${app.url}/reports/period.csv?period=2026`)],
    ];
    for (const [label, res] of responses) {
      const h = res.headers;
      const csp = h.get('content-security-policy') ?? '';
      expect(csp, label).toContain("default-src 'self'");
      expect(csp, label).toMatch(/script-src 'self'(;|$)/); // no inline or eval'd script
      expect(csp, label).toContain("object-src 'none'");
      expect(csp, label).toContain("frame-ancestors 'none'");
      expect(csp, label).toContain("base-uri 'self'");
      expect(csp, label).toContain("form-action 'self'");
      expect(h.get('x-content-type-options'), label).toBe('nosniff');
      expect(h.get('x-frame-options'), label).toBe('DENY');
      expect(h.get('referrer-policy'), label).toBe('strict-origin-when-cross-origin');
      expect(h.get('cross-origin-opener-policy'), label).toBe('same-origin');
      expect(h.get('permissions-policy'), label).toContain('camera=()');
      expect(h.get('strict-transport-security'), label).toMatch(/max-age=(3153[6-9]\d{3}|[4-9]\d{7}|\d{9,})/);
      expect(h.get('x-powered-by'), label).toBeNull();
    }
  });

  it('leaves the HTML nothing the policy would block: no inline script or event handler', async () => {
    for (const route of ['/', '/tim-kiem', '/cong-nghe/khong-co-tin-nay']) {
      const html = await (await fetch(`${app.url}${route}`)).text();
      expect(html).toMatch(/<script[^>]+src=/);
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/(ld\+)?json"/.test(attrs)) continue; // data, not script
        expect(attrs, route).toMatch(/\ssrc="\/[^"]+"/); // from this site
        expect(body.trim(), route).toBe('');
      }
      expect(html, route).not.toMatch(/\son[a-z]+="/i);
    }
  });
});

describe('secrets', () => {
  it('appear in no file of the built web app, as served (source maps included)', async () => {
    const files = distFiles();
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const res = await fetch(`${app.url}${file}`);
      expect(res.status, file).toBe(200);
      expectNoSecret(file, await res.text());
    }
  });

  it('appear in no page, public endpoint or response header', async () => {
    for (const route of [
      '/',
      '/tim-kiem',
      '/dang-nhap',
      '/robots.txt',
      '/sitemap.xml',
      '/healthz',
      '/graphql',
    ]) {
      const res = await fetch(`${app.url}${route}`);
      expectNoSecret(route, await res.text());
      const headers: string[] = [];
      res.headers.forEach((value, name) => headers.push(`${name}: ${value}`));
      expectNoSecret(`${route} headers`, headers.join('\n'));
    }
  });

  it('appear nowhere in the site configuration the API gives out', async () => {
    // Every field of Site, however it grows: read from the schema.
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const selection = (type: GraphQLObjectType, depth = 0): string =>
      Object.values(type.getFields())
        .filter((f) => f.args.every((a) => !a.type.toString().endsWith('!')))
        .map((f) => {
          const named = getNamedType(f.type);
          return isObjectType(named)
            ? depth < 3
              ? `${f.name} { ${selection(named, depth + 1)} }`
              : ''
            : f.name;
        })
        .filter(Boolean)
        .join(' ');
    const site = schema.getType('Site') as GraphQLObjectType;
    for (const lang of ['vi', 'en']) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ query: `{ site { ${selection(site)} } publicStatistics { __typename } }` }),
      });
      const text = await res.text();
      expect(JSON.parse(text).errors).toBeUndefined();
      expectNoSecret(`site (${lang})`, text);
    }
  });
});
