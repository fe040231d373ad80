import { formatTime } from '@/lib/shifts/fit';
import { localizedUrl } from '@/lib/seo';
import type { VacancyCardData } from '@/lib/vacancies/types';
import type { ApiLocale, ApiVacancyJson } from './schemas';

/** What lib/api/queries.ts reads for one vacancy: a card's data and what the API adds. */
export type ApiVacancyRecord = VacancyCardData & { weekendWork: boolean; equipmentProvided: boolean; expiresAt: Date | null };

/** The JSON of one vacancy (schema ApiVacancy); links point at the pages in `locale`. */
export function toApiVacancy(v: ApiVacancyRecord, locale: ApiLocale): ApiVacancyJson {
  return {
    id: v.id,
    slug: v.slug,
    url: localizedUrl(`/vacancies/${v.slug}`, locale),
    title: v.title,
    company: { name: v.companyName, slug: v.companySlug, url: localizedUrl(`/companies/${v.companySlug}`, locale) },
    salary: v.salary && {
      from: v.salary.from,
      to: v.salary.to,
      currency: v.salary.currency,
      period: v.salary.period,
      gross: v.salary.gross,
      minRubMonthly: v.salary.minRub,
      maxRubMonthly: v.salary.maxRub,
    },
    industry: v.industry,
    schedule: v.schedule,
    employment: v.employment,
    experience: v.experience,
    shiftPattern: v.shiftPattern,
    shifts: v.slots.map((s) => ({ start: formatTime(s.start), end: formatTime(s.end), timeZone: s.timeZone })),
    languages: v.languages.map((l) => ({ code: l.language, level: l.level })),
    flags: {
      chatOnly: !v.voiceRequired,
      training: v.trainingProvided,
      abroad: v.abroadAllowed,
      nightShifts: v.nightShifts,
      weekendWork: v.weekendWork,
      equipmentProvided: v.equipmentProvided,
    },
    publishedAt: v.publishedAt.toISOString(),
    expiresAt: v.expiresAt?.toISOString() ?? null,
  };
}
