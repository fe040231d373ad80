import 'server-only';
import { routing } from '@/i18n/routing';
import { localizedUrl, SITE_URL } from '@/lib/seo';
import { cachedCatalogueRead } from '@/lib/vacancies/catalogue-cache';
import { getSitemapCompanies, getSitemapPlan, getSitemapVacancies, type SitemapPlan } from './queries';
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

/** How many vacancy files there are, cached with the rest until the catalogue changes. */
const cachedPlan = (now: Date) => cachedCatalogueRead('sitemap-plan', null, now, getSitemapPlan);

/** The names of the files the index lists: `pages`, then `vacancies-0`… (at least one, even when empty). */
const fileNames = (plan: SitemapPlan) => ['pages', ...Array.from({ length: Math.max(1, plan.vacancyFiles) }, (_, i) => `vacancies-${i}`)];

/**
 * The entries of one file by name, or null for a name that is not one of the files the index lists —
 * checked before any query, so made-up names cost nothing and fill no cache.
 */
export async function sitemapEntries(name: string, now = new Date()): Promise<SitemapEntry[] | null> {
  const plan = await cachedPlan(now);
  if (!fileNames(plan).includes(name)) return null;
  if (name === 'pages') {
    const companies = await getSitemapCompanies();
    const changed = plan.lastVacancyChange ?? undefined;
    return [
      ...STATIC_PATHS.flatMap((path) => localizedEntries(path, path === '/' || path === '/vacancies' ? changed : undefined)),
      ...companies.flatMap((c) => localizedEntries(`/companies/${c.slug}`, c.updatedAt)),
    ];
  }
  const vacancies = await getSitemapVacancies(Number(name.slice('vacancies-'.length)));
  return vacancies.flatMap((v) => localizedEntries(`/vacancies/${v.slug}`, v.updatedAt));
}

/** The XML of one sitemap file, or null (404). */
export async function sitemapFile(name: string, now = new Date()): Promise<string | null> {
  if (!fileNames(await cachedPlan(now)).includes(name)) return null;
  return cachedCatalogueRead('sitemap-file', name, now, async () => urlsetXml((await sitemapEntries(name, now)) ?? []));
}

/** The index: the pages file and one file per VACANCIES_PER_SITEMAP open vacancies. */
export function sitemapIndex(now = new Date()): Promise<string> {
  return cachedCatalogueRead('sitemap-index', null, now, async () => {
    const plan = await cachedPlan(now);
    const changed = plan.lastVacancyChange ?? undefined;
    return sitemapIndexXml(fileNames(plan).map((name) => ({ url: sitemapFileUrl(name), ...(changed && { lastModified: changed }) })));
  });
}
