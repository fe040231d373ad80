// The snapshot as /api/v1/salaries answers it: ids instead of labels, every figure with its catalogue link.
import type { Rates } from '@/lib/salary/normalize';
import { localizedUrl } from '@/lib/seo';
import { toCatalogueSearch } from '@/lib/vacancies/search-params';
import type { Currency } from '@/lib/vocabularies';
import { BREAKDOWN_DIMENSIONS, binView, breakdownView, overallView, type BreakdownKey, type CatalogueView } from './links';
import { presentSnapshot } from './present';
import type { ApiSalaries } from './schemas';
import { MIN_SAMPLE, type SalarySnapshot, type Stat } from './types';

const stat = ({ count, p25, median, p75 }: Stat) => ({ count, p25, median, p75 });

export function toApiSalaries(snapshot: SalarySnapshot, wanted: Currency, rates: Rates, locale: 'ru' | 'en'): ApiSalaries {
  const view = presentSnapshot(snapshot, wanted, rates);
  const { currency } = view;
  const catalogue = localizedUrl('/vacancies', locale);
  const url = (v: CatalogueView | null) => (v ? `${catalogue}${toCatalogueSearch(v)}` : null);
  const breakdown = <K extends string>(key: BreakdownKey, rows: (Stat & { key: K })[]) =>
    rows.map((r) => ({ key: r.key, ...stat(r), catalogueUrl: url(breakdownView(BREAKDOWN_DIMENSIONS[key], r.key, currency)) }));

  return {
    computedAt: view.computedAt,
    currency,
    minSample: MIN_SAMPLE,
    basis: 'monthlyMidpoint',
    live: view.live,
    overall: { ...stat(view.overall), catalogueUrl: url(overallView(currency)) },
    byIndustry: breakdown('byIndustry', view.byIndustry),
    byLanguage: view.byLanguage.map((l) => ({
      key: l.key,
      ...stat(l),
      catalogueUrl: url(breakdownView('language', l.key, currency)),
      levels: l.levels.map((level) => ({ key: level.key, ...stat(level) })),
    })),
    bySchedule: breakdown('bySchedule', view.bySchedule),
    byExperience: breakdown('byExperience', view.byExperience),
    byTraining: breakdown('byTraining', view.byTraining),
    byChannel: breakdown('byChannel', view.byChannel),
    histogram: { width: view.histogram.width, bins: view.histogram.bins.map((b) => ({ ...b, catalogueUrl: url(binView(b, currency)) })) },
    weekly: view.weekly.map((w) => ({ week: w.week, ...stat(w) })),
    combinations: view.cells.map(({ industry, language, schedule, count, p25, median, p75 }) => ({ industry, language, schedule, count, p25, median, p75 })),
  };
}
