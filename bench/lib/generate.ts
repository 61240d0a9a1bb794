/**
 * Deterministic generator of organisations and listings: the same seed writes the same exchange, byte
 * for byte (ids included), so two runs of the benchmark search the same data.
 */
import {
  emptyContent,
  IP_STATUSES,
  IP_TERRITORIES,
  IP_TYPES,
  PARTNER_TYPES,
  TRANSFER_FORMS,
  type IpRecordData,
  type ListingContentData,
  type ListingKind,
} from '../../api/src/modules/listing/entities';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../api/src/modules/organization/entities';
import { slugify } from '../../api/src/modules/listing/content';
import { PROVINCES } from '../../api/src/platform/provinces';
import {
  NEAR_PROVINCES,
  OFFER_OPENINGS,
  ORG_NAMES,
  ORG_PREFIXES,
  PERSON_NAMES,
  REQUEST_OPENINGS,
  SECTOR_WORDS,
} from './vocabulary';

/** mulberry32: small, fast, good enough to pick words. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `n` distinct items (fewer when the list is shorter). */
  some<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  /** A version-4 UUID from this generator. */
  uuid(): string {
    const h: string[] = [];
    for (let i = 0; i < 4; i++)
      h.push(
        Math.floor(this.next() * 2 ** 32)
          .toString(16)
          .padStart(8, '0'),
      );
    const s = h.join('');
    const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
  }
}

export const SECTOR_CODES = Object.keys(SECTOR_WORDS);
const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const DAY = 86_400_000;

export interface GeneratedOrganization {
  id: string;
  ownerId: string;
  name: string;
  type: OrganizationType;
  taxCode: string;
  provinceCode: string;
  address: string;
  description: string;
  /** Sectors it mostly works in. */
  sectors: string[];
  verified: boolean;
  contactName: string;
  contactEmail: string;
}

export function generateOrganizations(seed: number, count: number): GeneratedOrganization[] {
  const rng = new Rng(seed);
  const orgs: GeneratedOrganization[] = [];
  for (let i = 0; i < count; i++) {
    const type: OrganizationType = rng.chance(0.6) ? 'BUSINESS' : rng.pick(ORGANIZATION_TYPES);
    const sectors = rng.some(SECTOR_CODES, rng.int(1, 3));
    const place = rng.pick(ORG_NAMES);
    const field = SECTOR_WORDS[sectors[0]!]!.keywords[0]!;
    const name = `${rng.pick(ORG_PREFIXES[type]!)} ${field[0]!.toUpperCase()}${field.slice(1)} ${place} ${i + 1}`;
    const provinceCode = rng.chance(0.7) ? rng.pick(NEAR_PROVINCES) : rng.pick(PROVINCE_CODES);
    const person = rng.pick(PERSON_NAMES);
    orgs.push({
      id: rng.uuid(),
      ownerId: rng.uuid(),
      name,
      type,
      taxCode: `30${String(rng.int(10_000_000, 99_999_999))}`,
      provinceCode,
      address: `Xã ${place}, ${PROVINCES.find((p) => p.code === provinceCode)!.vi}`,
      description: `Hoạt động trong lĩnh vực ${sectors.map((s) => SECTOR_WORDS[s]!.keywords[0]).join(', ')} tại ${place}.`,
      sectors,
      verified: rng.chance(0.92),
      contactName: person,
      contactEmail: `lienhe${i + 1}@bench.techbridge.vn`,
    });
  }
  return orgs;
}

export interface GeneratedListing {
  id: string;
  kind: ListingKind;
  slug: string;
  organization: GeneratedOrganization;
  content: ListingContentData;
  publishedAt: Date;
  createdAt: Date;
  lastConfirmedAt: Date;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const roundMoney = (v: number) => {
  const unit = v >= 1e9 ? 1e8 : v >= 1e8 ? 1e7 : 1e6;
  return Math.round(v / unit) * unit;
};

/**
 * Listing generator over organisations (only verified ones own published listings) and the sectors'
 * ids by code. `next()` gives the next listing; slugs are unique within one generator.
 */
export class ListingGenerator {
  private readonly rng: Rng;
  private readonly slugs = new Map<string, number>();
  private readonly owners: GeneratedOrganization[];

  constructor(
    seed: number,
    orgs: GeneratedOrganization[],
    private readonly sectorIds: Map<string, string>,
    private readonly now: number,
  ) {
    this.rng = new Rng(seed);
    this.owners = orgs.filter((o) => o.verified);
  }

  private uniqueSlug(title: string): string {
    const base = slugify(title);
    const n = (this.slugs.get(base) ?? 0) + 1;
    this.slugs.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }

