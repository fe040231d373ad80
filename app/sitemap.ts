import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { localizedUrl } from '@/lib/seo';
import { getSitemapItems, type SitemapItem } from '@/lib/sitemap/queries';

// Read from the database on every request: the build has no database, and vacancies change all day.
export const dynamic = 'force-dynamic';

// One sitemap file holds at most 50,000 URLs (sitemaps.org); past that we need a sitemap index.
const MAX_URLS = 50_000;

const STATIC_PATHS = ['/', '/vacancies', '/salaries', '/faq', '/guide', '/developers'] as const;

/** The page in every language, each naming all its translations (hreflang, x-default). */
function localizedEntries(path: string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = localizedUrl(path, locale);
  languages['x-default'] = localizedUrl(path, routing.defaultLocale);
  return routing.locales.map((locale) => ({
    url: localizedUrl(path, locale),
    ...(lastModified && { lastModified }),
    alternates: { languages },
  }));
}

function newest(items: SitemapItem[]): Date | undefined {
  return items.reduce<Date | undefined>((max, i) => (!max || i.updatedAt > max ? i.updatedAt : max), undefined);
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const perPage = routing.locales.length;
  const { companies, vacancies } = await getSitemapItems(Math.floor(MAX_URLS / perPage) - STATIC_PATHS.length);

  const lastVacancyChange = newest(vacancies);
  return [
    ...STATIC_PATHS.flatMap((path) =>
      localizedEntries(path, path === '/' || path === '/vacancies' ? lastVacancyChange : undefined),
    ),
    ...vacancies.flatMap((v) => localizedEntries(`/vacancies/${v.slug}`, v.updatedAt)),
    ...companies.flatMap((c) => localizedEntries(`/companies/${c.slug}`, c.updatedAt)),
  ];
}
