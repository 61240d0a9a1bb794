import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../kit/app';
import { countQueries } from '../kit/sql';
import { User } from '../../api/src/modules/account/entities';

/**
 * Attacks on the GraphQL endpoint, each one failing the test if it works: shapes that would make the server
 * work hard (aliases, batching, duplication, directives, depth, tokens, cost, page size, body size) are
 * refused before anything runs — no resolver, no SQL —, requests a browser can be tricked into sending
 * (GET, forms) are refused, and production hides the schema, the IDE and every internal detail.
 */
let app: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [app, prod] = await Promise.all([
    startTestApp(),
    startTestApp({ env: { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40) } }),
  ]);
  // Background workers (search outbox, mail queue) poll the database: pause them for the whole file, so
  // that counting SQL statements counts the requests only. Nothing here needs them.
  await Promise.all([quiet(app), quiet(prod)]);
});
afterAll(async () => {
  await Promise.all([app?.close(), prod?.close()]);
});

/** Stops the workers and waits until nothing they started is still talking to the database. */
async function quiet(a: TestApp) {
  await a.searchSync.stop();
  await a.services.mailQueue.stop();
  for (let i = 0; i < 50; i++) {
    const n = await countQueries(a, () => new Promise((r) => setTimeout(r, 100)));
    if (n === 0) return;
  }
  throw new Error('the API kept sending SQL with its workers stopped');
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let json: Answer['json'] = null;
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A visitor's POST (no cookie: building the request context costs no SQL). */
async function post(a: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(
    await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

async function get(a: TestApp, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(await fetch(`${a.url}/graphql?query=${encodeURIComponent(query)}`, { headers }));
}

/** Runs `fn` and fails unless the API sent no SQL statement meanwhile: the request was refused before any work. */
async function noWork<T>(a: TestApp, fn: () => Promise<T>): Promise<T> {
  let out: T | undefined;
  const statements = await countQueries(a, async () => {
    out = await fn();
  });
  expect(statements, 'SQL statements sent while handling a refused request').toBe(0);
  return out as T;
}

/** Refused as a whole: a 4xx, no `data`, and the first error's code. */
function expectRefused(r: Answer, code: string, status = 400) {
  expect(r.status, r.text).toBe(status);
  expect(r.json?.data).toBeUndefined();
  expect(r.json?.errors?.[0]?.extensions?.code, r.text).toBe(code);
}

const messages = (r: Answer) => (r.json?.errors ?? []).map((e) => e.message).join(' | ');

describe('query shape limits: refused before anything runs', () => {
  it('refuses 101 aliases, and allows the 15 the limit names', async () => {
    const aliased = (n: number, field: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    // Short ones meet the alias limit; longer ones meet the token limit first.
    const short = await noWork(app, () => post(app, { query: aliased(101, 'unreadNotificationCount') }));
    expectRefused(short, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(short)).toContain('Aliases limit of 15 exceeded, found 101');
    const long = await noWork(app, () =>
      post(app, { query: aliased(101, 'listings(first: 1) { totalCount }') }),
    );
    expectRefused(long, 'GRAPHQL_PARSE_FAILED');
    const ok = await post(app, { query: aliased(15, 'listings(first: 1) { totalCount }') });
    expect(ok.status).toBe(200);
    expect(ok.json?.errors).toBeUndefined();
  });

  it('refuses a batch of 10 operations: batching is off', async () => {
    const op = { query: '{ listings(first: 1) { totalCount } }' };
    const r = await noWork(app, () =>
      post(
        app,
        Array.from({ length: 10 }, () => op),
      ),
    );
    expectRefused(r, 'BAD_REQUEST');
    expect(messages(r)).toMatch(/batching/i);
    expect(Array.isArray(r.json)).toBe(false);
  });

  it('refuses a field repeated 500 times (token limit)', async () => {
    const r = await noWork(app, () =>
      post(app, { query: `{ listings(first: 1) { ${'totalCount '.repeat(500)}} }` }),
    );
    expectRefused(r, 'GRAPHQL_PARSE_FAILED');
    expect(messages(r)).toMatch(/more th\w+ 500 tokens/);
  });

  it('refuses a document over the token limit, however it is spread over fragments', async () => {
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Site { exchangeName }`);
    const spreads = Array.from({ length: 60 }, (_, i) => `...F${i}`).join(' ');
    const r = await noWork(app, () => post(app, { query: `{ site { ${spreads} } } ${fragments.join(' ')}` }));
    expectRefused(r, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses 10 repeated directives, on one field or spread over ten', async () => {
    const repeated = `{ listings(first: 1) ${'@include(if: true) '.repeat(10)}{ totalCount } }`;
    const one = await noWork(app, () => post(app, { query: repeated }));
    expectRefused(one, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(one)).toContain('Directives limit of 5 exceeded, found 10');
    const d = '@include(if: true)';
    const spread = `{ listings(first: 1) ${d} { totalCount ${d} pageInfo ${d} { hasNextPage ${d} endCursor ${d} }
      edges ${d} { cursor ${d} node ${d} { id ${d} slug ${d} } } } }`;
    const ten = await noWork(app, () => post(app, { query: spread }));
    expectRefused(ten, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(ten)).toContain('Directives limit of 5 exceeded, found 10');
  });

  it('refuses a query deeper than the limit (organisation → members → user → memberships → …)', async () => {
    const cycle = `members { user { memberships { organization { members { user { memberships { organization { name } } } } } } } }`;
    const r = await noWork(app, () =>
      post(app, { query: `{ organizations(first: 1) { edges { node { ${cycle} } } } }` }),
    );
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toContain('Query depth limit of 10 exceeded, found 12');
  });

  it('refuses a circular introspection query, through __type and through __schema', async () => {
    let nested = 'name';
    for (let i = 0; i < 6; i++) nested = `fields { type { ${nested} } }`;
    const viaType = await noWork(app, () =>
      post(app, { query: `{ __type(name: "Organization") { ${nested} } }` }),
    );
    expectRefused(viaType, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(viaType)).toContain('Query depth limit of 10 exceeded');
    // __schema is left out of Armor's depth count (the IDE's own introspection must pass in development);
    // graphql-js refuses nesting fields → type → fields three times over, and production refuses it all.
    const viaSchema = await noWork(app, () => post(app, { query: `{ __schema { types { ${nested} } } }` }));
    expectRefused(viaSchema, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(viaSchema)).toMatch(/Maximum introspection depth exceeded/);
    const inProduction = await noWork(prod, () =>
      post(prod, { query: `{ __schema { types { ${nested} } } }` }),
    );
    expectRefused(inProduction, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query whose estimated cost is over the limit, and allows it at a tenth of the size', async () => {
    // 100 organisations with their members and each member's organisations: depth 8, within the depth limit.
    const query = (first: number) => `{ organizations(first: ${first}) { edges { node { id name
      members { id role user { id displayName memberships { id organization { id name } } } } } } } }`;
    const r = await noWork(app, () => post(app, { query: query(100) }));
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toMatch(/^Syntax Error: Query Cost limit of 8000 exceeded, found \d+/);
    const ok = await post(app, { query: query(10) });
    expect(ok.status).toBe(200);
    expect(ok.json?.errors).toBeUndefined();
  });

  it('refuses first: 99999999 on a connection: by cost when written in the query, by the page cap when a variable', async () => {
    const literal = await noWork(app, () =>
      post(app, { query: `{ listings(first: 99999999) { edges { node { id } } } }` }),
    );
    expectRefused(literal, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(literal)).toMatch(/Query Cost limit of 8000 exceeded, found \d+/);
    const variable = await noWork(app, () =>
      post(app, {
        query: `query ($n: Int) { listings(first: $n) { edges { node { id } } } }`,
        variables: { n: 99999999 },
      }),
    );
    expect(variable.status).toBe(200);
    expect(variable.json?.data).toBeNull();
    expect(variable.json?.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect(variable.json?.errors?.[0]?.message).toContain('100');
  });

  it('answers a body over the size limit with 413 and a GraphQL error, whether or not its length is announced', async () => {
    const big = JSON.stringify({
      query: `{ listings(first: 1) { totalCount } } # ${'x'.repeat(120 * 1024)}`,
    });
    const announced = await noWork(app, () => post(app, big));
    expectRefused(announced, 'PAYLOAD_TOO_LARGE', 413);
    expect(messages(announced)).toBe('The request body is larger than 100 kB.');
    const bytes = new TextEncoder().encode(big);
    const streamed = await noWork(app, async () =>
      answer(
        await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new ReadableStream({
            start(controller) {
              for (let i = 0; i < bytes.length; i += 16 * 1024)
                controller.enqueue(bytes.slice(i, i + 16 * 1024));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit),
      ),
    );
    expectRefused(streamed, 'PAYLOAD_TOO_LARGE', 413);
  });
});

describe('requests a browser can be made to send', () => {
  const LISTINGS = '{ listings(first: 1) { totalCount } }';
  const REGISTER = (email: string) =>
    `mutation { register(input: { email: "${email}", password: "mat-khau-rat-dai-2026", displayName: "Kẻ tấn công" }) { user { id } errors { code } } }`;
  const registered = (email: string) => app.orm.em.fork().count(User, { email });

  it('refuses a query over GET without the CSRF preflight header (and answers it with one)', async () => {
    const r = await noWork(app, () => get(app, LISTINGS));
    expectRefused(r, 'BAD_REQUEST');
    expect(messages(r)).toMatch(/Cross-Site Request Forgery/);
    const withHeader = await get(app, LISTINGS, { 'apollo-require-preflight': 'true' });
    expect(withHeader.status).toBe(200);
    expect(withHeader.json?.data).toEqual({ listings: { totalCount: 0 } });
  });

  it('refuses a mutation over GET, even with the preflight header', async () => {
    const email = 'qua-get@example.vn';
    for (const headers of [{}, { 'apollo-require-preflight': 'true' }] as Record<string, string>[]) {
      const r = await noWork(app, () => get(app, REGISTER(email), headers));
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.json?.data).toBeUndefined();
    }
    expect((await get(app, REGISTER(email), { 'apollo-require-preflight': 'true' })).status).toBe(405);
    expect(await registered(email)).toBe(0);
  });

  it('refuses form-encoded, multipart and plain-text POSTs (what an HTML form can send)', async () => {
    const email = 'qua-form@example.vn';
    const query = REGISTER(email);
    const form = new FormData();
    form.set('query', query);
    const bodies: [string, RequestInit][] = [
      [
        'urlencoded',
        {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ query }).toString(),
        },
      ],
      ['multipart', { body: form }],
      ['text/plain', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) }],
    ];
    for (const [label, init] of bodies) {
      const r = await noWork(app, async () =>
        answer(await fetch(`${app.url}/graphql`, { method: 'POST', ...init })),
      );
      expect(r.status, label).toBe(400);
      expect(r.json?.data, label).toBeUndefined();
      expect(messages(r), label).toMatch(/Cross-Site Request Forgery/);
    }
    expect(await registered(email)).toBe(0);
  });
});

