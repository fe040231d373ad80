import type { Industry } from '@/lib/vocabularies';

/** A published vacancy as shown in the home page's "newest" list. Labels arrive already translated. */
export type HomeVacancy = {
  id: string;
  slug: string;
  title: string;
  companyName: string;
  companyVerified: boolean;
  /** Formatted salary in the page's language (e.g. «от 45 000 ₽ в месяц»), or null when not stated. */
  salaryText: string | null;
  /** Translated schedule, e.g. «Сменный график, 2/2». */
  scheduleLabel: string;
  publishedAt: Date;
};

export type IndustryCount = { industry: Industry; count: number };
