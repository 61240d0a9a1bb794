import { describe, expect, it } from 'vitest';
import { formatDong } from './money';

describe('formatDong', () => {
  const amounts = [0, 1, 12, 999, 1000, 12_345, 150_000_000, 1_234_567.5, 2.5, 999_999_999_999, -1_234_567];
  for (const locale of ['vi-VN', 'en-GB'] as const) {
    it(`writes đồng as Intl does in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'VND',
        maximumFractionDigits: 0,
      });
      for (const amount of amounts)
        expect(formatDong(locale, amount), String(amount)).toBe(intl.format(amount));
    });
  }

  it('groups thousands with dots in Vietnamese and commas in English', () => {
    expect(formatDong('vi-VN', 150_000_000)).toBe('150.000.000\u00a0₫');
    expect(formatDong('en-GB', 150_000_000)).toBe('₫150,000,000');
  });
});
