import { useTranslations, type Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SearchIcon } from '@/components/ui/icons';
import { Pagination } from '@/components/ui/pagination';
import { getSalaryFormatter } from '@/components/vacancies/salary-text';
import { toCardSalary, VacancyCard } from '@/components/vacancies/vacancy-card';
import { getExchangeRates } from '@/lib/rates/queries';
import type { CatalogueResult } from '@/lib/vacancies/catalogue-types';
import { EMPTY_FILTERS, toCatalogueQuery, toCatalogueSearch, type CatalogueFilters } from '@/lib/vacancies/search-params';
import { ActiveFilters } from './active-filters';
import { AlertSignup } from './alert-signup';

type Props = { result: Promise<CatalogueResult>; filters: CatalogueFilters; locale: Locale };

/** «Найдено 1 234 вакансии»: the results' heading, streamed with them. */
export async function ResultsTotal({ result, locale }: Omit<Props, 'filters'>) {
  const [{ total }, t] = await Promise.all([result, getTranslations({ locale, namespace: 'catalogue.results' })]);
  return (
    <div role="status">
      <h2 id="results-heading" className="text-lg font-bold sm:text-xl">
        {t('total', { count: total })}
      </h2>
    </div>
  );
}

export async function Results({ result, filters, locale }: Props) {
  const [{ total, items, page, pageCount, cursors }, rates] = await Promise.all([result, getExchangeRates()]);
  const format = await getSalaryFormatter(locale, rates);
  const hasFilters = toCatalogueSearch({ ...filters, sort: null, page: 1 }) !== toCatalogueSearch({ ...EMPTY_FILTERS, currency: filters.currency });

  if (total === 0) {
    return (
      <>
        <EmptyResults filters={filters} hasFilters={hasFilters} locale={locale} />
        <div className="mt-6">
          <AlertSignup filters={filters} locale={locale} empty />
        </div>
      </>
    );
  }

  // Times in the candidate's zone once they have told us their hours; otherwise each shift's own zone.
  const timeZone = filters.availableFrom !== null ? filters.tz : undefined;
  return (
    <>
      <ActiveFilters filters={filters} variant="bar" className="mb-4" />
      <ul className="grid gap-3 sm:gap-4">
        {items.map((vacancy) => (
          <li key={vacancy.id} className="flex">
            <VacancyCard vacancy={vacancy} salary={toCardSalary(format, vacancy.salary, filters.currency)} timeZone={timeZone} />
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(n, step) => ({ pathname: '/vacancies', query: { ...toCatalogueQuery({ ...filters, page: n }), ...cursorQuery(n, step, cursors) } })}
      />
      <div className="mt-8">
        <AlertSignup filters={filters} locale={locale} empty={false} />
      </div>
    </>
  );
}

/**
 * The cursor of a "next" or "previous" link (lib/vacancies/page-cursor.ts): the next page starts after this
 * page's last card, the previous one ends before its first. Page 1 needs none.
 */
function cursorQuery(page: number, step: 'previous' | 'next' | undefined, cursors: CatalogueResult['cursors']): Record<string, string> {
  if (step === 'next' && cursors.next) return { after: cursors.next };
  if (step === 'previous' && cursors.previous && page > 1) return { before: cursors.previous };
  return {};
}

async function EmptyResults({ filters, hasFilters, locale }: { filters: CatalogueFilters; hasFilters: boolean; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'catalogue.empty' });
  return (
    <div className="rounded-card border border-dashed border-line-strong bg-surface/60 px-5 py-10 text-center sm:px-8">
      <div className="mx-auto flex size-12 items-center justify-center rounded-2xl bg-sand-100 text-ink-500">
        <SearchIcon className="size-6" />
      </div>
      <h3 className="mt-4 text-lg font-semibold">{hasFilters ? t('title') : t('noVacancies')}</h3>
      {hasFilters && <ActiveFilters filters={filters} variant="suggestions" className="mt-3" />}
    </div>
  );
}

/** Placeholder cards while the results load (Suspense fallback and loading.tsx). */
export function ResultsSkeleton() {
  const t = useTranslations('catalogue.results');
  return (
    <>
      <p role="status" className="sr-only">
        {t('loading')}
      </p>
      <ul aria-hidden="true" className="grid gap-3 sm:gap-4">
      {[0, 1, 2, 3].map((i) => (
        <li key={i} className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
          <div className="h-5 w-3/4 animate-pulse rounded bg-sand-200" />
          <div className="mt-2.5 h-3.5 w-1/3 animate-pulse rounded bg-sand-100" />
          <div className="mt-5 h-5 w-2/5 animate-pulse rounded bg-sand-200" />
          <div className="mt-4 h-3.5 w-4/5 animate-pulse rounded bg-sand-100" />
          <div className="mt-4 flex gap-2">
            <div className="h-5 w-20 animate-pulse rounded-full bg-sand-100" />
            <div className="h-5 w-24 animate-pulse rounded-full bg-sand-100" />
          </div>
        </li>
      ))}
      </ul>
    </>
  );
}

export function TotalSkeleton() {
  return <div aria-hidden="true" className="h-7 w-48 animate-pulse rounded bg-sand-200" />;
}
