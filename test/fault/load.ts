/**
 * What the fault and soak tests send: small GraphQL operations of the exchange's main journeys, a call
 * that records how each request ended (never throws, never waits for ever), and a bounded worker pool.
 */
import type { TestClient } from '../kit/client';
import { LISTING_FIELDS } from '../kit/listings';

const ERR = 'errors { field code message }';
const LISTING = 'id slug status version';
const CASE = 'id number stage version';

export const OPS = {
  create: `mutation ($input: CreateListingInput!) { createListing(input: $input) { listing { ${LISTING} } ${ERR} } }`,
  submit: `mutation ($id: ID!) { submitListing(input: { listingId: $id }) { listing { ${LISTING} } ${ERR} } }`,
  publish: `mutation ($id: ID!) { publishListing(input: { listingId: $id, reason: "Thông tin đầy đủ, đăng công khai." }) { listing { ${LISTING} } ${ERR} } }`,
  express: `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { interest { id status } ${ERR} } }`,
  openCase: `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { ${CASE} } ${ERR} } }`,
  moveCase: `mutation ($input: MoveCaseInput!) { moveCase(input: $input) { case { ${CASE} } ${ERR} } }`,
  getCase: `query ($id: ID!) { case(id: $id) { ${CASE} } }`,
  /** What the listing page asks for. */
  view: `query ($slug: String) { listing(slug: $slug) { ...L } } ${LISTING_FIELDS}`,
  /** What the search page asks for (hits, facets). */
  search: `query ($q: String, $where: SearchWhere, $page: Int) {
    search(query: $q, where: $where, page: $page, pageSize: 20) {
      totalCount page pageCount degraded
      hits { titleHighlight snippet listing { id slug kind content { title summary province { code } } organization { id name } } }
      facets { name values { value label count } }
    }
  }`,
} as const;

export const NEXT_STAGE: Record<string, string | undefined> = {
  RECEIVED: 'SCREENING',
  SCREENING: 'MATCHING',
  MATCHING: 'INTRODUCED',
  INTRODUCED: 'NEGOTIATING',
  NEGOTIATING: 'AGREED',
};

export function interestInput(listingId: string) {
  return {
    listingId,
    whoWeAre: 'Doanh nghiệp chế biến nông sản ở Thạch Hà, 120 lao động.',
    intendedUse: 'Ứng dụng cho dây chuyền sấy vụ Hè Thu.',
    timeline: 'WITHIN_6_MONTHS',
    message: 'Xin được trao đổi thêm về bảo hành và chuyển giao.',
  };
}

/** How one request ended. */
export type Outcome =
  /** 2xx with data and no errors of any kind. */
  | 'ok'
  /** The mutation's payload carried `errors` (something the user could fix, or a refused state change). */
  | 'payload-error'
  /** A GraphQL error with an `extensions.code` (masked or meant for clients). */
  | 'graphql-error'
  /** HTTP 5xx. */
  | 'http-5xx'
  /** No answer within the time limit. */
  | 'timeout'
  /** The connection failed (refused, reset). */
  | 'network';

export interface CallResult<D = any> {
  op: string;
  outcome: Outcome;
  status: number;
  ms: number;
  startedAt: number;
  data?: D;
  /** The GraphQL error codes and messages, if any. */
  errors: Array<{ code?: string; message: string }>;
  /** The raw body when the request did not succeed (to check that nothing internal leaks). */
  body?: string;
}

/**
 * Sends one GraphQL operation as `client` (its cookies and language), with a time limit, and says how
 * it ended. `payloadField` names the mutation field whose `errors` count as a payload error.
 */
export async function call<D = any>(
  client: TestClient,
  op: keyof typeof OPS,
  variables: Record<string, unknown>,
  opts: { payloadField?: string; timeoutMs?: number } = {},
): Promise<CallResult<D>> {
  const startedAt = Date.now();
  const done = (r: Omit<CallResult<D>, 'op' | 'ms' | 'startedAt'>): CallResult<D> => ({
    op,
    startedAt,
    ms: Date.now() - startedAt,
    ...r,
  });
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${client.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': client.lang,
        ...(client.cookies.size ? { cookie: client.cookieHeader() } : {}),
      },
      body: JSON.stringify({ query: OPS[op], variables }),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
    text = await res.text();
  } catch (error) {
    const name = (error as Error).name;
    const outcome = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
    return done({ outcome, status: 0, errors: [{ message: String(error) }] });
  }
  let json: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: reported below with its body
  }
  const errors = (json.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
  if (res.status >= 500) return done({ outcome: 'http-5xx', status: res.status, errors, body: text });
  if (errors.length || !json.data)
    return done({ outcome: 'graphql-error', status: res.status, errors, data: json.data, body: text });
  const payload = opts.payloadField ? json.data[opts.payloadField] : null;
  if (payload?.errors?.length) {
    return done({
      outcome: 'payload-error',
      status: res.status,
      data: json.data,
      errors: payload.errors.map((e: { code: string; message: string }) => ({
        code: e.code,
        message: e.message,
      })),
      body: text,
    });
  }
  return done({ outcome: 'ok', status: res.status, data: json.data, errors: [] });
}

/** Runs `worker(i)` on `n` lanes until each returns false or `until` passes. */
export async function pool(n: number, until: () => boolean, worker: (lane: number) => Promise<void>) {
  await Promise.all(
    Array.from({ length: n }, async (_, lane) => {
      while (!until()) await worker(lane);
    }),
  );
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Words of the exchange for search queries (with and without diacritics, as people type them). */
export const QUERIES = [
  'máy sấy',
  'may say lua',
  'điện mặt trời',
  'dien mat troi',
  'xử lý nước thải',
  'chế phẩm sinh học',
  'phân bón hữu cơ',
  'nuoi tom',
  'cảm biến',
  'giống lúa',
  'công nghệ thông tin',
  'thiết bị',
  'hà tĩnh',
  '',
];

export function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}
