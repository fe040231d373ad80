import 'server-only';
import { db } from '@/lib/db';
import { openVacancyWhere } from '@/lib/vacancies/queries';

/** A public page the sitemap lists: its slug and when it last changed. */
export type SitemapItem = { slug: string; updatedAt: Date };

/** Open vacancies (published, unexpired, company not blocked), newest first, at most `limit`. */
export async function getSitemapVacancies(limit: number): Promise<SitemapItem[]> {
  if (limit <= 0) return [];
  return db.vacancy.findMany({
    where: openVacancyWhere(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}

/** Companies with at least one open vacancy (so never a blocked one), at most `limit`. */
export async function getSitemapCompanies(limit: number): Promise<SitemapItem[]> {
  if (limit <= 0) return [];
  return db.company.findMany({
    where: { blockedAt: null, vacancies: { some: openVacancyWhere() } },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}
