import { Pool } from 'undici';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  type Meilisearch,
  type SearchParams,
  type SearchResponse,
} from 'meilisearch';

/**
 * The search request of every uncached search (`POST /indexes/:uid/search`) over a keep-alive undici
 * pool, instead of the Meilisearch client's global `fetch`: fetch wraps each request and answer in web
 * streams, a `Request`, a `Headers` and an abort controller, which cost about a tenth of a signed-in search's
 * API CPU in the profile (the client's `httpClient` option cannot stand in: whatever it throws, the client
 * wraps in a `MeilisearchRequestError`, which the search service reads as "unreachable").
 *
 * Same request and same errors as `client.index(uid).search(q, params)`: the body is `{ q, ...params }`;
 * an answer other than 2xx throws `MeilisearchApiError` with Meilisearch's error (`cause.code`); a request
 * that fails throws `MeilisearchRequestError` with the socket's error as its cause. Answers come
 * uncompressed (no `Accept-Encoding`). One pool per client and host, kept as long as the client.
 */
interface Target {
  pool: Pool;
  base: URL;
  headers: Record<string, string>;
  paths: Map<string, string>;
}

const targets = new WeakMap<Meilisearch, Target>();

function targetOf(client: Meilisearch): Target {
  let target = targets.get(client);
  if (!target) {
    // As the client reads its host: `http://` when no scheme is given, a trailing slash for the base path.
    let host = client.config.host;
    if (!host.startsWith('https://') && !host.startsWith('http://')) host = `http://${host}`;
    if (!host.endsWith('/')) host += '/';
    const base = new URL(host);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (client.config.apiKey) headers.authorization = `Bearer ${client.config.apiKey}`;
    target = { pool: new Pool(base.origin, { keepAliveTimeout: 30_000 }), base, headers, paths: new Map() };
    targets.set(client, target);
  }
  return target;
}

export async function searchIndex<T extends Record<string, unknown>>(
  client: Meilisearch,
  indexUid: string,
  q: string,
  params: SearchParams,
): Promise<SearchResponse<T>> {
  const target = targetOf(client);
  let path = target.paths.get(indexUid);
  if (path === undefined) {
    const url = new URL(`indexes/${indexUid}/search`, target.base);
    path = url.pathname + url.search;
    target.paths.set(indexUid, path);
  }
  let status: number;
  let text: string;
  try {
    const res = await target.pool.request({
      path,
      method: 'POST',
      headers: target.headers,
      body: JSON.stringify({ q, ...params }),
    });
    status = res.statusCode;
    text = await res.body.text();
  } catch (error) {
    throw new MeilisearchRequestError(new URL(path, target.base).toString(), error);
  }
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  if (status < 200 || status >= 300) {
    throw new MeilisearchApiError(new Response(null, { status }), body as never);
  }
  return body as SearchResponse<T>;
}

/** Closes the pool of a client (at shutdown); the next search opens a new one. */
export async function closeSearchHttp(client: Meilisearch): Promise<void> {
  const target = targets.get(client);
  if (!target) return;
  targets.delete(client);
  await target.pool.close();
}
