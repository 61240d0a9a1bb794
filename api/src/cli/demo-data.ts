import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createUser } from '../modules/account/service';
import { User } from '../modules/account/entities';
import { Membership, Organization } from '../modules/organization/entities';
import { randomUUID } from 'node:crypto';
import type { Config } from '../platform/config';
import {
  Listing,
  ListingReview,
  ListingRevision,
  Sector,
  emptyContent,
  type ListingContentData,
} from '../modules/listing/entities';
import { diffContent, searchTextOf, slugify } from '../modules/listing/content';
import { addMonths } from '../modules/listing/service';
import { enqueueSearchSync } from '../modules/search/sync';
import { DEMO_LISTINGS, DEMO_ORGANIZATIONS } from './demo-listings';
import { seedDemoCases } from './demo-cases';

/** Demo logins, printed by `pnpm start`. Seeded only outside production. */
export const DEMO_PASSWORD = 'demo-techbridge-2026';
export const DEMO_ACCOUNTS = [
  {
    email: 'doanhnghiep@demo.techbridge.vn',
    displayName: 'Nguyễn Văn Hùng',
    role: 'MEMBER',
    label: 'doanh nghiệp / business member',
  },
  {
    email: 'nhakhoahoc@demo.techbridge.vn',
    displayName: 'TS. Trần Thị Lan',
    role: 'MEMBER',
    label: 'nhà khoa học / researcher',
  },
  {
    email: 'moigioi@demo.techbridge.vn',
    displayName: 'Lê Minh Tuấn',
    role: 'BROKER',
    label: 'cán bộ môi giới / broker',
  },
  {
    email: 'quantri@demo.techbridge.vn',
    displayName: 'Phạm Quốc Bảo',
    role: 'ADMIN',
    label: 'quản trị / admin',
  },
] as const;

/** Which demo login owns which demo organisation; the others get a contact account of their own. */
const DEMO_OWNERS: Record<string, number> = {
  'co-khi-hong-linh': 0,
  'vien-cnsh-bac-trung-bo': 1,
  'htx-cam-xuyen': 0,
};

const DAY = 86400_000;

/**
 * Seeds demo accounts, organisations, listings and brokering cases when the database has no users.
 * Returns false if it had some. Published listings go through the search outbox like any other change.
 */
export async function seedDemo(em: EntityManager, config: Config): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map((a) =>
      createUser(em, { email: a.email, password: DEMO_PASSWORD, displayName: a.displayName, role: a.role }),
    ),
  );
  const broker = accounts[2]!;
  const orgs = new Map<string, { org: Organization; owner: User }>();
  for (const [i, d] of DEMO_ORGANIZATIONS.entries()) {
    const org = Object.assign(new Organization(d.name, d.type, d.taxCode, d.provinceCode), {
      address: d.address,
      website: d.website,
      description: d.description,
    });
    if (d.verified) {
      org.verificationStatus = 'VERIFIED';
      org.verifiedAt = new Date();
      org.verifiedBy = ref(broker);
      org.verificationNote = 'Đã đối chiếu mã số thuế / quyết định thành lập.';
    }
    const ownerIndex = DEMO_OWNERS[d.key];
    const owner =
      ownerIndex !== undefined
        ? accounts[ownerIndex]!
        : await createUser(em, {
            email: `lienhe${i + 1}@demo.techbridge.vn`,
            password: DEMO_PASSWORD,
            displayName: `Liên hệ ${d.name}`.slice(0, 100),
            role: 'MEMBER',
          });
    em.persist([org, new Membership(ref(owner), ref(org), 'OWNER')]);
    orgs.set(d.key, { org, owner });
  }
  await em.flush();

  const sectors = new Map((await em.find(Sector, {})).map((s) => [s.code, s.id]));
  const slugs = new Set<string>();
  const listings = new Map<string, Listing>();
  const now = Date.now();
  for (const [i, d] of DEMO_LISTINGS.entries()) {
    const { org, owner } = orgs.get(d.org)!;
    const { sectorCodes, ipRecords, ...rest } = d.content;
    const content: ListingContentData = {
      ...emptyContent(),
      ...rest,
      sectorIds: sectorCodes.map((c) => sectors.get(c)).filter((id): id is string => !!id),
      ipRecords: (ipRecords ?? []).map((r) => ({ ...r, id: randomUUID() })),
    };
    let slug = slugify(content.title);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(content.title)}-${n}`;
    slugs.add(slug);
    const listing = new Listing(d.kind, slug, ref(org), ref(owner), content);
    listing.status = d.status;
    // Spread over the past months, so "newest" and statistics over time look like a living exchange.
    const created = new Date(now - (DEMO_LISTINGS.length - i) * 3 * DAY);
    listing.createdAt = created;
    listing.updatedAt = created;
    if (d.status !== 'DRAFT') listing.submittedAt = new Date(created.getTime() + DAY / 2);
    em.persist(new ListingRevision(ref(listing), 1, ref(owner), diffContent(null, content), content));
    if (d.status === 'PUBLISHED') {
      const published = new Date(created.getTime() + DAY);
      listing.publishedAt = published;
      listing.lastConfirmedAt = published;
      listing.expiresAt = addMonths(published, config.LISTING_EXPIRY_MONTHS);
      listing.searchText = searchTextOf(content);
      listing.updatedAt = published;
      em.persist(
        new ListingReview(
          ref(listing),
          'PUBLISHED',
          'Thông tin đầy đủ, đã đối chiếu với tổ chức.',
          ref(broker),
        ),
      );
      enqueueSearchSync(em, listing.id);
    }
    em.persist(listing);
    listings.set(d.key, listing);
  }
  await em.flush();

  await seedDemoCases({ em, config, now: new Date(now), broker, admin: accounts[3]!, orgs, listings });
  return true;
}
