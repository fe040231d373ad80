import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { catalogueFeedHead, rssAlternate } from '@/lib/feeds/vacancy-feed';
import { buildPageMetadata } from '@/lib/seo';
import { redirect } from '@/i18n/navigation';
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { catalogueSearchWithIgnored, hasEmptyParams } from '@/lib/vacancies/catalogue-url';
import { parseCatalogueParams, toCatalogueSearch, type CatalogueFilters, type RawSearchParams } from '@/lib/vacancies/search-params';
import { CatalogueController } from './_components/catalogue-controller';
import { FilterPanel } from './_components/filter-panel';
import { IgnoredNotice } from './_components/ignored-notice';
import { QueryUnderstanding } from './_components/query-understanding';
import { SearchBar } from './_components/search-bar';
import { Results, ResultsSkeleton, ResultsTotal, TotalSkeleton } from './_components/results';
import { SortSelect } from './_components/sort-select';
import { isClientNavigation, Streamed } from './_components/streamed';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

/** Deeper pages stay reachable but out of the index. */
const MAX_INDEXED_PAGE = 10;

/** The page's subject: the search query, else a single chosen industry, else null. */
async function getSubject(filters: CatalogueFilters, locale: Locale) {
  const vocab = await getTranslations({ locale, namespace: 'vocab.industry' });
  if (filters.q) return { kind: 'search' as const, text: filters.q };
  if (filters.industry.length === 1) return { kind: 'industry' as const, text: vocab(filters.industry[0]!) };
  return null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { filters, ignored } = parseCatalogueParams(await searchParams);
  const t = await getTranslations({ locale, namespace: 'catalogue.meta' });
  const subject = await getSubject(filters, locale);
  const base =
    subject?.kind === 'search'
      ? t('titleSearch', { query: subject.text })
      : subject?.kind === 'industry'
        ? t('titleIndustry', { industry: subject.text })
        : t('title');
  const metadata = buildPageMetadata({
    // Sorting shows the same vacancies in another order: one canonical URL for all orders.
    path: `/vacancies${toCatalogueSearch({ ...filters, sort: null })}`,
    locale,
    title: filters.page > 1 ? t('titlePage', { title: base, page: filters.page }) : base,
    description: t('description'),
  });
  metadata.alternates = { ...metadata.alternates, types: rssAlternate(catalogueFeedHead(filters, locale)) };
  const indexable = ignored.length === 0 && filters.page <= MAX_INDEXED_PAGE;
  return indexable ? metadata : { ...metadata, robots: { index: false, follow: true } };
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const raw = await searchParams;
  const { filters, ignored, cursor } = parseCatalogueParams(raw);
  // The plain GET form (no JavaScript) sends every field, `q=&salaryFrom=&…`: once to the canonical URL.
  if (hasEmptyParams(raw)) redirect({ href: `/vacancies${catalogueSearchWithIgnored(filters, ignored)}`, locale });
  const stateKey = toCatalogueSearch(filters);
  const stream = await isClientNavigation();
  // One query feeds the results and the facet counts.
  const result = searchVacancies(filters, undefined, { locale: locale === 'en' ? 'en' : 'ru', cursor });
  const facets = result.then((r) => r.facets);

  const t = await getTranslations({ locale, namespace: 'catalogue' });
  const subject = await getSubject(filters, locale);
  const heading =
    subject?.kind === 'search'
      ? t('headingSearch', { query: subject.text })
      : subject?.kind === 'industry'
        ? t('headingIndustry', { industry: subject.text })
        : t('heading');

  return (
    <Container className="py-8 sm:py-12">
      <header className="max-w-3xl">
        <h1 className="text-[1.75rem] font-bold break-words sm:text-4xl">{heading}</h1>
        <p className="mt-2 text-ink-600 sm:text-lg">{t('lead')}</p>
      </header>
      <IgnoredNotice ignored={ignored} />

      <ClientMessages area="catalogue">
        <CatalogueController stateKey={stateKey}>
          <SearchBar filters={filters} />
          <div className="mt-6 grid gap-6 lg:mt-8 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-8">
            <FilterPanel
              filters={filters}
              facets={facets}
              stateKey={stateKey}
              stream={stream}
              locale={locale}
              detectZone={raw.tz === undefined && filters.availableFrom === null}
            />

            <section aria-labelledby="results-heading" className="min-w-0">
              <Streamed enabled={stream} stateKey={stateKey} fallback={null}>
                <QueryUnderstanding result={result} filters={filters} locale={locale} />
              </Streamed>
              <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
                <Streamed enabled={stream} stateKey={stateKey} fallback={<TotalSkeleton />}>
                  <ResultsTotal result={result} locale={locale} />
                </Streamed>
                <SortSelect filters={filters} />
              </div>
              <div className="transition-opacity group-data-[pending]/catalogue:opacity-60">
                <Streamed enabled={stream} stateKey={stateKey} fallback={<ResultsSkeleton />}>
                  <Results result={result} filters={filters} locale={locale} />
                </Streamed>
              </div>
            </section>
          </div>
        </CatalogueController>
      </ClientMessages>
    </Container>
  );
}
