import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/vacancies/markdown';
import { getSalaryFormatter } from '@/components/vacancies/salary-text';
import { getExchangeRates } from '@/lib/rates/queries';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { ApplyBlock } from '../../../../../vacancies/[slug]/_components/apply-block';
import { ConditionsSection } from '../../../../../vacancies/[slug]/_components/conditions-section';
import { KeyFacts, type SalaryTexts } from '../../../../../vacancies/[slug]/_components/key-facts';
import { LanguagesSection } from '../../../../../vacancies/[slug]/_components/languages-section';
import { Section } from '../../../../../vacancies/[slug]/_components/section';
import { ShiftsSection } from '../../../../../vacancies/[slug]/_components/shifts-section';

/** The vacancy in the public page's own components (the apply block in preview mode: nothing is sent). */
export async function VacancyPreview({ vacancy }: { vacancy: VacancyDetail }) {
  const [locale, rates, t, tv] = await Promise.all([getLocale(), getExchangeRates(), getTranslations('moderation.review'), getTranslations('vacancy')]);
  const salary = await getSalaryFormatter(locale as 'ru' | 'en', rates);
  const salaryTexts: SalaryTexts | null = vacancy.salary && {
    stated: salary.stated(vacancy.salary),
    taxNote: salary.taxNote(vacancy.salary),
    approximate: salary.approximate(vacancy.salary, 'RUB'),
  };
  const contentLang = vacancy.locale !== locale ? vacancy.locale : undefined;

  return (
    <section aria-labelledby="preview-heading" className="space-y-10" data-testid="vacancy-preview">
      <h2 id="preview-heading" className="text-xl font-bold">
        {t('previewHeading')}
      </h2>
      <KeyFacts vacancy={vacancy} salary={salaryTexts} currency="RUB" />
      <ShiftsSection vacancy={vacancy} on={new Date()} />
      <LanguagesSection languages={vacancy.languages} />
      <ConditionsSection vacancy={vacancy} />
      <Section id="description" title={tv('description.heading')}>
        <Markdown lang={contentLang} className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6">
          {vacancy.description}
        </Markdown>
      </Section>
      {/* The public page scrolls the apply form inside its sticky sidebar; here it sits in the flow. */}
      <div className="lg:[&>section]:max-h-none lg:[&>section]:overflow-visible">
        <ApplyBlock vacancy={vacancy} preview />
      </div>
    </section>
  );
}
