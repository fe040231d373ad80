import { useTranslations } from 'next-intl';
import { ArrowRightIcon } from '@/components/ui/icons';
import { VacancyCard, type VacancyCardSalary } from '@/components/vacancies/vacancy-card';
import { Link } from '@/i18n/navigation';
import type { VacancyCardData } from '@/lib/vacancies/types';
import type { Industry } from '@/lib/vocabularies';
import { Section } from '@/components/vacancies/detail/section';

export type SimilarVacancy = { vacancy: VacancyCardData; salary: VacancyCardSalary | null };

/** Open vacancies like this one, with a way on to the whole industry in the catalogue. */
export function SimilarVacancies({ items, industry }: { items: SimilarVacancy[]; industry: Industry }) {
  const t = useTranslations('vacancy.similar');
  const tv = useTranslations('vocab.industry');

  return (
    <Section id="similar" title={t('heading')}>
      <p className="-mt-2 mb-5 text-ink-600">{t('lead')}</p>
      {items.length === 0 ? (
        <p className="rounded-card border border-dashed border-line-strong bg-surface/60 px-5 py-6 text-ink-600">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map(({ vacancy, salary }) => (
            <li key={vacancy.id} className="flex">
              <VacancyCard vacancy={vacancy} salary={salary} />
            </li>
          ))}
        </ul>
      )}
      <Link
        href={{ pathname: '/vacancies', query: { industry } }}
        className="mt-5 inline-flex items-center gap-1.5 font-semibold text-brand-700 hover:text-brand-900"
      >
        {t('viewAll', { industry: tv(industry) })}
        <ArrowRightIcon className="size-4" />
      </Link>
    </Section>
  );
}
