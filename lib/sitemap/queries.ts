import 'server-only';
import { readDb, readPinned } from '@/lib/db-read';
import { openVacancyWhere } from '@/lib/vacancies/queries';

/** A public page the sitemap lists: its slug and when it last changed. */
export type SitemapItem = { slug: string; updatedAt: Date };

/**
 * Open vacancies per sitemap file: ×2 languages, each URL with its alternates, ~6 MB of XML — well within
 * the 50,000 URLs and 50 MB a file may hold, and cheap enough to build on a crawler's request.
 */
export const VACANCIES_PER_SITEMAP = 5_000;

export type SitemapPlan = { vacancyFiles: number; lastVacancyChange: Date | null };

/** How many vacancy files the index lists, and the newest change among open vacancies. */
export async function getSitemapPlan(): Promise<SitemapPlan> {
  const [count, newest] = await readPinned(() =>
    Promise.all([
      readDb.vacancy.count({ where: openVacancyWhere() }),
      readDb.vacancy.aggregate({ where: openVacancyWhere(), _max: { updatedAt: true } }),
    ]),
  );
  return { vacancyFiles: Math.ceil(count / VACANCIES_PER_SITEMAP), lastVacancyChange: newest._max.updatedAt };
}

/** File `part` (from 0) of the open vacancies (published, unexpired, company not blocked), in a stable order. */
export async function getSitemapVacancies(part: number): Promise<SitemapItem[]> {
  if (!Number.isInteger(part) || part < 0) return [];
  return readDb.vacancy.findMany({
    where: openVacancyWhere(),
    orderBy: { id: 'asc' },
    skip: part * VACANCIES_PER_SITEMAP,
    take: VACANCIES_PER_SITEMAP,
    select: { slug: true, updatedAt: true },
  });
}

/** Companies with at least one open vacancy (so never a blocked one). */
export async function getSitemapCompanies(): Promise<SitemapItem[]> {
  return readDb.company.findMany({
    where: { blockedAt: null, vacancies: { some: openVacancyWhere() } },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    select: { slug: true, updatedAt: true },
  });
}
