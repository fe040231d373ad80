import 'server-only';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import type { Employment, Experience, LanguageLevel, Schedule } from '@/lib/vocabularies';

// What the vacancies export adds to the dashboard's list: the vocabulary fields people filter ads by. Scoped
// to the actor's companies like every dashboard read; ids of anyone else's vacancies find nothing.

/** Vocabulary fields are null in a draft that has not chosen them yet. */
export type VacancyExportFacts = {
  schedule: Schedule | null;
  employment: Employment | null;
  experience: Experience | null;
  shiftPattern: string | null;
  nightShifts: boolean;
  languages: { language: string; level: LanguageLevel }[];
};

export async function getVacancyExportFacts(actor: Pick<CurrentUser, 'companies'>, ids: string[]): Promise<Map<string, VacancyExportFacts>> {
  const companyIds = actor.companies.map((c) => c.id);
  if (!companyIds.length || !ids.length) return new Map();
  const rows = await db.vacancy.findMany({
    where: { id: { in: ids }, companyId: { in: companyIds } },
    select: {
      id: true, schedule: true, employment: true, experience: true, shiftPattern: true, nightShifts: true,
      languages: { select: { language: true, level: true }, orderBy: { language: 'asc' } },
    },
  });
  return new Map(rows.map(({ id, ...facts }) => [id, facts]));
}
