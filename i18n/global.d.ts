import type { routing } from './routing';
import type { AppMessages } from '../messages';

// Typed locales and message keys: a missing or misspelled key fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: AppMessages;
  }
}