describe('production mode', () => {
  it('turns introspection off, through __schema and __type alike', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "User") { fields { name } } }',
    ]) {
      const r = await post(prod, { query });
      expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
      expect(messages(r)).toMatch(/introspection is not allowed/);
    }
    // __typename is not introspection: clients (Apollo's cache) need it.
    expect((await post(prod, { query: '{ __typename }' })).json?.data).toEqual({ __typename: 'Query' });
  });

  it('suggests no argument, input field, type or enum value ("Did you mean")', async () => {
    const typos = [
      '{ listings(frist: 1) { totalCount } }',
      'mutation { signIn(input: { emial: "a@b.vn", password: "x" }) { errors { code } } }',
      'query ($w: ListingWher) { listings(where: $w) { totalCount } }',
      '{ listings(where: { kind: OFER }) { totalCount } }',
      '{ site { exchangeNam } }',
    ];
    for (const query of typos) {
      const r = await post(prod, { query });
      expect(r.status, query).toBe(400);
      expect(r.json?.errors?.length, query).toBeGreaterThan(0);
      expect(r.text, query).not.toMatch(/Did you mean/i);
      // Nor the names it would have suggested.
      expect(r.text, query).not.toMatch(/"(first|email|ListingWhere|OFFER|exchangeName)"/);
    }
  });

  it('names no limit in a refusal', async () => {
    const deep = `{ organizations(first: 1) { edges { node { members { user { memberships { organization {
      members { user { memberships { organization { name } } } } } } } } } } } }`;
    const r = await post(prod, { query: deep });
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toBe('Syntax Error: Query validation error.');
    const tokens = await post(prod, { query: `{ site { ${'exchangeName '.repeat(600)}} }` });
    expectRefused(tokens, 'GRAPHQL_PARSE_FAILED');
    expect(messages(tokens)).toBe('Syntax Error: Query validation error.');
  });

  it('serves no IDE (Sandbox, landing page) to a browser', async () => {
    for (const headers of [
      { accept: 'text/html' },
      { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'apollo-require-preflight': 'true' },
    ] as Record<string, string>[]) {
      const res = await fetch(`${prod.url}/graphql`, { headers });
      const body = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-type')).not.toMatch(/html/);
      expect(body).not.toMatch(/<html|<script|sandbox|embeddable|apollographql/i);
    }
  });

  it('never shows a stack trace, an exception or an internal message in an error', async () => {
    const visitor = prod.client();
    const member = await prod.world.member();
    const answers: Answer[] = [
      await post(prod, { query: '{ site { ' }), // parse error
      await post(prod, { query: '{ nothing }' }), // validation error
      await post(prod, {
        query: 'query ($n: Int) { listings(first: $n) { totalCount } }',
        variables: { n: 'x' },
      }),
      await post(prod, { query: '{ listings(after: "not-a-cursor") { totalCount } }' }), // BAD_USER_INPUT
      await post(prod, { query: '{ users { totalCount } }' }), // UNAUTHENTICATED
      await answer(
        await member.client.raw({
          query: 'mutation { setUserRole(input: { userId: "x", role: ADMIN }) { errors { code } } }',
        }),
      ), // FORBIDDEN
      await answer(
        await member.client.raw({
          query:
            'mutation { acceptInterest(input: { interestId: "00000000-0000-4000-8000-000000000000" }) { errors { code } } }',
        }),
      ), // NOT_FOUND
      // A NUL character, which PostgreSQL refuses inside text: an error nobody planned for.
      await post(prod, { query: '{ organizations(where: { search: "a\\u0000b" }) { totalCount } }' }),
      await answer(await visitor.raw('{"query": ')), // malformed JSON
    ];
    const codes: string[] = [];
    for (const a of answers) {
      expect(a.json?.errors?.length, a.text).toBeGreaterThan(0);
      for (const e of a.json!.errors!) {
        const code = String(e.extensions?.code);
        codes.push(code);
        expect(
          Object.keys(e.extensions ?? {}).filter((k) => !['code', 'field'].includes(k)),
          a.text,
        ).toEqual([]);
        expect(a.text).not.toMatch(
          /stacktrace|exception|\bat .+:\d+:\d+|\.ts\b|node_modules|select |insert |postgres|mikro-?orm|invalid byte/i,
        );
        if (code === 'INTERNAL_SERVER_ERROR') expect(e.message).toBe('Internal server error');
      }
    }
    expect(codes).toEqual(
      expect.arrayContaining([
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'INTERNAL_SERVER_ERROR',
      ]),
    );
  });
});
