import { EMPLOYMENTS, EXPERIENCES, INDUSTRIES, SCHEDULES } from '@/lib/vocabularies';
import { CONDITION_FLAGS, type ConditionFlag, type FacetCounts } from './catalogue-types';
import type { CatalogueFilters } from './search-params';

/** Open vacancies that pass the non-facet filters, counted per combination of facet values. */
export type FacetGroup = {
  industry: string;
  schedule: string;
  employment: string;
  experience: string;
  languageCodes: string[];
  /** The ad's language (vacancies.locale). */
  locale: string;
  count: number;
} & Record<ConditionFlag, number>;

type Group = 'industry' | 'schedule' | 'employment' | 'experience' | 'language' | 'adLanguage';
const GROUPS: Group[] = ['industry', 'schedule', 'employment', 'experience', 'language', 'adLanguage'];

function passes(row: FacetGroup, f: Pick<CatalogueFilters, Group>, group: Group): boolean {
  if (group === 'adLanguage') return f.adLanguage === null || row.locale === f.adLanguage;
  if (!f[group].length) return true;
  if (group === 'language') return row.languageCodes.some((code) => f.language.includes(code));
  return (f[group] as string[]).includes(row[group]);
}

/**
 * hh.ru's facet counts: each option counts the vacancies that match every *other* facet group plus that
 * option; options of one group combine with OR, groups with AND. The database groups rows by their
 * facet values (a few hundred groups at most), so this runs over groups, not vacancies.
 */
export function computeFacets(rows: readonly FacetGroup[], f: Pick<CatalogueFilters, Group>): { total: number; facets: FacetCounts } {
  const zero = <K extends string>(ids: readonly K[]) => Object.fromEntries(ids.map((id) => [id, 0])) as Record<K, number>;
  const facets = { industry: zero(INDUSTRIES), schedule: zero(SCHEDULES), employment: zero(EMPLOYMENTS), experience: zero(EXPERIENCES) };
  const languages = new Map<string, number>();
  const adLanguage = { ru: 0, en: 0 };
  const conditions = Object.fromEntries(CONDITION_FLAGS.map((flag) => [flag, 0])) as Record<ConditionFlag, number>;
  let total = 0;

  for (const row of rows) {
    const ok = Object.fromEntries(GROUPS.map((g) => [g, passes(row, f, g)])) as Record<Group, boolean>;
    const allBut = (group: Group) => GROUPS.every((g) => g === group || ok[g]);
    if (GROUPS.every((g) => ok[g])) {
      total += row.count;
      for (const flag of CONDITION_FLAGS) conditions[flag] += row[flag];
    }
    if (allBut('adLanguage') && (row.locale === 'ru' || row.locale === 'en')) adLanguage[row.locale] += row.count;
    for (const group of ['industry', 'schedule', 'employment', 'experience'] as const) {
      const counts = facets[group] as Record<string, number>;
      if (allBut(group) && row[group] in counts) counts[row[group]]! += row.count;
    }
    if (allBut('language')) {
      for (const code of row.languageCodes) languages.set(code, (languages.get(code) ?? 0) + row.count);
    }
  }

  const language = [...languages].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { total, facets: { ...facets, language, adLanguage, conditions } };
}
