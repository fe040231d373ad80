import { useTranslations, type Locale } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { ArrowRightIcon } from '@/components/ui/icons';
import type { FacetCounts } from '@/lib/vacancies/catalogue-types';
import type { CatalogueFilters } from '@/lib/vacancies/search-params';
import { FilterForm } from './filter-form';

type Props = {
  filters: CatalogueFilters;
  facets: Promise<FacetCounts>;
  stateKey: string;
  /** Stream the facet counts (client navigation) instead of rendering them in place. */
  stream: boolean;
  locale: Locale;
  detectZone: boolean;
};

function countActive(f: CatalogueFilters): number {
  return (
    f.industry.length + f.schedule.length + f.employment.length + f.experience.length + f.language.length +
    [f.q, f.salaryFrom, f.salaryTo, f.availableFrom].filter((v) => v !== null).length +
    [f.withSalary, f.training, f.chatOnly, f.abroad, f.noNight].filter(Boolean).length
  );
}

/**
 * The sidebar. On phones the form folds into a <details> (closed until opened); from `lg` up the
 * summary hides and the content is always shown, no JavaScript needed either way.
 */
export function FilterPanel(props: Props) {
  const t = useTranslations('catalogue.filters');
  const active = countActive(props.filters);

  return (
    <aside aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="sr-only lg:not-sr-only lg:mb-4 lg:text-lg lg:font-bold">
        {t('heading')}
      </h2>
      <details className="group/filters rounded-card border border-line bg-surface shadow-card lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block">
        <summary className="flex min-h-13 items-center justify-between gap-3 rounded-card px-4 font-semibold text-ink-950 lg:hidden">
          <span className="flex items-center gap-2">
            {t('toggle')}
            {active > 0 && <Badge tone="brand">{t('activeCount', { count: active })}</Badge>}
          </span>
          <ArrowRightIcon className="size-5 rotate-90 text-ink-500 transition-transform group-open/filters:-rotate-90" />
        </summary>
        <div className="border-t border-line p-4 lg:border-t-0 lg:p-5">
          <FilterForm {...props} />
        </div>
      </details>
    </aside>
  );
}
