// The salary snapshot the `salary-insights` job writes (salary_insights.data) and every reader shares.
// Figures are monthly RUB (midpoints of the normalized ranges, lib/salary/normalize.ts) unless a type says otherwise.
import type { Rates } from '@/lib/salary/normalize';
import type { Currency, Experience, Industry, LanguageLevel, Schedule } from '@/lib/vocabularies';

/** Bumped when the shape changes: a reader that finds an older snapshot computes a new one. */
export const SNAPSHOT_VERSION = 1;

/** Fewer vacancies than this behind a figure and the figure is not shown (only the count is). */
export const MIN_SAMPLE = 5;

/** Weeks of the weekly-median series, the current one included. */
export const WEEKS = 26;

/** Quartiles of one group; null figures when fewer than MIN_SAMPLE vacancies back them. */
export type Stat = { count: number; p25: number | null; median: number | null; p75: number | null };

export type Keyed<K extends string> = Stat & { key: K };

export type LanguageStat = Keyed<string> & { levels: Keyed<LanguageLevel>[] };

export type HistogramBin = {
  /** Inclusive lower edge; 0 for the open first bin. */
  from: number;
  /** Exclusive upper edge; null for the open last bin ("and more"). */
  to: number | null;
  count: number;
};

export type Histogram = { currency: Currency; width: number; bins: HistogramBin[] };

export type WeekStat = Stat & { week: string };

/**
 * One cell of the lookups the vacancy page and the editor use: industry alone, × schedule, × language and
 * × language × schedule (null = any). Only cells with at least MIN_SAMPLE vacancies are kept.
 */
export type Cell = {
  industry: Industry;
  language: string | null;
  schedule: Schedule | null;
  count: number;
  p25: number;
  median: number;
  p75: number;
};

export type SalarySnapshot = {
  version: typeof SNAPSHOT_VERSION;
  computedAt: string;
  /** Open vacancies (published, not expired, company not blocked) and those of them with a salary. */
  live: number;
  overall: Stat;
  byIndustry: Keyed<Industry>[];
  byLanguage: LanguageStat[];
  bySchedule: Keyed<Schedule>[];
  byExperience: Keyed<Experience>[];
  byTraining: Keyed<'provided' | 'none'>[];
  byChannel: Keyed<'chatOnly' | 'voice'>[];
  /** One histogram per currency, with bin edges round in that currency (rates as of the refresh). */
  histograms: Histogram[];
  /** Medians by week of publication (Monday, Moscow time), oldest first; the last week is the current one. */
  weekly: WeekStat[];
  cells: Cell[];
};

/** What the refresh reads per vacancy (lib/salaries/refresh.ts). */
export type SalaryRow = {
  minRub: number;
  maxRub: number;
  industry: Industry;
  schedule: Schedule;
  experience: Experience;
  training: boolean;
  voice: boolean;
  /** Open now (counts in every breakdown) or only published within the weekly window (weekly medians only). */
  live: boolean;
  publishedMs: number | null;
  /** `code:level` per support language. */
  languages: string[];
};

/** The editor's market hint: lookup cells and the rates (only usable ones) to convert them on the client. */
/** The hint converts only where canConvert says a rate is usable. */
export type SalaryMarket = { cells: Cell[]; rates: Rates };
