import { translator } from '../../platform/i18n';
import { foldVietnamese, priceValue } from '../listing/content';
import type { ListingContentData, ListingKind } from '../listing/entities';
import type { MatchReasonData } from './entities';

/**
 * How a request and an offer are scored: each criterion adds points, their sum is the score (0–100),
 * and each criterion that scored becomes a reason a broker can read, in Vietnamese and English.
 *
 * | criterion       | points | when                                                                   |
 * | --------------- | -----: | ---------------------------------------------------------------------- |
 * | `SECTOR`        |  ≤ 30  | shared sectors: 30 × 2·shared / (request's + offer's sectors) (Dice)   |
 * | `KEYWORDS`      |  ≤ 20  | 7 per shared keyword (equal, or one contains the other word for word)  |
 * | `TEXT`          |  ≤ 15  | 15 × the search engine's ranking score of the offer for the request    |
 * | `MATURITY`      |    10  | the offer's TRL ≥ the request's minimum TRL                            |
 * | `TRANSFER_FORM` |    10  | at least one transfer form in common                                   |
 * | `PRICE`         | 10 / 5 | the offer's price within the request's budget / either is negotiable   |
 * | `PROVINCE`      |     5  | both in the same province                                              |
 *
 * An offer below the request's minimum TRL is never proposed: `scoreMatch` returns null.
 */
export const MATCH_POINTS = {
  SECTOR: 30,
  KEYWORDS: 20,
  KEYWORD_EACH: 7,
  TEXT: 15,
  MATURITY: 10,
  TRANSFER_FORM: 10,
  PRICE: 10,
  PRICE_NEGOTIABLE: 5,
  PROVINCE: 5,
} as const;

/** Proposals below this score are not worth a broker's time. */
export const MIN_MATCH_SCORE = 20;

export type MatchSide = ListingContentData & { kind: ListingKind };

export interface ScoreContext {
  /** sector id → its labels */
  sectorLabels: Map<string, { vi: string; en: string }>;
  /** province code → its names */
  provinceNames: Map<string, { vi: string; en: string }>;
  /** 0..1: how well the search engine ranked this counterpart for the listing being matched (0: not found). */
  textRelevance: number;
}

export interface MatchScore {
  score: number;
  reasons: MatchReasonData[];
}

const vi = translator('vi');
const en = translator('en');

/** Folded words of a keyword, for comparing "Nuôi tôm" with "nuoi tom". */
const wordsOf = (s: string) =>
  foldVietnamese(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when one keyword equals the other or contains it as whole words ("gieo sạ" ⊂ "máy gieo sạ"). */
function keywordsMatch(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, j) => long[i + j] === w)) return true;
  }
  return false;
}

/** The request's keywords that the offer shares, in the request's spelling. */
export function sharedKeywords(request: string[], offer: string[]): string[] {
  const offerWords = offer.map(wordsOf);
  const seen = new Set<string>();
  return request.filter((k) => {
    const words = wordsOf(k);
    const key = words.join(' ');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return offerWords.some((o) => keywordsMatch(words, o));
  });
}

/** "Tỉnh Hà Tĩnh" → "tỉnh Hà Tĩnh", to read inside a sentence. */
const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/**
 * Scores an offer for a request (the same pair scores the same whichever side is being matched, but for
 * `textRelevance`). Pure: everything it needs comes in its arguments.
 */
export function scoreMatch(request: MatchSide, offer: MatchSide, ctx: ScoreContext): MatchScore | null {
  // Maturity is a hard floor: an offer less mature than the request demands is never proposed.
  if (request.trl !== null && offer.trl !== null && offer.trl < request.trl) return null;

  const reasons: MatchReasonData[] = [];

  const offerSectors = new Set(offer.sectorIds);
  const shared = [...new Set(request.sectorIds)].filter((id) => offerSectors.has(id));
  if (shared.length) {
    const points = Math.round(
      (MATCH_POINTS.SECTOR * 2 * shared.length) / (new Set(request.sectorIds).size + offerSectors.size),
    );
    const labels = shared.map((id) => ctx.sectorLabels.get(id) ?? { vi: id, en: id });
    const count = shared.length;
    reasons.push({
      criterion: 'SECTOR',
      vi: vi('matching.reasons.SECTOR', { labels: labels.map((l) => l.vi).join(', '), count }),
      en: en('matching.reasons.SECTOR', { labels: labels.map((l) => l.en).join(', '), count }),
      points,
    });
  }

  const keywords = sharedKeywords(request.keywords, offer.keywords);
  if (keywords.length) {
    const text = keywords.join(', ');
    reasons.push({
      criterion: 'KEYWORDS',
      vi: vi('matching.reasons.KEYWORDS', { keywords: text }),
      en: en('matching.reasons.KEYWORDS', { keywords: text }),
      points: Math.min(MATCH_POINTS.KEYWORDS, MATCH_POINTS.KEYWORD_EACH * keywords.length),
    });
  }

  const textPoints = Math.round(MATCH_POINTS.TEXT * Math.min(1, Math.max(0, ctx.textRelevance)));
  if (textPoints > 0) {
    reasons.push({
      criterion: 'TEXT',
      vi: vi('matching.reasons.TEXT'),
      en: en('matching.reasons.TEXT'),
      points: textPoints,
    });
  }

  if (request.trl !== null && offer.trl !== null) {
    const vars = { offer: offer.trl, required: request.trl };
    reasons.push({
      criterion: 'MATURITY',
      vi: vi('matching.reasons.MATURITY', vars),
      en: en('matching.reasons.MATURITY', vars),
      points: MATCH_POINTS.MATURITY,
    });
  }

  const forms = request.transferForms.filter((f) => offer.transferForms.includes(f));
  if (forms.length) {
    const count = forms.length;
    reasons.push({
      criterion: 'TRANSFER_FORM',
      vi: vi('matching.reasons.TRANSFER_FORM', {
        forms: forms.map((f) => vi(`enums.TransferForm.${f}`)).join('; '),
        count,
      }),
      en: en('matching.reasons.TRANSFER_FORM', {
        forms: forms.map((f) => en(`enums.TransferForm.${f}`)).join('; '),
        count,
      }),
      points: MATCH_POINTS.TRANSFER_FORM,
    });
  }

  if (request.priceNegotiable || offer.priceNegotiable) {
    reasons.push({
      criterion: 'PRICE',
      vi: vi('matching.reasons.PRICE_NEGOTIABLE'),
      en: en('matching.reasons.PRICE_NEGOTIABLE'),
      points: MATCH_POINTS.PRICE_NEGOTIABLE,
    });
  } else {
    // The offer's price (the lower end of its range) against the top of the request's budget.
    const price = priceValue(offer);
    const budget = request.priceMax ?? request.priceMin;
    if (price !== null && budget !== null && price <= budget) {
      reasons.push({
        criterion: 'PRICE',
        vi: vi('matching.reasons.PRICE'),
        en: en('matching.reasons.PRICE'),
        points: MATCH_POINTS.PRICE,
      });
    }
  }

  if (request.provinceCode && request.provinceCode === offer.provinceCode) {
    const name = ctx.provinceNames.get(request.provinceCode) ?? {
      vi: request.provinceCode,
      en: request.provinceCode,
    };
    reasons.push({
      criterion: 'PROVINCE',
      vi: vi('matching.reasons.PROVINCE', { province: inSentence(name.vi) }),
      en: en('matching.reasons.PROVINCE', { province: name.en }),
      points: MATCH_POINTS.PROVINCE,
    });
  }

  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
  return { score, reasons };
}
