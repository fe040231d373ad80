import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ru', 'en'],
  defaultLocale: 'ru',
  // Russian at the root, English under /en: every URL names its language, so crawlers and shared links stay stable.
  localePrefix: 'as-needed',
  localeDetection: false,
  // Without detection the cookie would only be written, never read; dropping it keeps pages cacheable.
  localeCookie: false,
  // hreflang alternates are rendered per page from SITE_URL (lib/seo.ts); the proxy's Link header would
  // use the request host and also advertise alternates for 404s.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
