import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { hasLocale, type Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import '@/lib/zod-setup';
import { z } from 'zod';
import { JsonLd } from '@/components/content/json-ld';
import { Container } from '@/components/ui/container';
import { buildJobPostingJsonLd } from '@/components/vacancies/job-posting-json-ld';
import { clientAddressFrom } from '@/lib/http/client-address';
import { getSalaryFormatter, salaryTexts } from '@/components/vacancies/salary-text';
import { toCardSalary } from '@/components/vacancies/vacancy-card';
import { routing } from '@/i18n/routing';
import { getExchangeRates } from '@/lib/rates/queries';
import { buildPageMetadata, localizedUrl } from '@/lib/seo';
import { getSimilarVacancies, getVacancyPage, type VacancyDetail } from '@/lib/vacancies/detail-queries';
import { recordVacancyView } from '@/lib/vacancies/stats.server';
import { CURRENCIES } from '@/lib/vocabularies';
import { CompanyCard } from '@/components/vacancies/detail/company-card';
import { VacancyBody } from '@/components/vacancies/detail/vacancy-body';
import { VacancyHeader } from '@/components/vacancies/detail/vacancy-header';
import { ApplyBlock } from './_components/apply-block';
import { EndedNotice } from './_components/ended-notice';
import { ReportLink } from './_components/report-link';
import { SalaryComparison } from './_components/salary-comparison';
import { SimilarVacancies } from './_components/similar-vacancies';
import { firstSentence, metaDescription } from './_components/vacancy-meta';

// Status, expiry and similar vacancies change at any time; render per request.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// ?currency= picks the currency of the approximate conversion; anything unknown falls back to roubles.
const currencyParam = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value)?.toString().toUpperCase(),
  z.enum(CURRENCIES).catch('RUB'),
);

/** The locale and a publicly visible vacancy, or a 404 (bad locale, malformed or unknown slug, not public). */
async function loadVacancy(params: Props['params']): Promise<{ locale: Locale; vacancy: VacancyDetail }> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const vacancy = await getVacancyPage(slug);
  if (!vacancy) notFound();
  return { locale, vacancy };
}

function scheduleLabel(vacancy: VacancyDetail, label: string): string {
  return vacancy.shiftPattern ? `${label}, ${vacancy.shiftPattern}` : label;
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, vacancy } = await loadVacancy(params);
  const [t, tv, salary] = await Promise.all([
    getTranslations({ locale, namespace: 'vacancy.meta' }),
    getTranslations({ locale, namespace: 'vocab.schedule' }),
    getExchangeRates().then((rates) => getSalaryFormatter(locale, rates)),
  ]);
  const metadata = buildPageMetadata({
    path: `/vacancies/${vacancy.slug}`,
    locale,
    title: t('title', { title: vacancy.title, company: vacancy.company.name }),
    description: metaDescription({
      salary: vacancy.salary && salary.stated(vacancy.salary),
      schedule: scheduleLabel(vacancy, tv(vacancy.schedule)),
      sentence: firstSentence(vacancy.description),
    }),
  });
  // An ended vacancy stays reachable for people who saved the link, but leaves search results.
  return vacancy.state === 'ended' ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function VacancyPage({ params, searchParams }: Props) {
  const { locale, vacancy } = await loadVacancy(params);
  setRequestLocale(locale);
  const currency = currencyParam.parse((await searchParams).currency);

  const [rates, similar, tv] = await Promise.all([
    getExchangeRates(),
    getSimilarVacancies(vacancy),
    getTranslations({ locale, namespace: 'vocab' }),
  ]);
  const salary = await getSalaryFormatter(locale, rates);
  const isOpen = vacancy.state === 'open';
  if (isOpen) {
    // Counted after the response is sent, so a slow write never delays the page.
    const h = await headers();
    const visitor = { ip: clientAddressFrom(h), userAgent: h.get('user-agent') };
    after(() => recordVacancyView(vacancy.id, visitor).catch((err: unknown) => console.error('[views]', err)));
  }
  return (
    <Container className="py-8 sm:py-12">
      {isOpen && (
        <JsonLd
          data={buildJobPostingJsonLd(vacancy, {
            url: localizedUrl(`/vacancies/${vacancy.slug}`, locale),
            industry: tv(`industry.${vacancy.industry}`),
          })}
        />
      )}
      <VacancyBody
        vacancy={vacancy}
        salary={salaryTexts(salary, vacancy.salary, currency)}
        currency={currency}
        header={
          <>
            <VacancyHeader vacancy={vacancy} saveable />
            {!isOpen && <EndedNotice />}
          </>
        }
        afterFacts={isOpen && <SalaryComparison vacancy={vacancy} currency={currency} />}
        aside={
          <>
            {isOpen && <ApplyBlock vacancy={vacancy} />}
            <CompanyCard company={vacancy.company} />
            {isOpen && <ReportLink slug={vacancy.slug} />}
          </>
        }
        details={isOpen}
      />

      <div className="mt-16 border-t border-line pt-12">
        <SimilarVacancies
          industry={vacancy.industry}
          items={similar.map((v) => ({ vacancy: v, salary: toCardSalary(salary, v.salary, currency) }))}
        />
      </div>
    </Container>
  );
}
