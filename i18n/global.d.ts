import type { routing } from './routing';
import type messages from '../messages/ru.json';

// Typed locales and message keys: a missing or misspelled key fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
