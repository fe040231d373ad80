import { useTranslations } from 'next-intl';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import { FilterFields } from './catalogue-controller';
import { FILTER_FORM_ID } from './form-id';

/**
 * The `sort` field of the filter form, shown in the results toolbar (joined to the form by `form=`).
 * The empty value is the default: relevance with a search query, newest otherwise; relevance is offered
 * only with a query, where it means something.
 */
export function SortSelect({ filters }: { filters: CatalogueFilters }) {
  const t = useTranslations('catalogue.sort');
  const options = [
    { value: '', label: filters.q ? t('relevance') : t('new') },
    ...(filters.q ? [{ value: 'new', label: t('new') }] : []),
    { value: 'salary', label: t('salary') },
    { value: 'salaryAsc', label: t('salaryAsc') },
  ];
  const { sort } = filters;
  const current = sort === 'new' && filters.q ? 'new' : sort === 'salary' || sort === 'salaryAsc' ? sort : '';

  return (
    <div className="flex max-w-full min-w-0 items-center gap-2">
      <label htmlFor="filter-sort" className="text-sm whitespace-nowrap text-ink-700">
        {t('label')}
      </label>
      <FilterFields>
        <select
          id="filter-sort"
          name="sort"
          form={FILTER_FORM_ID}
          defaultValue={current}
          className="min-h-10 min-w-0 max-w-full truncate rounded-control border border-line-strong bg-surface px-2.5 text-[0.9375rem] font-medium text-ink-900 shadow-inset focus:border-brand-500"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FilterFields>
      {/* Without JavaScript a change needs a submit; the sidebar's button is far away on phones. */}
      <noscript>
        <button
          type="submit"
          form={FILTER_FORM_ID}
          className="min-h-10 min-w-0 max-w-full truncate rounded-control border border-line-strong bg-surface px-3 text-sm font-semibold text-ink-900 hover:bg-brand-50"
        >
          {t('apply')}
        </button>
      </noscript>
    </div>
  );
}
