import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { readDb, readPinned } from '@/lib/db-read';
import { findNewestMatches } from '@/lib/vacancies/catalogue-queries';
import { getVacancyCards, openVacancyWhere } from '@/lib/vacancies/queries';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import type { VacancyCardData } from '@/lib/vacancies/types';
import { FEED_SIZE } from './vacancy-feed';

/** The newest open vacancies matching a catalogue search, as its feed lists them. */
export async function getCatalogueFeedCards(filters: CatalogueFilters, now = new Date()): Promise<VacancyCardData[]> {
  // Ids and cards from one server (lib/db-read.ts).
  return readPinned(async () => getVacancyCards((await findNewestMatches(filters, { limit: FEED_SIZE }, now)).ids));
}

export type CompanyFeed = { company: { name: string; slug: string }; cards: VacancyCardData[] };

const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/);

/** A company's newest open vacancies; null for an unknown or blocked company (as its page). */
export async function getCompanyFeed(slug: string, now = new Date()): Promise<CompanyFeed | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  return readPinned(() => readCompanyFeed(parsed.data, now));
}

async function readCompanyFeed(slug: string, now: Date): Promise<CompanyFeed | null> {
  const company = await readDb.company.findFirst({ where: { slug, blockedAt: null }, select: { id: true, name: true, slug: true } });
  if (!company) return null;
  const rows = await readDb.vacancy.findMany({
    where: { ...openVacancyWhere(now), companyId: company.id, publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: FEED_SIZE,
    select: { id: true },
  });
  return { company: { name: company.name, slug: company.slug }, cards: await getVacancyCards(rows.map((r) => r.id)) };
}
