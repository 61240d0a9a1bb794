import { parse as parseSetCookie, splitCookiesString, type Cookie } from 'set-cookie-parser';

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  data?: D;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }>;
  headers: Headers;
}

/**
 * A GraphQL client over real HTTP that keeps its own cookie jar, like one browser.
 * `lang` sets Accept-Language (vi by default).
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  lang: 'vi' | 'en' = 'vi';
  lastSetCookies: Cookie[] = [];

  constructor(
    readonly baseUrl: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async raw(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': this.lang,
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie?.() ?? splitCookiesString(res.headers.get('set-cookie') ?? '');
    this.lastSetCookies = parseSetCookie(set, { map: false });
    for (const c of this.lastSetCookies) {
      if (!c.value || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async gql<D = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<D>> {
    const res = await this.raw({ query, variables });
    const json = (await res.json()) as { data?: D; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: json.data, errors: json.errors, headers: res.headers };
  }

  /** Runs a query and fails loudly on GraphQL errors; returns `data`. */
  async ok<D = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<D> {
    const r = await this.gql<D>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as D;
  }
}
