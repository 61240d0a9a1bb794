import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = ['vi', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'techbridge.language';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    fallbackLng: 'vi',
    supportedLngs: LANGUAGES,
    load: 'languageOnly',
    initAsync: false,
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
  });

/** The language the interface is shown in now: `vi` unless English was chosen. */
export function currentLanguage(): AppLanguage {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}

/** BCP 47 locale for `Intl` formatting. */
export function currentLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'vi-VN';
}

function applyDocumentLanguage() {
  document.documentElement.lang = currentLanguage();
}
applyDocumentLanguage();
i18n.on('languageChanged', applyDocumentLanguage);

export { i18n };
