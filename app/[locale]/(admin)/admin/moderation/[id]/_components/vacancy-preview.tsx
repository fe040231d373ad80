import type { Locale } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApplyBlock } from '@/app/[locale]/vacancies/[slug]/_components/apply-block';
import { KeyFacts } from '@/components/vacancies/detail/key-facts';
import { VacancyDetails } from '@/components/vacancies/detail/vacancy-body';
import { getSalaryFormatter, salaryTexts } from '@/components/vacancies/salary-text';
import { getExchangeRates } from '@/lib/rates/queries';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';

/** The vacancy in the public page's own components (the apply block in preview mode: nothing is sent). */
export async function VacancyPreview({ vacancy }: { vacancy: VacancyDetail }) {
  const [locale, rates, t] = await Promise.all([getLocale(), getExchangeRates(), getTranslations('moderation.review')]);
  const salary = await getSalaryFormatter(locale as Locale, rates);

  return (
    <section aria-labelledby="preview-heading" className="space-y-10" data-testid="vacancy-preview">
      <h2 id="preview-heading" className="text-xl font-bold">
        {t('previewHeading')}
      </h2>
      <KeyFacts vacancy={vacancy} salary={salaryTexts(salary, vacancy.salary, 'RUB')} currency="RUB" />
      <VacancyDetails vacancy={vacancy} />
      {/* The public page scrolls the apply form inside its sticky sidebar; here it sits in the flow. */}
      <div className="lg:[&>section]:max-h-none lg:[&>section]:overflow-visible">
        <ApplyBlock vacancy={vacancy} preview />
      </div>
    </section>
  );
}
