import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';

export const SITE_URL = env.SITE_URL.replace(/\/+$/, '');

const OPEN_GRAPH_LOCALES: Record<Locale, string> = { ru: 'ru_RU', en: 'en_US' };

/** Absolute URL of an app path such as `/en/faq`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${SITE_URL}/`).toString();
}

/** Absolute URL of an unprefixed app path (`/faq`) in a given locale (`/en/faq` for English). */
export function localizedUrl(path: string, locale: Locale): string {
  return absoluteUrl(getPathname({ href: path, locale }));
}

/** Canonical URL plus hreflang alternates (every locale and x-default) for one page. */
export function getAlternates(path: string, locale: Locale): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = localizedUrl(path, l);
  languages['x-default'] = localizedUrl(path, routing.defaultLocale);
  return { canonical: localizedUrl(path, locale), languages };
}

type PageMetadataInput = {
  /** Unprefixed app path, e.g. `/` or `/faq`. */
  path: string;
  locale: Locale;
  /** Page title; the layout's template adds “— ChatShift”. */
  title: string;
  description: string;
  /** Use for the home page, whose title already names the site. */
  absoluteTitle?: boolean;
};

/** Title, description, canonical, hreflang alternates and Open Graph for one page. */
export function buildPageMetadata({ path, locale, title, description, absoluteTitle }: PageMetadataInput): Metadata {
  const alternates = getAlternates(path, locale);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates,
    openGraph: {
      type: 'website',
      siteName: 'ChatShift',
      title,
      description,
      url: localizedUrl(path, locale),
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OPEN_GRAPH_LOCALES[l]),
    },
  };
}
