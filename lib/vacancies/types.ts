import type { Currency, Employment, Experience, Industry, LanguageLevel, SalaryPeriod, Schedule } from '@/lib/vocabularies';

/** A salary as the employer stated it, plus the normalized monthly RUB range used by filters. */
export type SalaryInfo = {
  from: number | null;
  to: number | null;
  currency: Currency;
  period: SalaryPeriod;
  gross: boolean | null;
  minRub: number | null;
  maxRub: number | null;
};

/** A daily shift: minutes after local midnight in an IANA zone; end < start crosses midnight, end = start is 24 h. */
export type ShiftSlotInfo = { start: number; end: number; timeZone: string };

export type LanguageRequirement = { language: string; level: LanguageLevel };

/** Everything a vacancy card in a list shows. */
export type VacancyCardData = {
  id: string;
  slug: string;
  title: string;
  /** Language the ad is written in. */
  locale: string;
  companyName: string;
  companySlug: string;
  companyVerified: boolean;
  industry: Industry;
  schedule: Schedule;
  employment: Employment;
  experience: Experience;
  shiftPattern: string | null;
  slots: ShiftSlotInfo[];
  languages: LanguageRequirement[];
  salary: SalaryInfo | null;
  trainingProvided: boolean;
  voiceRequired: boolean;
  abroadAllowed: boolean;
  nightShifts: boolean;
  publishedAt: Date;
};
