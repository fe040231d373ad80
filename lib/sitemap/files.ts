import 'server-only';
import { routing } from '@/i18n/routing';
import { localizedUrl, SITE_URL } from '@/lib/seo';
import { cachedCatalogueRead } from '@/lib/vacancies/catalogue-cache';
import { getSitemapCompanies, getSitemapPlan, getSitemapVacancies } from './queries';
import { sitemapIndexXml, urlsetXml, type SitemapEntry } from './xml';

// /sitemap.xml is an index of /sitemaps/pages.xml (the static pages and companies) and
// /sitemaps/vacancies-N.xml (open vacancies, VACANCIES_PER_SITEMAP each). Each file is cached until the
// catalogue changes (decision 023): a crawler fetching all of them costs one build per change.

const STATIC_PATHS = ['/', '/vacancies', '/salaries', '/faq', '/guide', '/developers'] as const;

/** The page in every language, each naming all its translations (hreflang, x-default). */
function localizedEntries(path: string, lastModified?: Date): SitemapEntry[] {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = localizedUrl(path, locale);
  languages['x-default'] = localizedUrl(path, routing.defaultLocale);
  return routing.locales.map((locale) => ({ url: localizedUrl(path, locale), ...(lastModified && { lastModified }), languages }));
}

export const sitemapFileUrl = (name: string) => `${SITE_URL}/sitemaps/${name}.xml`;

/** The entries of one file by name (`pages`, `vacancies-0`…), or null for a name that is not one of them. */
export async function sitemapEntries(name: string): Promise<SitemapEntry[] | null> {
  if (name === 'pages') {
    const [plan, companies] = await Promise.all([getSitemapPlan(), getSitemapCompanies()]);
    const changed = plan.lastVacancyChange ?? undefined;
    return [
      ...STATIC_PATHS.flatMap((path) => localizedEntries(path, path === '/' || path === '/vacancies' ? changed : undefined)),
      ...companies.flatMap((c) => localizedEntries(`/companies/${c.slug}`, c.updatedAt)),
    ];
  }
  const part = /^vacancies-(\d{1,6})$/.exec(name)?.[1];
  if (part === undefined) return null;
  const vacancies = await getSitemapVacancies(Number(part));
  // Past the last file: nothing to list, so no such file (the index never links it).
  if (!vacancies.length && Number(part) > 0) return null;
  return vacancies.flatMap((v) => localizedEntries(`/vacancies/${v.slug}`, v.updatedAt));
}

/** The XML of one sitemap file, or null (404). */
export function sitemapFile(name: string, now = new Date()): Promise<string | null> {
  return cachedCatalogueRead('sitemap-file', name, now, async () => {
    const entries = await sitemapEntries(name);
    return entries && urlsetXml(entries);
  });
}

/** The index: the pages file and one file per VACANCIES_PER_SITEMAP open vacancies. */
export function sitemapIndex(now = new Date()): Promise<string> {
  return cachedCatalogueRead('sitemap-index', null, now, async () => {
    const plan = await getSitemapPlan();
    const changed = plan.lastVacancyChange ?? undefined;
    const files = ['pages', ...Array.from({ length: Math.max(1, plan.vacancyFiles) }, (_, i) => `vacancies-${i}`)];
    return sitemapIndexXml(files.map((name) => ({ url: sitemapFileUrl(name), ...(changed && { lastModified: changed }) })));
  });
}
