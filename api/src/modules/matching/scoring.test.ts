import { describe, expect, it } from 'vitest';
import { emptyContent } from '../listing/entities';
import { MATCH_POINTS, scoreMatch, sharedKeywords, type MatchSide, type ScoreContext } from './scoring';

const ctx = (textRelevance = 0): ScoreContext => ({
  sectorLabels: new Map([
    ['aqua', { vi: 'Thủy sản', en: 'Aquaculture' }],
    ['it', { vi: 'Công nghệ thông tin', en: 'IT and digital' }],
    ['agri', { vi: 'Nông nghiệp', en: 'Agriculture' }],
  ]),
  provinceNames: new Map([
    ['ha-tinh', { vi: 'Tỉnh Hà Tĩnh', en: 'Ha Tinh' }],
    ['nghe-an', { vi: 'Tỉnh Nghệ An', en: 'Nghe An' }],
  ]),
  textRelevance,
});

const side = (kind: MatchSide['kind'], over: Partial<MatchSide> = {}): MatchSide => ({
  ...emptyContent(),
  kind,
  title: kind === 'REQUEST' ? 'Cần giám sát ao nuôi tôm' : 'Cảm biến giám sát ao tôm',
  sectorIds: ['aqua'],
  keywords: ['IoT', 'nuôi tôm'],
  trl: 7,
  transferForms: ['LICENCE'],
  priceNegotiable: false,
  priceMin: 50_000_000,
  priceMax: 150_000_000,
  provinceCode: 'ha-tinh',
  ...over,
});

const reason = (r: ReturnType<typeof scoreMatch>, criterion: string) =>
  r?.reasons.find((x) => x.criterion === criterion);

describe('scoreMatch', () => {
  it('adds up every criterion to 100 for a perfect pair, each with its reason in both languages', () => {
    const keywords = ['IoT', 'nuôi tôm', 'oxy hòa tan'];
    const r = scoreMatch(side('REQUEST', { keywords }), side('OFFER', { trl: 8, keywords }), ctx(1));
    expect(r?.score).toBe(100);
    expect(r?.reasons.map((x) => [x.criterion, x.vi, x.en, x.points])).toEqual([
      ['SECTOR', 'cùng lĩnh vực Thủy sản', 'same sector: Aquaculture', 30],
      [
        'KEYWORDS',
        'từ khóa chung: IoT, nuôi tôm, oxy hòa tan',
        'shared keywords: IoT, nuôi tôm, oxy hòa tan',
        20,
      ],
      ['TEXT', 'nội dung tương đồng', 'similar content', 15],
      ['MATURITY', 'TRL 8 ≥ yêu cầu 7', 'TRL 8 ≥ required 7', 10],
      ['TRANSFER_FORM', 'cùng hình thức chuyển giao: Li-xăng', 'same transfer form: Licence', 10],
      ['PRICE', 'giá trong ngân sách', 'price within budget', 10],
      ['PROVINCE', 'cùng tỉnh Hà Tĩnh', 'same province: Ha Tinh', 5],
    ]);
  });

  it('never proposes an offer below the request’s minimum maturity', () => {
    expect(scoreMatch(side('REQUEST', { trl: 7 }), side('OFFER', { trl: 6 }), ctx(1))).toBeNull();
    expect(scoreMatch(side('REQUEST', { trl: 7 }), side('OFFER', { trl: 7 }), ctx())).not.toBeNull();
  });

  it('gives 7 points per shared keyword, at most 20', () => {
    const r = scoreMatch(side('REQUEST'), side('OFFER'), ctx());
    expect(reason(r, 'KEYWORDS')).toMatchObject({ vi: 'từ khóa chung: IoT, nuôi tôm', points: 14 });
  });

  it('lists only the criteria that scored', () => {
    const r = scoreMatch(
      side('REQUEST', { sectorIds: ['agri'], keywords: ['máy sấy'], provinceCode: 'nghe-an' }),
      side('OFFER', { transferForms: ['TURNKEY'], priceMin: 900_000_000, priceMax: null }),
      ctx(0),
    );
    expect(r?.reasons.map((x) => x.criterion)).toEqual(['MATURITY']);
    expect(r?.score).toBe(MATCH_POINTS.MATURITY);
  });

  it('scores shared sectors by how much the two sets overlap, and names them all', () => {
    const r = scoreMatch(
      side('REQUEST', { sectorIds: ['aqua', 'it'] }),
      side('OFFER', { sectorIds: ['aqua', 'it', 'agri'] }),
      ctx(),
    );
    expect(reason(r, 'SECTOR')).toMatchObject({
      vi: 'cùng lĩnh vực Thủy sản, Công nghệ thông tin',
      en: 'same sectors: Aquaculture, IT and digital',
      points: 24, // 30 × 2·2 / (2 + 3)
    });
  });

  it('gives half the price points, saying so, when either side negotiates', () => {
    const r = scoreMatch(side('REQUEST'), side('OFFER', { priceNegotiable: true, priceMin: null }), ctx());
    expect(reason(r, 'PRICE')).toMatchObject({ vi: 'giá thỏa thuận', en: 'price negotiable', points: 5 });
    const over = scoreMatch(side('REQUEST'), side('OFFER', { priceMin: 200_000_000 }), ctx());
    expect(reason(over, 'PRICE')).toBeUndefined();
  });

  it('turns the search engine’s ranking score into at most 15 points', () => {
    expect(reason(scoreMatch(side('REQUEST'), side('OFFER'), ctx(0.6)), 'TEXT')?.points).toBe(9);
    expect(reason(scoreMatch(side('REQUEST'), side('OFFER'), ctx(0.01)), 'TEXT')).toBeUndefined();
  });
});

describe('sharedKeywords', () => {
  it('matches keywords without diacritics or case, and a keyword inside a longer one word for word', () => {
    expect(
      sharedKeywords(['Nuôi tôm', 'gieo sạ', 'sấy'], ['nuoi tom', 'máy gieo sạ theo hàng', 'sấy lạnh']),
    ).toEqual(['Nuôi tôm', 'gieo sạ', 'sấy']);
    expect(sharedKeywords(['tôm'], ['tôm thẻ'])).toEqual(['tôm']);
    expect(sharedKeywords(['tô'], ['tôm thẻ'])).toEqual([]);
  });
});
