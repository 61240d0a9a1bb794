import type { Actor, TestApp } from './app';

export const LISTING_FIELDS = /* GraphQL */ `
  fragment L on Listing {
    id
    slug
    kind
    status
    version
    anonymous
    pendingStatus
    viewerCanEdit
    viewerCanReview
    publishedAt
    expiresAt
    lastConfirmedAt
    organization {
      id
      name
    }
    contact {
      name
      email
      phone
    }
    content {
      title
      summary
      description
      descriptionHtml
      confidentialDetail
      testResults
      keywords
      trl
      maturityStage
      priceBand
      priceMin
      priceNegotiable
      transferForms
      sectors {
        code
        label
      }
      province {
        code
      }
      ipRecords {
        id
        type
        status
        verified
      }
    }
    pendingContent {
      title
      summary
    }
    reviews {
      decision
      reason
      brokerName
    }
    revisions {
      version
      authorName
      changes {
        field
        label
        before
        after
      }
    }
    reviewDiff {
      field
      label
      before
      after
    }
  }
`;

const ERR = 'errors { field code message }';

export const CREATE = `mutation ($input: CreateListingInput!) { createListing(input: $input) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const UPDATE = `mutation ($input: UpdateListingInput!) { updateListing(input: $input) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const SUBMIT = `mutation ($id: ID!) { submitListing(input: { listingId: $id }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const PUBLISH = `mutation ($id: ID!, $reason: String!) { publishListing(input: { listingId: $id, reason: $reason }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const REQUEST_CHANGES = `mutation ($id: ID!, $reason: String!) { requestListingChanges(input: { listingId: $id, reason: $reason }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const REJECT = `mutation ($id: ID!, $reason: String!) { rejectListing(input: { listingId: $id, reason: $reason }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawListing(input: { listingId: $id }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const FULFIL = `mutation ($id: ID!) { markListingFulfilled(input: { listingId: $id }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const RENEW = `mutation ($id: ID!) { renewListing(input: { listingId: $id }) { listing { ...L } ${ERR} } } ${LISTING_FIELDS}`;
export const GET = `query ($id: ID, $slug: String) { listing(id: $id, slug: $slug) { ...L } } ${LISTING_FIELDS}`;
export const VERIFY_ORG = /* GraphQL */ `
  mutation ($id: ID!) {
    verifyOrganization(input: { organizationId: $id, status: VERIFIED, note: "Đã đối chiếu giấy phép" }) {
      errors {
        code
      }
    }
  }
`;
export const SEARCH = /* GraphQL */ `
  query ($q: String, $where: SearchWhere, $orderBy: SearchOrder, $page: Int, $pageSize: Int) {
    search(query: $q, where: $where, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
      totalCount
      page
      pageCount
      degraded
      searchedWords
      hits {
        titleHighlight
        snippet
        listing {
          id
          content {
            title
          }
        }
      }
      facets {
        name
        values {
          value
          label
          count
        }
      }
    }
  }
`;

let n = 0;

/** Content that passes every submit check; `sectorIds` must be filled by the caller (see `sectorId`). */
export function completeContent(over: Record<string, unknown> = {}): Record<string, unknown> {
  n += 1;
  return {
    title: `Máy sấy lúa tuần hoàn thế hệ ${n}`,
    summary: 'Máy sấy lúa tiết kiệm năng lượng cho hợp tác xã, công suất 10 tấn mỗi mẻ.',
    description: 'Máy sấy **tuần hoàn** dùng nhiệt từ trấu.\n\n- Tiết kiệm 30 % năng lượng\n- Lúa khô đều',
    advantages: 'Tiết kiệm năng lượng, lúa không gãy.',
    specification: 'Công suất tối thiểu 8 tấn/mẻ.',
    confidentialDetail: 'Bản vẽ buồng đốt và thông số quạt.',
    testResults: 'Độ ẩm còn 13,5 % sau 6 giờ.',
    keywords: ['máy sấy', 'sau thu hoạch'],
    partnerTypes: ['SMALL_BUSINESS'],
    partnerRole: 'Sản xuất và lắp đặt',
    trl: 8,
    transferForms: ['LICENCE', 'TURNKEY'],
    priceNegotiable: false,
    priceMin: 350_000_000,
    provinceCode: 'ha-tinh',
    contactName: 'Nguyễn Văn Chủ',
    contactEmail: 'chu@example.vn',
    contactPhone: '0912 345 678',
    ...over,
  };
}

export async function sectorId(app: TestApp, code = 'agriculture'): Promise<string> {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select id from sectors where code = ?`, [code]);
  return (rows[0] as { id: string }).id;
}

export interface Owner extends Actor {
  organizationId: string;
}

/** A member acting for an organisation the department has verified (or not). */
export async function owner(app: TestApp, broker: Actor, opts: { verified?: boolean; name?: string } = {}) {
  const actor = await app.world.member();
  const organizationId = await actor.createOrganization(opts.name ? { name: opts.name } : {});
  if (opts.verified !== false) await broker.client.ok(VERIFY_ORG, { id: organizationId });
  return Object.assign(actor, { organizationId }) as Owner;
}

export async function draft(
  app: TestApp,
  who: Actor,
  kind: 'OFFER' | 'REQUEST',
  over: Record<string, unknown> = {},
) {
  const content = completeContent({ sectorIds: [await sectorId(app)], ...over });
  const r = await who.client.ok(CREATE, { input: { kind, content } });
  if (!r.createListing.listing) throw new Error(JSON.stringify(r.createListing.errors));
  return r.createListing.listing as { id: string; version: number; slug: string };
}

/** Draft → submitted → published by the broker; returns the listing id. */
export async function published(
  app: TestApp,
  who: Actor,
  broker: Actor,
  kind: 'OFFER' | 'REQUEST' = 'OFFER',
  over: Record<string, unknown> = {},
) {
  const l = await draft(app, who, kind, over);
  const s = await who.client.ok(SUBMIT, { id: l.id });
  if (s.submitListing.errors.length) throw new Error(JSON.stringify(s.submitListing.errors));
  const p = await broker.client.ok(PUBLISH, { id: l.id, reason: 'Thông tin đầy đủ, đăng công khai.' });
  if (p.publishListing.errors.length) throw new Error(JSON.stringify(p.publishListing.errors));
  return l;
}
