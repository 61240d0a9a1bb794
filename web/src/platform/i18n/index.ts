import type { BackendModule } from 'i18next';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'techbridge.language';

/**
 * Vietnamese, the default, ships with the app; English is its own chunk, fetched when it is chosen
 * (`changeLanguage` waits for it) or was chosen before (`i18nReady` waits for it before the first render).
 */
const otherLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, language === 'vi' ? vi : {});
    import('./en').then(
      ({ en }) => callback(null, en),
      (error: Error) => callback(error, null),
    );
  },
};

/** Resolves once the interface's language is loaded: render the app after it. */
export const i18nReady = i18n
  .use(otherLanguages)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    fallbackLng: 'vi',
    supportedLngs: LANGUAGES,
    load: 'languageOnly',
    // Vietnamese is here already: ready at once, without waiting a tick.
    initAsync: false,
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    // Re-render when texts are added (loadAllMessages), not only when the language changes.
    react: { bindI18nStore: 'added' },
  });

let allMessagesWanted = false;
let viMoreLoaded: Promise<void> | null = null;

function ensureAllMessages(language: string): Promise<void> {
  // English ships whole; Vietnamese has the public pages' texts, and the rest in ./vi.more.
  if (language !== 'vi') return Promise.resolve();
  viMoreLoaded ??= import('./vi.more').then(
    ({ viMore }) => void i18n.addResourceBundle('vi', 'translation', viMore, true, true),
    (error: unknown) => {
      viMoreLoaded = null;
      throw error;
    },
  );
  return viMoreLoaded;
}

/**
 * Every text of the current language, not only the layout's and the public pages': pages other than
 * home, search and listing wait for it before they show (router/lazyPage), and so does a change of
 * language afterwards (changeLanguage).
 */
export function loadAllMessages(): Promise<void> {
  allMessagesWanted = true;
  return ensureAllMessages(currentLanguage());
}

/** Switches the interface language: use this rather than `i18n.changeLanguage` (see loadAllMessages). */
export async function changeLanguage(language: string): Promise<void> {
  if (allMessagesWanted) await ensureAllMessages(language);
  await i18n.changeLanguage(language);
}

/** The language the interface is shown in now: `vi` unless English was chosen. */
export function currentLanguage(): AppLanguage {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}

/** BCP 47 locale for `Intl` formatting. */
export function currentLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'vi-VN';
}

function applyDocumentLanguage() {
  // Only when it changes: setting it, even to the same value, makes the browser restyle the whole page.
  if (document.documentElement.lang !== currentLanguage()) document.documentElement.lang = currentLanguage();
}
// Not on the server (entry-server.tsx), which renders the public pages in Vietnamese.
if (typeof document !== 'undefined') {
  applyDocumentLanguage();
  i18n.on('languageChanged', applyDocumentLanguage);
}

export { i18n };
