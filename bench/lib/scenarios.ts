/**
 * What the load generator sends: the web app's own queries (search page, listing page, a member's
 * dashboard) to the API, and the same work sent straight to Meilisearch or to a minimal SQL handler as
 * baselines. Every request mix rotates deterministically.
 */
import type { FACETS } from '../../api/src/modules/search/index-config';
import type { SearchSelection } from '../../api/src/modules/search/selection';
import { informativeWords, meiliSearchParams } from '../../api/src/modules/search/service';
import type { Scenario } from './load';

type Where = Partial<Record<(typeof FACETS)[number], string[]>>;

export interface SearchCase {
  label: string;
  query: string;
  where?: Where;
  orderBy?: 'RELEVANCE' | 'NEWEST';
  page?: number;
}

/** A realistic mix: with and without diacritics, one typo, facets, filters, page 1 and page 3. */
export const SEARCH_MIX: SearchCase[] = [
  { label: 'diacritics', query: 'máy sấy lúa' },
  { label: 'no diacritics', query: 'may say lua' },
  { label: 'filter province', query: 'điện mặt trời', where: { province: ['ha-tinh'] } },
  { label: 'no diacritics + sector', query: 'xu ly nuoc thai', where: { sector: ['environment'] } },
  {
    label: 'kind + maturity',
    query: 'chế phẩm sinh học',
    where: { kind: ['OFFER'], maturityStage: ['PILOTED', 'COMMERCIALISED'] },
  },
  { label: 'page 3', query: 'cảm biến IoT', page: 3 },
  { label: 'typo', query: 'chitozan bảo quản' },
  { label: 'browse sector, newest', query: '', where: { sector: ['agriculture'] }, orderBy: 'NEWEST' },
  { label: 'price band', query: 'tôm', where: { priceBand: ['UNDER_100M', 'FROM_100M_TO_500M'] } },
  { label: 'page 3, no diacritics', query: 'giong lua chiu man', page: 3 },
  { label: 'transfer form', query: 'phần mềm quản lý', where: { transferForm: ['LICENCE'] } },
  { label: 'ip status', query: 'than sinh hoc', where: { ipStatus: ['GRANTED'] } },
];

/** Search-as-you-type: what a box sends after one, two and three syllables (the last one partial). */
export const TYPEAHEAD_MIX = [
  'máy',
  'máy s',
  'máy sấy',
  'xử lý n',
  'điện',
  'điện mặt',
  'phân bón h',
  'cảm b',
  'nuôi tôm',
  'chế ph',
  'tu dong',
  'dược l',
  'gạch không',
  'phan mem',
  'biog',
];

const PAGE_SIZE = 20;
const TYPEAHEAD_SIZE = 5;

/** What `SEARCH_QUERY` asks of a search: the service's Meilisearch request depends on it. */
const SEARCH_PAGE_SELECTION: SearchSelection = {
  listing: false,
  card: true,
  titleHighlight: true,
  snippet: true,
  facets: true,
};

/** The search page's query (`SearchPage_search` with the `SearchHitCard_hit` fragment inlined). */
const SEARCH_QUERY = /* GraphQL */ `
  query BenchSearch($query: String, $where: SearchWhere, $orderBy: SearchOrder, $page: Int, $pageSize: Int) {
    search(query: $query, where: $where, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
      totalCount
      page
      pageCount
      degraded
      searchedWords
      facets {
        name
        values {
          value
          label
          count
        }
      }
      hits {
        titleHighlight
        snippet
        card {
          id
          slug
          kind
          organizationName
          confirmedAt
          trl
          maturityStage
          priceNegotiable
          priceMin
          priceMax
          ipVerified
          coverThumbnailUrl
          province {
            code
            name
          }
        }
      }
    }
  }
`;

const TYPEAHEAD_QUERY = /* GraphQL */ `
  query BenchTypeahead($query: String, $pageSize: Int) {
    search(query: $query, pageSize: $pageSize) {
      totalCount
      hits {
        titleHighlight
        card {
          id
          slug
          kind
        }
      }
    }
  }
`;

