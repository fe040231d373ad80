import { formatTime } from '@/lib/shifts/fit';
import { localizedUrl } from '@/lib/seo';
import type { LanguageRequirement, SalaryInfo, ShiftSlotInfo } from '@/lib/vacancies/types';
import type { Employment, Experience, Industry, Schedule } from '@/lib/vocabularies';
import type { ApiLocale, ApiVacancyJson } from './schemas';

/** What lib/api/queries.ts reads for one vacancy. */
export type ApiVacancyRecord = {
  id: string;
  slug: string;
  title: string;
  company: { name: string; slug: string };
  salary: SalaryInfo | null;
  industry: Industry;
  schedule: Schedule;
  employment: Employment;
  experience: Experience;
  shiftPattern: string | null;
  slots: ShiftSlotInfo[];
  languages: LanguageRequirement[];
  voiceRequired: boolean;
  trainingProvided: boolean;
  abroadAllowed: boolean;
  nightShifts: boolean;
  weekendWork: boolean;
  equipmentProvided: boolean;
  publishedAt: Date;
  expiresAt: Date | null;
};

/** The JSON of one vacancy (schema ApiVacancy); links point at the pages in `locale`. */
export function toApiVacancy(v: ApiVacancyRecord, locale: ApiLocale): ApiVacancyJson {
  return {
    id: v.id,
    slug: v.slug,
    url: localizedUrl(`/vacancies/${v.slug}`, locale),
    title: v.title,
    company: { name: v.company.name, slug: v.company.slug, url: localizedUrl(`/companies/${v.company.slug}`, locale) },
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
