import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { Markdown } from '@/components/vacancies/markdown';
import { getSalaryFormatter } from '@/components/vacancies/salary-text';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { getExchangeRates } from '@/lib/rates/queries';
import { getVacancyPreview } from '@/lib/vacancies/dashboard-queries';
import { ApplyBlock } from '../../../../../vacancies/[slug]/_components/apply-block';
import { CompanyCard } from '../../../../../vacancies/[slug]/_components/company-card';
import { ConditionsSection } from '../../../../../vacancies/[slug]/_components/conditions-section';
import { KeyFacts, type SalaryTexts } from '../../../../../vacancies/[slug]/_components/key-facts';
import { LanguagesSection } from '../../../../../vacancies/[slug]/_components/languages-section';
import { Section } from '../../../../../vacancies/[slug]/_components/section';
import { ShiftsSection } from '../../../../../vacancies/[slug]/_components/shifts-section';
import { VacancyHeader } from '../../../../../vacancies/[slug]/_components/vacancy-header';

type Props = { params: Promise<{ locale: string; id: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The vacancy as the public page renders it, whatever its status, for its company's members only. */
export default async function VacancyPreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const user = await requireUser(`${locale === 'en' ? '/en' : ''}/employer/vacancies/${encodeURIComponent(id)}/preview`);
  const vacancy = await getVacancyPreview(user, id);
  if (!vacancy) notFound();

  const [rates, t, td] = await Promise.all([
    getExchangeRates(),
    getTranslations('vacancy'),
    getTranslations('dashboard.preview'),
  ]);
  const salary = await getSalaryFormatter(locale, rates);
  const salaryTexts: SalaryTexts | null = vacancy.salary && {
    stated: salary.stated(vacancy.salary),
    taxNote: salary.taxNote(vacancy.salary),
    approximate: salary.approximate(vacancy.salary, 'RUB'),
  };
  const contentLang = vacancy.locale !== locale ? vacancy.locale : undefined;

  return (
    <>
      <div role="note" className="border-b border-accent-200 bg-accent-50" data-testid="preview-banner">
        <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
          <p className="font-semibold text-accent-700">{td('banner')}</p>
          <Link href={`/employer/vacancies/${id}`} className="text-sm font-medium text-brand-800 underline underline-offset-2">
            {td('back')}
          </Link>
        </Container>
      </div>
      {/* The same components and layout as app/[locale]/vacancies/[slug]/page.tsx. */}
      <Container className="py-8 sm:py-12">
        <VacancyHeader vacancy={vacancy} />
        <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-x-10">
          <div className="min-w-0 lg:col-start-1">
            <KeyFacts vacancy={vacancy} salary={salaryTexts} currency="RUB" />
          </div>
          <aside className="space-y-6 lg:sticky lg:top-24 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
            <ApplyBlock vacancy={vacancy} preview />
            <CompanyCard company={vacancy.company} />
          </aside>
          <div className="min-w-0 space-y-12 lg:col-start-1 lg:row-start-2">
            <ShiftsSection vacancy={vacancy} on={new Date()} />
            <LanguagesSection languages={vacancy.languages} />
            <ConditionsSection vacancy={vacancy} />
            <Section id="description" title={t('description.heading')}>
              <Markdown lang={contentLang} className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6">
                {vacancy.description}
              </Markdown>
            </Section>
          </div>
        </div>
      </Container>
    </>
  );
}