const DETAIL_QUERY = /* GraphQL */ `
  query BenchListing($slug: String!) {
    listing(slug: $slug) {
      id
      slug
      kind
      status
      pendingStatus
      anonymous
      publishedAt
      expiresAt
      lastConfirmedAt
      viewerCanEdit
      viewerCanReview
      organization {
        id
        name
        type
        verificationStatus
        viewerRole
        province {
          code
          name
        }
      }
      contact {
        name
        email
        phone
      }
      reviews {
        decision
        reason
        brokerName
        createdAt
      }
      content {
        title
        summary
        descriptionHtml
        advantages
        specification
        expectedResult
        confidentialDetail
        testResults
        sectors {
          id
          code
          label
        }
        keywords
        partnerTypes
        partnerRole
        trl
        maturityStage
        ipRecords {
          id
          type
          status
          number
          date
          territory
          verified
        }
        transferForms
        priceNegotiable
        priceMin
        priceMax
        priceBand
        province {
          code
          name
        }
        languages
        images {
          id
          fileName
          url
          thumbnailUrl
        }
        documents {
          id
          fileName
          contentType
          byteSize
          confidential
          url
        }
        deadline
        openForInterest
      }
    }
  }
`;

/**
 * What a member's start page shows: their listings, the interests they sent and received, their cases —
 * the web app's own queries (one per list: the API caps a document at GRAPHQL_MAX_TOKENS tokens), sent
 * in turn, so one dashboard view is four requests.
 */
const DASHBOARD_QUERIES = [
  /* GraphQL */ `
    query BenchMyListings {
      me {
        id
        displayName
      }
      listings(first: 20, where: { mine: true }) {
        totalCount
        edges {
          cursor
          node {
            id
            slug
            kind
            status
            pendingStatus
            expiresAt
            lastConfirmedAt
            updatedAt
            viewerCanEdit
            content {
              title
            }
            pendingContent {
              title
            }
            reviews {
              decision
              reason
              brokerName
              createdAt
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  ...(['SENT', 'RECEIVED'] as const).map(
    (direction) => /* GraphQL */ `
  query BenchInterests${direction} {
    interests(direction: ${direction}, first: 20) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          status
          timeline
          whoWeAre
          intendedUse
          message
          senderName
          createdAt
          answeredAt
          declineReason
          declineText
          viewerCanAnswer
          listing {
            id
            slug
            kind
            content {
              title
            }
            organization {
              id
              name
            }
          }
          organization {
            id
            name
          }
          senderContact {
            name
            email
            phone
          }
        }
      }
    }
  }
