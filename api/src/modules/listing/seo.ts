import fs from 'node:fs';
import express from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../platform/graphql/context';
import type { PageRenderer } from '../../platform/http/ssr';
import { withRenderedPage } from '../../platform/http/ssr';
import { Listing } from './entities';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Shortens to `max` characters at a word boundary, with an ellipsis. */
const clip = (s: string, max: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};

function origin(app: AppServices, req: express.Request) {
  return (app.config.PUBLIC_URL ?? `${req.protocol}://${req.get('host')}`).replace(/\/$/, '');
}

interface PageMeta {
  title: string;
  description: string;
  url: string;
  image: string | null;
  type: 'website' | 'article';
}

/** Puts the page's title, description, canonical URL and Open Graph tags into the app's index.html. */
export function withMeta(html: string, meta: PageMeta, siteName: string): string {
  const tags = [
    `<title>${escape(meta.title)}</title>`,
    `<meta name="description" content="${escape(meta.description)}" />`,
    `<link rel="canonical" href="${escape(meta.url)}" />`,
    `<meta property="og:site_name" content="${escape(siteName)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${escape(meta.title)}" />`,
    `<meta property="og:description" content="${escape(meta.description)}" />`,
    `<meta property="og:url" content="${escape(meta.url)}" />`,
    `<meta property="og:locale" content="vi_VN" />`,
    ...(meta.image ? [`<meta property="og:image" content="${escape(meta.image)}" />`] : []),
    `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}" />`,
  ].join('\n    ');
  // The tags go in through a function, not a replacement string: `$'` or `` $` `` in a title would paste
  // parts of the page in.
  return html
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/>/, '')
    .replace('</head>', () => `    ${tags}\n  </head>`);
}

async function listingMeta(app: AppServices, em: EntityManager, slug: string, base: string) {
  const listing = await em.findOne(Listing, { slug: slug.slice(0, 300), status: 'PUBLISHED' });
  if (!listing) return null;
  const c = listing.content;
  return {
    title: `${clip(c.title, 90)} | ${app.config.EXCHANGE_NAME_VI}`,
    description: clip(c.summary || c.description, 200),
    url: `${base}/cong-nghe/${listing.slug}`,
    image: c.imageIds[0] ? `${base}/files/${c.imageIds[0]}` : null,
    type: 'article' as const,
  };
}

/**
 * What search engines and link previews (Zalo, Facebook) read without running JavaScript: per-page
 * meta tags in the HTML the server sends, `sitemap.xml` of published listings, and `robots.txt`.
 */
export function seoRouter(app: AppServices, indexHtmlPath: string, renderPage: PageRenderer | null = null) {
  const router = express.Router();
  let template: string | null = null;
  const indexHtml = () => (template ??= fs.readFileSync(indexHtmlPath, 'utf8'));

  router.get('/robots.txt', (req, res) => {
    res
      .type('text/plain')
      .send(
        [
          'User-agent: *',
          'Allow: /',
          'Disallow: /quan-tri',
          'Disallow: /tai-khoan',
          `Sitemap: ${origin(app, req)}/sitemap.xml`,
          '',
        ].join('\n'),
      );
  });

  router.get('/sitemap.xml', async (req, res, next) => {
    try {
      const base = origin(app, req);
      const rows = await app.orm.em
        .fork()
        .find(
          Listing,
          { status: 'PUBLISHED' },
          { fields: ['slug', 'updatedAt'], orderBy: { updatedAt: 'desc' }, limit: 50_000 },
        );
      const urls = [
        `<url><loc>${base}/</loc></url>`,
        `<url><loc>${base}/tim-kiem</loc></url>`,
        ...rows.map(
          (l) =>
            `<url><loc>${escape(`${base}/cong-nghe/${l.slug}`)}</loc><lastmod>${l.updatedAt.toISOString()}</lastmod></url>`,
        ),
      ];
      res
        .type('application/xml')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
        );
    } catch (error) {
      next(error);
    }
  });

  /**
   * The single-page app's HTML for any client route, with the route's meta tags; for visitors' public
   * pages, with the page itself rendered in it (`renderPage`, platform/http/ssr.ts).
   */
  router.get(/^\/(?!graphql|healthz|files\/|uploads).*/, async (req, res, next) => {
    try {
      const rendered = renderPage ? renderPage(req) : Promise.resolve(null);
      const base = origin(app, req);
      const match = /^\/cong-nghe\/([a-z0-9-]+)\/?$/.exec(req.path);
      const meta = (match
        ? await listingMeta(app, app.orm.em.fork() as EntityManager, match[1]!, base)
        : null) ?? {
        title: app.config.EXCHANGE_NAME_VI,
        description: `${app.config.EXCHANGE_NAME_VI} của ${app.config.DEPARTMENT_NAME_VI}: kết nối doanh nghiệp cần công nghệ với nhà khoa học, viện, trường sở hữu công nghệ.`,
        url: `${base}${req.path}`,
        image: null,
        type: 'website' as const,
      };
      const html = withMeta(indexHtml(), meta, app.config.EXCHANGE_NAME_VI);
      const page = await rendered;
      res.type('html').send((page && withRenderedPage(html, page)) ?? html);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
