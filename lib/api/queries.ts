import 'server-only';
import { readDb, readPinned } from '@/lib/db-read';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findNewestMatches } from '@/lib/vacancies/catalogue-queries';
import { vacancySlugSchema } from '@/lib/vacancies/detail-queries';
import { CARD_SELECT, openVacancyWhere, toCard } from '@/lib/vacancies/queries';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import type { Cursor } from './schemas';
import type { ApiVacancyRecord } from './serialize';

// A card's columns (lib/vacancies/queries.ts) and the few the API adds.
const SELECT = { ...CARD_SELECT, weekendWork: true, equipmentProvided: true, expiresAt: true } satisfies Prisma.VacancySelect;

type Row = Prisma.VacancyGetPayload<{ select: typeof SELECT }>;

const toRecord = (row: Row): ApiVacancyRecord => ({
  ...toCard(row),
  weekendWork: row.weekendWork,
  equipmentProvided: row.equipmentProvided,
  expiresAt: row.expiresAt,
});

export type ApiVacancyPage = { items: ApiVacancyRecord[]; total: number; next: Cursor | null };

/** One page of open vacancies matching the catalogue filters, newest first, after `after`. */
export async function getApiVacancyPage(
  filters: CatalogueFilters,
  page: { limit: number; after: Cursor | null },
  now = new Date(),
): Promise<ApiVacancyPage> {
  // Ids and rows from one server, so a row is never missing from a replica that lags the other.
  return readPinned(async () => {
    // One more than asked tells whether there is a next page without a second count.
    const { ids, total } = await findNewestMatches(filters, { limit: page.limit + 1, after: page.after, count: true }, now);
    const pageIds = ids.slice(0, page.limit);
    const rows = pageIds.length ? await readDb.vacancy.findMany({ where: { id: { in: pageIds } }, select: SELECT }) : [];
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    const items = pageIds.flatMap((id) => byId.get(id) ?? []);
    const last = items.at(-1);
    return { items, total: total ?? 0, next: ids.length > page.limit && last ? { publishedAt: last.publishedAt, id: last.id } : null };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An open vacancy by id or slug; null for anything else (unknown, not published, expired, blocked company). */
export async function getApiVacancy(idOrSlug: string, now = new Date()): Promise<ApiVacancyRecord | null> {
  const where = UUID.test(idOrSlug)
    ? { id: idOrSlug.toLowerCase() }
    : vacancySlugSchema.safeParse(idOrSlug).success
      ? { slug: idOrSlug }
      : null;
  if (!where) return null;
  const row = await readDb.vacancy.findFirst({ where: { ...where, ...openVacancyWhere(now), publishedAt: { not: null } }, select: SELECT });
  return row ? toRecord(row) : null;
}