  next(kind?: ListingKind): GeneratedListing {
    const r = this.rng;
    const org = r.pick(this.owners);
    kind ??= r.chance(0.62) ? 'OFFER' : 'REQUEST';
    const main = r.chance(0.8) ? r.pick(org.sectors) : r.pick(SECTOR_CODES);
    const sectors = [main, ...(r.chance(0.3) ? [r.pick(SECTOR_CODES)] : [])].filter(
      (s, i, all) => all.indexOf(s) === i,
    );
    const w = SECTOR_WORDS[main]!;
    const subject = r.pick(w.subjects);
    const qualifier = r.chance(0.7) ? ` ${r.pick(w.qualifiers)}` : '';
    const opening = kind === 'OFFER' ? r.pick(OFFER_OPENINGS) : r.pick(REQUEST_OPENINGS);
    const title = cap(
      `${opening}${opening ? subject[0]!.toLowerCase() + subject.slice(1) : subject}${qualifier}`,
    );
    const provinceCode = r.chance(0.75) ? org.provinceCode : r.pick(PROVINCE_CODES);
    const province = PROVINCES.find((p) => p.code === provinceCode)!;
    const benefit = r.pick(w.benefits);
    const user = r.pick(w.users);
    const keywords = r.some(w.keywords, r.int(2, 5));
    const trl = kind === 'OFFER' ? r.int(3, 9) : r.int(4, 9);
    const other = SECTOR_WORDS[r.pick(SECTOR_CODES)]!;
    const summary =
      kind === 'OFFER'
        ? `${subject} ${qualifier.trim() || 'đã được kiểm chứng'}, giúp ${user} ${benefit}. Đã ứng dụng tại ${r.int(2, 40)} cơ sở ở ${province.vi}.`
        : `${cap(user)} tại ${province.vi} cần ${subject[0]!.toLowerCase()}${subject.slice(1)} để ${benefit}. Ưu tiên giải pháp đã chạy thử thực tế.`;
    const description = [
      `## Mô tả\n${subject} gồm ${r.int(3, 7)} công đoạn chính, ${r.pick(w.qualifiers)}.`,
      `Công nghệ được phát triển từ năm ${r.int(2012, 2025)} và ${r.pick(w.benefits)}.`,
      `Có thể kết hợp với ${other.subjects[0]!.toLowerCase()} để ${r.pick(other.benefits)}.`,
      `## Điều kiện áp dụng\nMặt bằng từ ${r.int(50, 2000)} m², nguồn điện ${r.pick(['một pha', 'ba pha'])}, ${r.int(1, 12)} người vận hành được đào tạo trong ${r.int(3, 30)} ngày.`,
      `Phù hợp với ${w.users.join(', ')}.`,
    ].join('\n\n');
    const ipRecords: IpRecordData[] = [];
    if (kind === 'OFFER' && r.chance(0.45)) {
      for (let i = r.int(1, 3); i > 0; i--) {
        const status = r.pick(IP_STATUSES);
        const year = r.int(2010, 2025);
        ipRecords.push({
          id: r.uuid(),
          type: r.pick(IP_TYPES),
          status,
          number:
            status === 'NOT_FILED'
              ? ''
              : `${r.int(1, 2)}-${year}-${String(r.int(1, 99999)).padStart(5, '0')}`,
          date:
            status === 'NOT_FILED'
              ? null
              : `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
          territory: r.chance(0.85) ? 'VN' : r.pick(IP_TERRITORIES),
          verified: status === 'GRANTED' && r.chance(0.5),
        });
      }
    }
    const negotiable = r.chance(0.4);
    const priceMin = negotiable ? null : roundMoney(10 ** (7.3 + r.next() * 2.7));
    const priceMax = priceMin !== null && r.chance(0.6) ? roundMoney(priceMin * (1.2 + r.next())) : null;
    const person = r.pick(PERSON_NAMES);
    const published = this.now - r.int(1, 330) * DAY - r.int(0, DAY - 1);
    const content: ListingContentData = {
      ...emptyContent(),
      title,
      summary,
      description,
      advantages: kind === 'OFFER' ? `${cap(benefit)}; ${r.pick(w.benefits)}.` : '',
      specification:
        kind === 'REQUEST'
          ? `Công suất tối thiểu ${r.int(1, 50)} tấn/ngày; ${r.pick(w.qualifiers)}; bảo hành ${r.int(6, 36)} tháng.`
          : '',
      expectedResult: kind === 'REQUEST' ? `${cap(r.pick(w.benefits))}.` : '',
      confidentialDetail: `Thông số chi tiết và bản vẽ gửi sau khi ký thỏa thuận bảo mật (mã ${r.int(1000, 9999)}).`,
      testResults: r.chance(0.5) ? `Thử nghiệm ${r.int(3, 24)} tháng tại ${province.vi}.` : '',
      sectorIds: sectors.map((c) => this.sectorIds.get(c)).filter((id): id is string => !!id),
      keywords,
      partnerTypes: r.some(PARTNER_TYPES, r.int(1, 2)),
      partnerRole: kind === 'OFFER' ? 'Đơn vị nhận chuyển giao và sản xuất' : 'Đơn vị cung cấp công nghệ',
      trl,
      ipRecords,
      transferForms: r.some(TRANSFER_FORMS, r.int(1, 3)),
      priceNegotiable: negotiable,
      priceMin,
      priceMax,
      provinceCode,
      languages: r.chance(0.2) ? ['vi', 'en'] : ['vi'],
      deadline:
        kind === 'REQUEST' && r.chance(0.6)
          ? new Date(this.now + r.int(30, 365) * DAY).toISOString().slice(0, 10)
          : null,
      openForInterest: true,
      anonymous: r.chance(0.03),
      contactName: person,
      contactEmail: org.contactEmail,
      contactPhone: `09${r.int(10_000_000, 99_999_999)}`,
    };
    return {
      id: r.uuid(),
      kind,
      slug: this.uniqueSlug(title),
      organization: org,
      content,
      createdAt: new Date(published - r.int(1, 10) * DAY),
      publishedAt: new Date(published),
      lastConfirmedAt: new Date(Math.min(this.now, published + r.int(0, 120) * DAY)),
    };
  }
}
