// Which catalogue view each figure stands for (toCatalogueQuery / toCatalogueSearch build the link).
// A group without a catalogue filter of its own (no training, voice work, a language level) links to the
// nearest view that contains it, or nowhere when there is none.
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import type { Currency } from '@/lib/vocabularies';
import type { HistogramBin, SalarySnapshot } from './types';

export type Dimension = 'industry' | 'language' | 'schedule' | 'experience' | 'training' | 'channel';

export type CatalogueView = Partial<CatalogueFilters>;

/** The catalogue's vacancies with a salary (the population of every figure), in the visitor's currency. */
export function overallView(currency: Currency): CatalogueView {
  return { withSalary: true, currency };
}

export function breakdownView(dimension: Dimension, key: string, currency: Currency): CatalogueView | null {
  const base = overallView(currency);
  switch (dimension) {
    case 'industry':
      return { ...base, industry: [key as NonNullable<CatalogueFilters['industry']>[number]] };
    case 'language':
      return { ...base, language: [key] };
    case 'schedule':
      return { ...base, schedule: [key as NonNullable<CatalogueFilters['schedule']>[number]] };
    case 'experience':
      return { ...base, experience: [key as NonNullable<CatalogueFilters['experience']>[number]] };
    case 'training':
      return key === 'provided' ? { ...base, training: true } : null;
    case 'channel':
      return key === 'chatOnly' ? { ...base, chatOnly: true } : null;
  }
}

/** A histogram bin: vacancies whose range overlaps it (the catalogue's salary filter), so it may list a few more. */
export function binView(bin: HistogramBin, currency: Currency): CatalogueView {
  return { ...overallView(currency), salaryFrom: bin.from > 0 ? Math.floor(bin.from) : null, salaryTo: bin.to === null ? null : Math.ceil(bin.to) };
}

export type BreakdownKey = keyof Pick<SalarySnapshot, 'byIndustry' | 'bySchedule' | 'byExperience' | 'byTraining' | 'byChannel'>;

export const BREAKDOWN_DIMENSIONS: Record<BreakdownKey, Dimension> = {
  byIndustry: 'industry',
  bySchedule: 'schedule',
  byExperience: 'experience',
  byTraining: 'training',
  byChannel: 'channel',
};
