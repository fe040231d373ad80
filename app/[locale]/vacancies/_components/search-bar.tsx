import { useTranslations } from 'next-intl';
import { SearchCombobox } from '@/components/search/search-combobox';
import { buttonStyles } from '@/components/ui/button';
import { SearchIcon } from '@/components/ui/icons';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import { FilterFields } from './catalogue-controller';
import { FilterSheetTrigger } from './filter-sheet';
import { FILTER_FORM_ID, SEARCH_BAR_ID } from './form-id';

/** Filters that "Filters (N)" counts: everything the sheet sets (not the search, the sort or the page). */
function countActiveFilters(f: CatalogueFilters): number {
  return (
    f.industry.length + f.schedule.length + f.employment.length + f.experience.length + f.language.length +
    [f.salaryFrom, f.salaryTo, f.availableFrom].filter((v) => v !== null).length +
    [f.withSalary, f.training, f.chatOnly, f.abroad, f.noNight].filter(Boolean).length + (f.adLanguage ? 1 : 0)
  );
}

type FieldProps = { defaultValue: string; label: string; placeholder: string };

/**
 * The one place the `q` input is rendered: the suggestion combobox (a plain search input without
 * JavaScript). It belongs to the filter form through `form=`, so Enter and "Find" submit every filter
 * with it, and CatalogueController applies it as you type.
 */
function SearchField({ defaultValue, label, placeholder }: FieldProps) {
  return (
    <SearchCombobox
      id="filter-q"
      form={FILTER_FORM_ID}
      defaultValue={defaultValue}
      label={label}
      placeholder={placeholder}
      className="min-w-0 flex-1"
      labelClassName="pb-1.5 text-ink-950"
      inputClassName="min-h-11 pr-3 pl-9"
      icon={<SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-ink-400" />}
    />
  );
}

/** Search above the results on every screen; below `lg` the "Filters (N)" sheet trigger sits beside it. */
export function SearchBar({ filters }: { filters: CatalogueFilters }) {
  const t = useTranslations('catalogue.filters');

  return (
    <div id={SEARCH_BAR_ID} role="search" className="mt-5 flex items-end gap-2 sm:gap-3 lg:mt-8">
      <FilterFields>
        <SearchField defaultValue={filters.q ?? ''} label={t('searchLabel')} placeholder={t('searchPlaceholder')} />
      </FilterFields>
      <button type="submit" form={FILTER_FORM_ID} className={buttonStyles({ className: 'shrink-0 max-sm:w-11 max-sm:px-0' })}>
        <SearchIcon className="size-5 sm:hidden" />
        <span className="max-sm:sr-only">{t('searchSubmit')}</span>
      </button>
      <FilterSheetTrigger active={countActiveFilters(filters)} className="shrink-0 lg:hidden" />
    </div>
  );
}
