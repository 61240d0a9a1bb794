import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import 'dayjs/locale/en-gb';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's date pickers in the current language, weeks starting on Monday (as in Viet Nam). Wrap the
 * part of a page that holds date inputs; the styles load with it.
 */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-gb' : 'vi';
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1, consistentWeeks: true }}>{children}</DatesProvider>
  );
}
