import i18next, { type TFunction } from 'i18next';
import { vi } from './vi';
import { en } from './en';

export type Lang = 'vi' | 'en';
export type T = TFunction;

const instance = i18next.createInstance();
void instance.init({
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  resources: { vi: { translation: vi }, en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

/** A translate function bound to one language (server-side messages and e-mails). */
export function translator(lang: Lang): T {
  return instance.getFixedT(lang);
}

/** Picks vi or en from an Accept-Language header; Vietnamese unless English comes first. */
export function langFromHeader(header: string | undefined | null): Lang | null {
  if (!header) return null;
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  if (first.startsWith('vi')) return 'vi';
  return null;
}

export function langFromEnum(lang: 'VI' | 'EN'): Lang {
  return lang === 'EN' ? 'en' : 'vi';
}
