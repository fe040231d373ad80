import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { applySuggestion, type FilterSuggestion } from '@/lib/search/understanding';
import type { CatalogueResult } from '@/lib/vacancies/catalogue-types';
import { toCatalogueQuery, type CatalogueFilters } from '@/lib/vacancies/search-params';

type Props = { result: Promise<CatalogueResult>; filters: CatalogueFilters; locale: Locale };

const linkClass = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800';

/**
 * How the query was read, above the results: the correction searched for ("Showing results for …;
 * search instead for …"), one offered ("Did you mean …?"), and filters its words name, one click each.
 */
export async function QueryUnderstanding({ result, filters, locale }: Props) {
  const { understanding } = await result;
  if (!understanding) return null;
  const t = await getTranslations({ locale, namespace: 'searchUnderstanding' });
  const vocab = await getTranslations({ locale, namespace: 'vocab' });
  const groups = await getTranslations({ locale, namespace: 'catalogue.filters' });
  const href = (f: CatalogueFilters) => ({ pathname: '/vacancies' as const, query: toCatalogueQuery(f) });

  const label = (s: FilterSuggestion) => {
    // The flags read as the checkboxes of the filter panel do.
    if (s.field === 'training' || s.field === 'chatOnly' || s.field === 'abroad') return groups(s.field);
    const value = s.field === 'language' ? vocab(`language.${s.value}` as 'language.ru') : vocab(`${s.field}.${s.value}` as 'industry.other');
    return `${groups(s.field)}: ${value.toLocaleLowerCase(locale)}`;
  };

  const { correctedFrom, didYouMean, suggestions, searched } = understanding;
  if (!correctedFrom && !didYouMean && !suggestions.length) return null;
  return (
    <div className="mb-4 space-y-2 text-sm">
      {correctedFrom ? (
        <p>
          {t('correctedTo', { searched })}{' '}
          <Link href={href({ ...filters, q: correctedFrom, exact: true, page: 1 })} className={linkClass}>
            {t('searchInstead', { typed: correctedFrom })}
          </Link>
        </p>
      ) : null}
      {didYouMean ? (
        <p>
          <Link href={href({ ...filters, q: didYouMean, page: 1 })} className={linkClass}>
            {t('didYouMean', { suggestion: didYouMean })}
          </Link>
        </p>
      ) : null}
      {suggestions.length ? (
        <div>
          <p className="sr-only" id="query-filters-label">{t('suggestionsLabel')}</p>
          <ul aria-labelledby="query-filters-label" className="flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={`${s.field}-${s.value}`}>
                <Link
                  href={href(applySuggestion(filters, s))}
                  className="inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-brand-50 px-3 py-1 font-medium text-brand-800 hover:border-brand-300 hover:bg-brand-100"
                >
                  {t('apply', { label: label(s) })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
