import 'server-only';
import { readDb, readPinned } from '@/lib/db-read';
import { openVacancyWhere } from '@/lib/vacancies/queries';

/** A public page the sitemap lists: its slug and when it last changed. */
export type SitemapItem = { slug: string; updatedAt: Date };

/** Open vacancies (published, unexpired, company not blocked), newest first, at most `limit`. */
export async function getSitemapVacancies(limit: number): Promise<SitemapItem[]> {
  if (limit <= 0) return [];
  return readDb.vacancy.findMany({
    where: openVacancyWhere(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}

/** Companies with at least one open vacancy (so never a blocked one), at most `limit`. */
export async function getSitemapCompanies(limit: number): Promise<SitemapItem[]> {
  if (limit <= 0) return [];
  return readDb.company.findMany({
    where: { blockedAt: null, vacancies: { some: openVacancyWhere() } },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}

/** Companies first, then vacancies in what is left of `limit`, both read from one server. */
export async function getSitemapItems(limit: number): Promise<{ companies: SitemapItem[]; vacancies: SitemapItem[] }> {
  return readPinned(async () => {
    const companies = await getSitemapCompanies(limit);
    return { companies, vacancies: await getSitemapVacancies(limit - companies.length) };
  });
}