`,
  ),
  /* GraphQL */ `
    query BenchCases {
      cases(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            number
            title
            stage
            outcome
            dueAt
            clock
            workingDaysLeft
            openedAt
            closedAt
            requester {
              id
              name
            }
            assignee {
              id
              displayName
            }
          }
        }
      }
    }
  `,
];

const GRAPHQL_HEADERS = { 'apollo-require-preflight': 'true', 'accept-language': 'vi' };
/** A GraphQL answer with top-level errors (payload `errors: []` lists are fine). */
export const graphqlOk = (body: string) => !body.includes('"errors":[{') && body.includes('"data"');

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/**
 * The search page's query over the mix. Visitors (no cookie) are answered from the API's public answer
 * cache after the first time each of the 12 searches is asked (emptied whenever public data or the index
 * change); with a member's `cookie` every search goes to Meilisearch (PostgreSQL is asked only for the session).
 */
export function searchApi(apiUrl: string, cookie?: string): Scenario {
  const bodies = SEARCH_MIX.map((c) =>
    gql(SEARCH_QUERY, {
      query: c.query || null,
      where: c.where ?? null,
      orderBy: c.orderBy ?? 'RELEVANCE',
      page: c.page ?? 1,
      pageSize: PAGE_SIZE,
    }),
  );
  return {
    name: cookie ? 'search (API, signed in, uncached)' : 'search (API, visitors)',
    url: apiUrl,
    method: 'POST',
    headers: cookie ? { ...GRAPHQL_HEADERS, cookie } : GRAPHQL_HEADERS,
    request: (i) => ({ path: '/graphql', body: bodies[i % bodies.length] }),
    // A degraded answer came from the PostgreSQL fallback, not from the search engine.
    check: (b) => graphqlOk(b) && b.includes('"hits"') && b.includes('"degraded":false'),
  };
}

/** The very search request the API's search service sends for each case (same options, same filters). */
export function meiliSearchBody(c: SearchCase): Record<string, unknown> {
  return {
    q: informativeWords(c.query.trim()).text,
    ...meiliSearchParams(c, c.page ?? 1, PAGE_SIZE, SEARCH_PAGE_SELECTION),
  };
}

export function searchDirect(meiliUrl: string, masterKey: string, index: string): Scenario {
  const bodies = SEARCH_MIX.map((c) => JSON.stringify(meiliSearchBody(c)));
  return {
    name: 'search (Meilisearch direct)',
    url: meiliUrl,
    method: 'POST',
    headers: { authorization: `Bearer ${masterKey}` },
    request: (i) => ({ path: `/indexes/${index}/search`, body: bodies[i % bodies.length] }),
    check: (b) => b.includes('"hits"'),
  };
}

export function typeaheadApi(apiUrl: string): Scenario {
  const bodies = TYPEAHEAD_MIX.map((q) => gql(TYPEAHEAD_QUERY, { query: q, pageSize: TYPEAHEAD_SIZE }));
  return {
    name: 'search-as-you-type (API)',
    url: apiUrl,
    method: 'POST',
    headers: GRAPHQL_HEADERS,
    request: (i) => ({ path: '/graphql', body: bodies[i % bodies.length] }),
    check: (b) => graphqlOk(b) && b.includes('"hits"'),
  };
}

/** What a suggestion box needs from Meilisearch: five titles, highlighted, no facets. */
export function typeaheadDirect(meiliUrl: string, masterKey: string, index: string): Scenario {
  const bodies = TYPEAHEAD_MIX.map((q) =>
    JSON.stringify({
      q,
      limit: TYPEAHEAD_SIZE,
      attributesToRetrieve: ['id', 'slug', 'kind'],
      attributesToHighlight: ['title'],
      locales: ['vie', 'eng'],
    }),
  );
  return {
    name: 'search-as-you-type (Meilisearch direct)',
    url: meiliUrl,
    method: 'POST',
    headers: { authorization: `Bearer ${masterKey}` },
    request: (i) => ({ path: `/indexes/${index}/search`, body: bodies[i % bodies.length] }),
    check: (b) => b.includes('"hits"'),
  };
}

/**
 * Visitors reading listing pages: every slug is read once before the warm-up, so this measures the
 * steady state of a hot set of `slugs.length` listings in the API's public answer cache (emptied at every
 * commit that changes public data).
 */
export function detailApi(apiUrl: string, slugs: string[]): Scenario {
  return {
    name: 'listing detail (API, visitors)',
    url: apiUrl,
    method: 'POST',
    headers: GRAPHQL_HEADERS,
    request: (i) => ({ path: '/graphql', body: gql(DETAIL_QUERY, { slug: slugs[i % slugs.length] }) }),
    check: (b) => graphqlOk(b) && b.includes('"listing":{'),
    prime: slugs.length,
  };
}

/** The same pages read by a signed-in member: never cached, every request resolved from PostgreSQL. */
export function detailMemberApi(apiUrl: string, slugs: string[], cookie: string): Scenario {
  return {
    name: 'listing detail (API, signed in, uncached)',
    url: apiUrl,
    method: 'POST',
    headers: { ...GRAPHQL_HEADERS, cookie },
    request: (i) => ({ path: '/graphql', body: gql(DETAIL_QUERY, { slug: slugs[i % slugs.length] }) }),
    check: (b) => graphqlOk(b) && b.includes('"listing":{'),
  };
}

export function detailBaseline(baselineUrl: string, slugs: string[]): Scenario {
  return {
    name: 'listing detail (minimal handler)',
    url: baselineUrl,
    method: 'GET',
    request: (i) => ({ path: `/listing?slug=${encodeURIComponent(slugs[i % slugs.length]!)}` }),
    check: (b) => b.includes('"listing":{'),
  };
}

export function dashboardApi(apiUrl: string, cookie: string): Scenario {
  const bodies = DASHBOARD_QUERIES.map((q) => gql(q, {}));
  return {
    name: 'member dashboard (API, 4 queries)',
    url: apiUrl,
    method: 'POST',
    headers: { ...GRAPHQL_HEADERS, cookie },
    request: (i) => ({ path: '/graphql', body: bodies[i % bodies.length] }),
    // Each list has rows: an empty answer would mean the session or the data are wrong.
    check: (b) => graphqlOk(b) && b.includes('"totalCount":') && !b.includes('"totalCount":0'),
  };
}

export const PUBLISH_MUTATION = /* GraphQL */ `
  mutation BenchPublish($input: ReviewListingInput!) {
    publishListing(input: $input) {
      listing {
        id
        publishedAt
      }
      errors {
        code
        message
      }
    }
  }
`;
