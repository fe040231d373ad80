import type { Locale } from 'next-intl';
import type { FacetCounts } from '@/lib/vacancies/catalogue-types';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import { FilterForm } from './filter-form';
import { FilterSheet } from './filter-sheet';

type Props = {
  filters: CatalogueFilters;
  facets: Promise<FacetCounts>;
  stateKey: string;
  /** Stream the facet counts (client navigation) instead of rendering them in place. */
  stream: boolean;
  locale: Locale;
  detectZone: boolean;
};

/**
 * The filters: a sidebar from `lg` up; below it a full-screen sheet opened by "Filters (N)" in the search
 * bar (a modal dialog with JavaScript, the link's :target without it).
 */
export function FilterPanel(props: Props) {
  return (
    <aside aria-labelledby="filters-heading">
      <FilterSheet>
        <FilterForm {...props} />
      </FilterSheet>
    </aside>
  );
}
