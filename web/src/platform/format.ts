import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

// Vietnamese administrative style is numeric (22/11/2026); English reads better with a month name.
function optionsFor(locale: string, withTime: boolean): Intl.DateTimeFormatOptions {
  const date: Intl.DateTimeFormatOptions =
    locale === 'vi-VN'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
  return withTime ? { ...date, hour: '2-digit', minute: '2-digit' } : date;
}

/** Formats ISO-8601 instants with `Intl.DateTimeFormat` in the current language. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  return useCallback(
    (iso: string | null | undefined, withTime = false) => {
      if (!iso) return '';
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(locale, optionsFor(locale, withTime)).format(date);
    },
    [locale],
  );
}
