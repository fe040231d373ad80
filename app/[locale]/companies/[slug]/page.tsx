import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { cache } from 'react';
import { Container } from '@/components/ui/container';
import { Pagination } from '@/components/ui/pagination';
import { ArrowRightIcon } from '@/components/ui/icons';
import { getSalaryFormatter } from '@/components/vacancies/salary-text';
import { toCardSalary, VacancyCard } from '@/components/vacancies/vacancy-card';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getCompanyPage } from '@/lib/companies/queries';
import { getExchangeRates } from '@/lib/rates/queries';
import { companyFeedHead, rssAlternate } from '@/lib/feeds/vacancy-feed';
import { buildPageMetadata } from '@/lib/seo';
import { MAX_PAGE } from '@/lib/vacancies/search-params';
import { CompanyAbout } from './_components/company-about';
import { CompanyHeader } from './_components/company-header';
import { NoOpenVacancies } from './_components/no-open-vacancies';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// `?page=` of the company's vacancies; anything that is not a page number shows the first page, a page past
// the end the last one (getCompanyPage clamps).
const PageParam = z.coerce.number().int().min(1).catch(1).transform((page) => Math.min(page, MAX_PAGE));

// Metadata and page read the same company once per request.
const getPage = cache(getCompanyPage);

async function resolve(params: Props['params'], searchParams: Props['searchParams']) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  if (!hasLocale(routing.locales, locale)) notFound();
  const page = await getPage(slug, PageParam.parse(typeof query.page === 'string' ? query.page : undefined));
  if (!page) notFound();
  return { locale, page };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, page } = await resolve(params, searchParams);
  const t = await getTranslations({ locale, namespace: 'company.meta' });
  const metadata = buildPageMetadata({
    path: `/companies/${page.company.slug}`,
    locale,
    title: t('title', { name: page.company.name }),
    description: t('description', { name: page.company.name }),
  });
  return { ...metadata, alternates: { ...metadata.alternates, types: rssAlternate(companyFeedHead(page.company, locale)) } };
}

export default async function CompanyPage({ params, searchParams }: Props) {
  const { locale, page } = await resolve(params, searchParams);
  setRequestLocale(locale);
  const { company, vacancies } = page;
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'company' }),
    getExchangeRates().then((rates) => getSalaryFormatter(locale, rates)),
  ]);

  return (
    <Container className="py-8 sm:py-12">
      <Link href="/vacancies" className="inline-flex min-h-9 items-center gap-1.5 text-sm font-semibold text-brand-700 hover:text-brand-900">
        <ArrowRightIcon className="size-4 rotate-180" />
        {t('breadcrumb')}
      </Link>
      <CompanyHeader company={company} vacancyCount={page.total} locale={locale} />

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <CompanyAbout company={company} className="lg:col-start-2 lg:row-start-1 lg:self-start" />

        <section aria-labelledby="vacancies-heading" className="min-w-0 lg:col-start-1 lg:row-start-1">
          <h2 id="vacancies-heading" className="text-xl font-bold sm:text-2xl">
            {t('vacancies')}
          </h2>
          {vacancies.length ? (
            <>
              <ul className="mt-4 grid gap-3 sm:gap-4">
                {vacancies.map((vacancy) => (
                  <li key={vacancy.id} className="flex">
                    <VacancyCard vacancy={vacancy} salary={toCardSalary(format, vacancy.salary, 'RUB')} />
                  </li>
                ))}
              </ul>
              <Pagination
                page={page.page}
                pageCount={page.pageCount}
                href={(n) => ({ pathname: `/companies/${company.slug}`, query: n > 1 ? { page: String(n) } : {} })}
              />
            </>
          ) : (
            <NoOpenVacancies industry={company.industry} />
          )}
        </section>
      </div>
    </Container>
  );
}
