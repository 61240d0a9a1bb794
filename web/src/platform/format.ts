import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from './money';
import { formatViDate } from './vi-date';

// Making an `Intl` formatter costs far more than using one, and a page of results formats hundreds of
// dates and prices: each locale and options pair is made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

// Vietnamese administrative style is numeric (22/11/2026); English reads better with a month name.
function optionsFor(locale: string, withTime: boolean): Intl.DateTimeFormatOptions {
  const date: Intl.DateTimeFormatOptions =
    locale === 'vi-VN'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
  return withTime ? { ...date, hour: '2-digit', minute: '2-digit' } : date;
}

/** Formats ISO-8601 instants in the current language (Vietnamese by `formatViDate`, English by `Intl`). */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  return useCallback(
    (iso: string | null | undefined, withTime = false) => {
      if (!iso) return '';
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      if (locale === 'vi-VN') return formatViDate(date, { withTime });
      return dateFormat(locale, optionsFor(locale, withTime)).format(date);
    },
    [locale],
  );
}

/** `Intl` locale of the current language: Vietnamese style unless English was chosen. */
function useLocale(): 'vi-VN' | 'en-GB' {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
}

/**
 * Formats calendar dates (`YYYY-MM-DD`, the `Date` scalar) without passing through a time zone, so the
 * day never shifts.
 */
export function useFormatDay() {
  const locale = useLocale();
  return useCallback(
    (day: string | null | undefined) => {
      if (!day) return '';
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
      if (!m) return day;
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (locale === 'vi-VN') return formatViDate(date, { utc: true });
      return dateFormat(locale, { ...optionsFor(locale, false), timeZone: 'UTC' }).format(date);
    },
    [locale],
  );
}

/** "14:05": the time of day of an instant, in the current language. */
export function useFormatTime() {
  const locale = useLocale();
  return useCallback(
    (date: Date) => dateFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date),
    [locale],
  );
}

/** Whole đồng as money: "150.000.000 ₫" in Vietnamese. */
export function useFormatDong() {
  const locale = useLocale();
  return useCallback((amount: number) => formatDong(locale, amount), [locale]);
}

/** File sizes: "1,2 MB". */
export function useFormatBytes() {
  const locale = useLocale();
  return useCallback(
    (bytes: number) => {
      const units = ['B', 'kB', 'MB', 'GB'];
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
      }
      const digits = unit === 0 || value >= 10 ? 0 : 1;
      return `${numberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
    },
    [locale],
  );
}
