import { useLocale, useTranslations } from 'next-intl';
import { CloseIcon } from '@/components/ui/icons';
import { cx } from '@/components/ui/cx';
import { languageName } from '@/lib/language-name';
import { Link } from '@/i18n/navigation';
import { filterLabels, type FilterLabel, type Translate } from '@/lib/vacancies/filter-labels';
import { toCatalogueQuery, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { zoneName } from './time-zones';

/** Every active filter with a label and the same filters minus it (back on page 1). */
function useActiveFilters(filters: CatalogueFilters): FilterLabel[] {
  const catalogue = useTranslations('catalogue');
  const vocab = useTranslations('vocab');
  const languageLabels = useTranslations('vocab.language');
  const locale = useLocale();
  return filterLabels(filters, {
    locale,
    catalogue: catalogue as unknown as Translate,
    vocab: vocab as unknown as Translate,
    language: (code) => languageName(code, languageLabels, locale),
    zone: (tz) => zoneName(tz, locale),
  });
}

type Props = { filters: CatalogueFilters; variant: 'bar' | 'suggestions'; className?: string };

/** Removable chips for the active filters: a bar above the results, or the empty state's suggestions. */
export function ActiveFilters({ filters, variant, className }: Props) {
  const t = useTranslations('catalogue');
  const active = useActiveFilters(filters);
  if (!active.length) return null;
  const cleared = { sort: filters.sort, currency: filters.currency };

  return (
    <div className={className}>
      {variant === 'bar' ? (
        <h3 className="sr-only">{t('active.heading')}</h3>
      ) : (
        <p className="font-medium text-ink-800">{t('empty.text')}</p>
      )}
      <ul className={cx('flex flex-wrap items-center gap-2', variant === 'suggestions' && 'mt-3 justify-center')}>
        {active.map(({ key, label, without }) => (
          <li key={key} className="max-w-full">
            <Link
              href={{ pathname: '/vacancies', query: toCatalogueQuery(without) }}
              className="inline-flex min-h-9 max-w-full items-center gap-1.5 rounded-full border border-brand-200 bg-brand-50 py-1 pr-2.5 pl-3.5 text-sm font-medium text-brand-800 transition-colors hover:border-brand-400 hover:bg-brand-100"
            >
              <span aria-hidden="true" className="truncate">
                {label}
              </span>
              <CloseIcon className="size-4 shrink-0" />
              <span className="sr-only">{t('active.remove', { label })}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href={{ pathname: '/vacancies', query: toCatalogueQuery(cleared) }}
            className="inline-flex min-h-9 items-center px-2 text-sm font-semibold text-ink-700 underline underline-offset-2 hover:text-ink-950"
          >
            {variant === 'bar' ? t('active.resetAll') : t('empty.resetAll')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
