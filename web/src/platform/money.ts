/**
 * Whole đồng as money, the way `Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' })` writes
 * it ("150.000.000 ₫" in Vietnamese, "₫150,000,000" in English), without `Intl`: making that formatter
 * loads the browser's currency data, about 0.1 s of a slow phone's main thread on the first search page.
 * The đồng has no minor unit, so the amount is rounded to a whole đồng (half away from zero, like `Intl`).
 */
export function formatDong(locale: 'vi-VN' | 'en-GB', amount: number): string {
  const whole = Math.round(Math.abs(amount));
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi-VN' ? '.' : ',');
  const sign = amount < 0 && whole !== 0 ? '-' : '';
  return locale === 'vi-VN' ? `${sign}${digits}\u00a0₫` : `${sign}₫${digits}`;
}
