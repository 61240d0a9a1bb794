import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
}

/** Numbers of the statistics in the current language: counts, shares (0–1) as percentages, đồng. */
export function useStatFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = useCallback(
    (value: number | null | undefined, digits = 0) =>
      value == null
        ? '—'
        : new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
            value,
          ),
    [locale],
  );
  const percent = useCallback(
    (share: number | null | undefined) =>
      share == null
        ? '—'
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share),
    [locale],
  );
  /** "1,2 tỷ đồng", "350 triệu đồng": amounts as people say them. */
  const dong = useCallback(
    (amount: number | null | undefined) => {
      if (amount == null) return '—';
      const short = (value: number) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits: value >= 100 ? 0 : 1 }).format(value);
      if (amount >= 1e9) return t('report.money.billion', { value: short(amount / 1e9) });
      if (amount >= 1e6) return t('report.money.million', { value: short(amount / 1e6) });
      return t('report.money.dong', { value: new Intl.NumberFormat(locale).format(amount) });
    },
    [locale, t],
  );
  /** "11/2026" or "Nov 2026" for a `YYYY-MM` month. */
  const month = useCallback(
    (yyyyMm: string) => {
      const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
      if (!m) return yyyyMm;
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
      return locale === 'vi-VN'
        ? `${m[2]}/${m[1]}`
        : new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
    },
    [locale],
  );
  return { number, percent, dong, month };
}
