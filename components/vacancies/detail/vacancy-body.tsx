import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Markdown } from '@/components/vacancies/markdown';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import type { Currency } from '@/lib/vocabularies';
import { ConditionsSection } from './conditions-section';
import { KeyFacts, type SalaryTexts } from './key-facts';
import { LanguagesSection } from './languages-section';
import { Section } from './section';
import { ShiftsSection } from './shifts-section';

/**
 * What a vacancy says: shifts, languages, conditions and the description. The public page, the employer's
 * preview and the moderator's review all render this one component, so what is checked is what is shown.
 */
export function VacancyDetails({ vacancy, on = new Date() }: { vacancy: VacancyDetail; on?: Date }) {
  const t = useTranslations('vacancy');
  const locale = useLocale();
  const contentLang = vacancy.locale !== locale ? vacancy.locale : undefined;
  return (
    <>
      <ShiftsSection vacancy={vacancy} on={on} />
      <LanguagesSection languages={vacancy.languages} />
      <ConditionsSection vacancy={vacancy} />
      <Section id="description" title={t('description.heading')}>
        <Markdown lang={contentLang} className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6">
          {vacancy.description}
        </Markdown>
      </Section>
    </>
  );
}

type BodyProps = {
  vacancy: VacancyDetail;
  salary: SalaryTexts | null;
  currency: Currency;
  /** The page's header (title, company, badges); notices go here too. */
  header: ReactNode;
  /** The sticky sidebar on wide screens: apply block, company card, report link. */
  aside: ReactNode;
  /** Under the key facts, e.g. the market comparison. */
  afterFacts?: ReactNode;
  /** False for an ended vacancy: only the facts remain. */
  details?: boolean;
};

/** The vacancy page's layout: facts, then apply + company (a sticky sidebar from `lg`), then the details. */
export function VacancyBody({ vacancy, salary, currency, header, aside, afterFacts, details = true }: BodyProps) {
  return (
    <>
      {header}
      {/* Mobile order: facts, apply + company, details. Wide screens put apply + company in a sticky sidebar. */}
      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-x-10">
        <div className="min-w-0 lg:col-start-1">
          <KeyFacts vacancy={vacancy} salary={salary} currency={currency} />
          {afterFacts}
        </div>
        <aside className="space-y-6 lg:sticky lg:top-24 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">{aside}</aside>
        {details && (
          <div className="min-w-0 space-y-12 lg:col-start-1 lg:row-start-2">
            <VacancyDetails vacancy={vacancy} />
          </div>
        )}
      </div>
    </>
  );
}
