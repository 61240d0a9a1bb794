import type { ListingCard } from '../../generated/graphql';
import { findProvince, type ProvinceRecord } from '../../platform/provinces';
import { thumbnailUrl } from '../attachment/service';
import { maturityStage } from '../listing/content';
import type { Listing } from '../listing/entities';
import type { ListingDocument } from './sync';

/** What `ListingCard` resolves from: every field as the schema has it (the province as its record). */
export type ListingCardModel = Omit<ListingCard, '__typename' | 'province'> & {
  province: ProvinceRecord | null;
};

/**
 * The index document's attributes a card is built from: all the search asks Meilisearch to return when a
 * query wants cards. Every one is public for a published listing (see `toDocument`).
 */
export const CARD_ATTRIBUTES = [
  'id',
  'slug',
  'kind',
  'title',
  'anonymous',
  'organizationName',
  'province',
  'trl',
  'ipVerified',
  'priceNegotiable',
  'priceMin',
  'priceMax',
  'coverImageId',
  'publishedAt',
  'confirmedAt',
] as const satisfies readonly (keyof ListingDocument)[];

export type CardDocument = Pick<ListingDocument, (typeof CARD_ATTRIBUTES)[number]>;

const cover = (id: string | null) => (id ? thumbnailUrl({ id, kind: 'IMAGE' }) : null);

/**
 * A card from the document Meilisearch returned with a hit; null for a document indexed before cards
 * were part of it (the caller then reads the listing from PostgreSQL until the index is rebuilt).
 */
export function cardFromDocument(d: Partial<CardDocument>): ListingCardModel | null {
  if (
    typeof d.id !== 'string' ||
    typeof d.slug !== 'string' ||
    typeof d.title !== 'string' ||
    typeof d.anonymous !== 'boolean' ||
    typeof d.priceNegotiable !== 'boolean' ||
    typeof d.publishedAt !== 'number' ||
    typeof d.confirmedAt !== 'number'
  ) {
    return null;
  }
  const trl = d.trl ?? null;
  return {
    id: d.id,
    slug: d.slug,
    kind: d.kind as ListingCardModel['kind'],
    title: d.title,
    anonymous: d.anonymous,
    // The index never holds the owner of an anonymous listing; checked again here all the same.
    organizationName: d.anonymous ? null : (d.organizationName ?? null),
    province: d.province ? (findProvince(d.province) ?? null) : null,
    trl,
    maturityStage: maturityStage(trl),
    priceNegotiable: d.priceNegotiable,
    priceMin: d.priceMin ?? null,
    priceMax: d.priceMax ?? null,
    ipVerified: d.ipVerified ?? false,
    coverThumbnailUrl: cover(d.coverImageId ?? null),
    publishedAt: new Date(d.publishedAt),
    confirmedAt: new Date(d.confirmedAt * 1000),
  };
}

/**
 * The same card from a published listing read from PostgreSQL (the degraded search, and documents indexed
 * before cards): its live content only, never pending edits. `organizationName` is ignored when anonymous.
 */
export function cardFromListing(listing: Listing, organizationName: string | null): ListingCardModel {
  const c = listing.content;
  const published = listing.publishedAt ?? listing.updatedAt;
  const confirmed = listing.lastConfirmedAt ?? published;
  return {
    id: listing.id,
    slug: listing.slug,
    kind: listing.kind,
    title: c.title,
    anonymous: c.anonymous,
    organizationName: c.anonymous ? null : organizationName,
    province: c.provinceCode ? (findProvince(c.provinceCode) ?? null) : null,
    trl: c.trl,
    maturityStage: maturityStage(c.trl),
    priceNegotiable: c.priceNegotiable,
    priceMin: c.priceMin,
    priceMax: c.priceMax,
    ipVerified: c.ipRecords.some((r) => r.verified),
    coverThumbnailUrl: cover(c.imageIds[0] ?? null),
    publishedAt: published,
    // As the index keeps it: to the second.
    confirmedAt: new Date(Math.floor(confirmed.getTime() / 1000) * 1000),
  };
}

/** The fields of `ListingDocument` that only cards read (not searched, filtered or sorted on). */
export function cardFieldsOf(listing: Listing) {
  const c = listing.content;
  return {
    anonymous: c.anonymous,
    priceNegotiable: c.priceNegotiable,
    priceMin: c.priceMin,
    priceMax: c.priceMax,
    coverImageId: c.imageIds[0] ?? null,
  };
}
