import { createHash, randomUUID } from 'node:crypto';
import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import type express from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { AppServices } from '../graphql/context';
import { langFromHeader } from '../i18n';
import { parse as parseCookie } from 'cookie';
import { sessionCookieName } from '../../modules/account/sessions';

/**
 * Root fields whose answer to a visitor depends only on the query, its variables, the language and
 * public data: the listing page (the tables that notify `PublicDataCache`) and search (those tables and
 * the search index, whose sync worker notifies the same channel once Meilisearch has applied a batch).
 */
const CACHEABLE_ROOT_FIELDS = new Set(['listing', 'search', '__typename']);

/** Longest query text looked at; a longer one is simply not cached. */
const MAX_QUERY_CHARS = 16_384;

/** Whether an operation may be cached, and whether its answer reads the search index. */
export type CacheVerdict = false | 'page' | 'search';

/** Which query texts are cacheable, by text (the few documents the web app sends). */
const verdicts = new LRUCache<string, { verdict: CacheVerdict }>({ max: 500 });

/** Whether this operation only reads cacheable root fields (`'search'` when one of them is `search`). */
export function cacheableOperation(query: string, operationName: string | undefined): CacheVerdict {
  const key = `${operationName ?? ''}\u0000${query}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known.verdict;
  let verdict: CacheVerdict = false;
  try {
    const doc = parse(query, { maxTokens: 2000 });
    const ops = doc.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const op = operationName
      ? ops.find((o) => o.name?.value === operationName)
      : ops.length === 1
        ? ops[0]
        : undefined;
    const cacheable =
      !!op &&
      op.operation === 'query' &&
      !op.directives?.length &&
      op.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && !s.directives?.length && CACHEABLE_ROOT_FIELDS.has(s.name.value),
      );
    verdict = !cacheable
      ? false
      : op.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'search')
        ? 'search'
        : 'page';
  } catch {
    verdict = false; // Apollo will answer the syntax error itself
  }
  verdicts.set(key, { verdict });
  return verdict;
}

/** What the fast path decided for a request it read: the cache key to store Apollo's answer under. */
interface PublicRequestState {
  key: string;
  generation: string;
  search: boolean;
}
type FastRequest = http.IncomingMessage & { body?: unknown; publicCache?: PublicRequestState };

const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** `gzip` offered and not refused with `q=0`. */
const ACCEPTS_GZIP = /(^|,)\s*gzip\s*(;\s*q\s*=\s*(?!0(\.0*)?\s*(,|$))[\d.]+\s*)?(,|$)/i;
/** Answers at least this long go gzipped to clients that accept it (as the `compression` middleware does). */
const GZIP_THRESHOLD = 1024;
const BAD_JSON = JSON.stringify({
  errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
});

/**
 * Serves visitors' public reads (the listing page, search) from `PublicDataCache` before Express runs:
 * a `POST /graphql` with a JSON body, no session cookie, whose operation reads only cacheable root
 * fields, is answered from the cache when the same body in the same language was answered since the last
 * change to public data. Everything else goes on to Express unchanged, except that a body this path has
 * read is handed on parsed (`req.body`; the JSON parser skips a request already read) together with the
 * key under which `publicResponseStore` keeps Apollo's answer. Page views are counted on every answer.
 *
 * `headers` sets the headers every response carries (security headers). Signed-in people, other
 * content types, chunked or large bodies always go the normal way.
 */
export function publicFastPath(app: AppServices, headers: (res: http.ServerResponse) => void) {
  const cookieName = sessionCookieName(app.config);
  const maxBytes = Math.min(MAX_QUERY_CHARS * 4, app.config.GRAPHQL_MAX_BODY_BYTES);
  return (req: FastRequest, res: http.ServerResponse, next: () => void) => {
    const cache = app.publicCache;
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      !cache.ready ||
      !(length > 0 && length <= maxBytes) ||
      req.headers['content-encoding'] !== undefined ||
      !JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '') ||
      (req.headers.cookie !== undefined && parseCookie(req.headers.cookie)[cookieName])
    ) {
      return next();
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => res.destroy());
    req.once('end', () => {
      try {
        answer(req, res, next, Buffer.concat(chunks));
      } catch (error) {
        // Outside Express nothing else would catch it: log, and drop this one request.
        app.logger.error({ err: error }, 'public fast path failed');
        res.destroy();
      }
    });
  };

  function answer(req: FastRequest, res: http.ServerResponse, next: () => void, bytes: Buffer) {
    const cache = app.publicCache;
    // A byte-order mark is allowed, as the JSON body parser allows it.
    const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    if (body === null || typeof body !== 'object') {
      // What the JSON parser would answer (it only takes an object or an array).
      headers(res);
      res
        .writeHead(400, {
          'Content-Type': 'application/json; charset=utf-8',
          'X-Request-Id': randomUUID(),
          'Cache-Control': 'no-store',
        })
        .end(BAD_JSON);
      return;
    }
    req.body = body;
    const b = body as { query?: unknown; operationName?: unknown; extensions?: unknown };
    const verdict =
      !Array.isArray(body) &&
      typeof b.query === 'string' &&
      b.query.length <= MAX_QUERY_CHARS &&
      b.extensions === undefined &&
      (b.operationName == null || typeof b.operationName === 'string') &&
      cacheableOperation(b.query, (b.operationName as string | null | undefined) ?? undefined);
    if (!verdict) return next();
    const lang = langFromHeader(req.headers['accept-language']) ?? 'vi';
    // Apollo answers `application/json` unless Accept asks for `application/graphql-response+json`: such
    // requests are kept apart (their answers, of that type, are not stored); any other Accept shares a key.
    const accept = /graphql-response\+json/i.test(req.headers.accept ?? '') ? req.headers.accept : '';
    const key = createHash('sha256').update(`${lang}\u0000${accept}\u0000${raw}`).digest('base64url');
    const hit = cache.getResponse(key);
    if (!hit) {
      const search = verdict === 'search';
      req.publicCache = { key, generation: cache.generationFor(search), search };
      return next();
    }
    for (const id of hit.views) app.views.add(id);
    headers(res);
    res.setHeader('X-Request-Id', randomUUID());
    res.setHeader('Content-Type', hit.contentType);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('x-cache', 'hit');
    if (hit.body.length >= GZIP_THRESHOLD && ACCEPTS_GZIP.test(req.headers['accept-encoding'] ?? '')) {
      hit.gzipped ??= gzipSync(hit.body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', hit.gzipped.length);
      res.end(hit.gzipped);
    } else {
      res.setHeader('Content-Length', hit.body.length);
      res.end(hit.body);
    }
  }
}

/**
 * Keeps Apollo's successful answer to a request the fast path found cacheable but missing, under the key
 * it computed, unless a change to public data committed meanwhile or a resolver said the answer must
 * not be kept (`res.locals.publicNoStore`: a degraded search, an index still being set up).
 */
export function publicResponseStore(app: AppServices): express.RequestHandler {
  return (req, res, next) => {
    const state = (req as FastRequest).publicCache;
    if (!state) return next();
    const cache = app.publicCache;
    const views: string[] = [];
    res.locals.publicViews = views;
    const send = res.send.bind(res);
    res.send = (payload?: unknown) => {
      const contentType = String(res.getHeader('content-type') ?? '');
      if (
        res.statusCode === 200 &&
        !res.locals.publicNoStore &&
        typeof payload === 'string' &&
        contentType.startsWith('application/json') &&
        !payload.includes('"errors":')
      ) {
        cache.setResponse(
          state.key,
          { body: Buffer.from(payload), contentType, views, search: state.search },
          state.generation,
        );
      }
      res.setHeader('x-cache', 'miss');
      return send(payload);
    };
    next();
  };
}
