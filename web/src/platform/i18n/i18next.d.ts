import type { vi } from './vi';
import type { viMore } from './vi.more';

// Typed keys: `t('account.signIn.title')` is checked against the Vietnamese messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi & typeof viMore };
  }
}
