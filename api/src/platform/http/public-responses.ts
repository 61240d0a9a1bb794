import { createHash } from 'node:crypto';
import type express from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { AppServices } from '../graphql/context';
import { langFromHeader } from '../i18n';
import { parse as parseCookie } from 'cookie';
import { sessionCookieName } from '../../modules/account/sessions';

/**
 * Root fields whose answer to a visitor depends only on the query, its variables, the language and
 * public data (the tables that notify `PublicDataCache`): the listing page.
 */
const CACHEABLE_ROOT_FIELDS = new Set(['listing', '__typename']);

/** Longest query text looked at; a longer one is simply not cached. */
const MAX_QUERY_CHARS = 16_384;

/** Which query texts are cacheable, by text (the few documents the web app sends). */
const verdicts = new LRUCache<string, boolean>({ max: 500 });

/** Whether this operation only reads cacheable root fields. */
export function cacheableOperation(query: string, operationName: string | undefined): boolean {
  const key = `${operationName ?? ''}\u0000${query}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  let verdict = false;
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
    verdict =
      !!op &&
      op.operation === 'query' &&
      !op.directives?.length &&
      op.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && !s.directives?.length && CACHEABLE_ROOT_FIELDS.has(s.name.value),
      );
  } catch {
    verdict = false; // Apollo will answer the syntax error itself
  }
  verdicts.set(key, verdict);
  return verdict;
}

/**
 * Serves visitors' listing pages from `PublicDataCache`: a POST to /graphql without a session cookie whose
 * operation reads only cacheable root fields is answered from the cache when the same query, variables
 * and language were answered since the last change; otherwise Apollo answers and a successful answer is
 * kept. Page views are still counted on every answer. Signed-in people always go to Apollo.
 */
export function publicResponseCache(app: AppServices): express.RequestHandler {
  const cookieName = sessionCookieName(app.config);
  return (req, res, next) => {
    const cache = app.publicCache;
    const body = req.body as
      { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (
      req.method !== 'POST' ||
      !cache.ready ||
      !body ||
      typeof body.query !== 'string' ||
      body.query.length > MAX_QUERY_CHARS ||
      body.extensions !== undefined ||
      (body.operationName !== undefined &&
        body.operationName !== null &&
        typeof body.operationName !== 'string') ||
      (req.headers.cookie && parseCookie(req.headers.cookie)[cookieName])
    ) {
      return next();
    }
    const operationName = (body.operationName as string | null | undefined) ?? undefined;
    if (!cacheableOperation(body.query, operationName)) return next();
    const lang = langFromHeader(req.get('accept-language')) ?? 'vi';
    const key = createHash('sha256')
      .update(
        `${lang}\u0000${operationName ?? ''}\u0000${body.query}\u0000${JSON.stringify(body.variables ?? null)}`,
      )
      .digest('base64url');
    const hit = cache.getResponse(key);
    if (hit) {
      for (const id of hit.views) app.views.add(id);
      res.status(200).setHeader('content-type', hit.contentType).setHeader('x-cache', 'hit').send(hit.body);
      return;
    }
    const generation = cache.generation;
    const views: string[] = [];
    res.locals.publicViews = views;
    const send = res.send.bind(res);
    res.send = (payload?: unknown) => {
      const contentType = String(res.getHeader('content-type') ?? '');
      if (
        res.statusCode === 200 &&
        typeof payload === 'string' &&
        contentType.startsWith('application/json') &&
        !payload.includes('"errors":')
      ) {
        cache.setResponse(key, { body: Buffer.from(payload), contentType, views }, generation);
      }
      res.setHeader('x-cache', 'miss');
      return send(payload);
    };
    next();
  };
}
