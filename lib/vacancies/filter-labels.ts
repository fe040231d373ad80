import { formatMoney } from '@/lib/salary/format';
import { formatTime } from '@/lib/shifts/fit';
import { toggleFilterValue, type CatalogueFilters } from './search-params';

/** A translator of one namespace: next-intl's useTranslations, getTranslations or createTranslator. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type FilterLabel = { key: string; label: string; without: CatalogueFilters };

export type FilterLabelText = {
  locale: string;
  /** The `catalogue` namespace. */
  catalogue: Translate;
  /** The `vocab` namespace. */
  vocab: Translate;
  language: (code: string) => string;
  zone: (timeZone: string) => string;
};

const MULTI = ['industry', 'schedule', 'employment', 'experience'] as const;
const FLAGS = ['withSalary', 'training', 'chatOnly', 'abroad', 'noNight'] as const;

/**
 * Every active filter in words, with the same filters minus it (back on page 1): the catalogue's
 * removable chips and a job alert's description («Только чат · Английский · от 60 000 ₽») both read it.
 */
export function filterLabels(filters: CatalogueFilters, text: FilterLabelText): FilterLabel[] {
  const { catalogue: t, vocab } = text;
  const base = { ...filters, page: 1 };
  const list: FilterLabel[] = [];

  if (filters.q) list.push({ key: 'q', label: t('active.query', { query: filters.q }), without: { ...base, q: null } });
  for (const field of MULTI) {
    for (const value of filters[field]) {
      list.push({ key: `${field}-${value}`, label: vocab(`${field}.${value}`), without: toggleFilterValue(filters, field, value) });
    }
  }
  for (const code of filters.language) {
    list.push({ key: `language-${code}`, label: text.language(code), without: toggleFilterValue(filters, 'language', code) });
  }
  const money = (amount: number) => formatMoney(amount, filters.currency, text.locale);
  if (filters.salaryFrom !== null) {
    list.push({ key: 'salaryFrom', label: t('active.salaryFrom', { amount: money(filters.salaryFrom) }), without: { ...base, salaryFrom: null } });
  }
  if (filters.salaryTo !== null) {
    list.push({ key: 'salaryTo', label: t('active.salaryTo', { amount: money(filters.salaryTo) }), without: { ...base, salaryTo: null } });
  }
  for (const flag of FLAGS) {
    if (filters[flag]) list.push({ key: flag, label: t(`filters.${flag}`), without: { ...base, [flag]: false } });
  }
  if (filters.adLanguage) {
    const label = t(filters.adLanguage === 'en' ? 'filters.adLanguageEn' : 'filters.adLanguageRu');
    list.push({ key: 'adLanguage', label: `${t('filters.adLanguage')}: ${label.toLocaleLowerCase(text.locale)}`, without: { ...base, adLanguage: null } });
  }
  if (filters.availableFrom !== null && filters.availableTo !== null) {
    list.push({
      key: 'hours',
      label: t('active.hours', { from: formatTime(filters.availableFrom), to: formatTime(filters.availableTo), zone: text.zone(filters.tz) }),
      without: { ...base, availableFrom: null, availableTo: null },
    });
  }
  return list;
}
