import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import { CURRENCIES, type Currency } from '@/lib/vocabularies';
import { Fact, Section } from './section';

/** The salary already formatted by getSalaryFormatter (components/vacancies/salary-text.ts). */
export type SalaryTexts = { stated: string; taxNote: string | null; approximate: string | null };

type Props = { vacancy: VacancyDetail; salary: SalaryTexts | null; currency: Currency };

/** Salary, schedule, employment and experience: the facts a candidate decides on. */
export function KeyFacts({ vacancy, salary, currency }: Props) {
  const t = useTranslations('vacancy.facts');
  const tc = useTranslations('common');
  const tv = useTranslations('vocab');
  const schedule = [
    vacancy.shiftPattern ? `${tv(`schedule.${vacancy.schedule}`)}, ${vacancy.shiftPattern}` : tv(`schedule.${vacancy.schedule}`),
    vacancy.shiftsPerWeek !== null && t('shiftsPerWeek', { count: vacancy.shiftsPerWeek }),
    vacancy.hoursPerWeek !== null && t('hoursPerWeek', { count: vacancy.hoursPerWeek }),
  ].filter(Boolean);

  return (
    <Section id="facts" title={t('heading')}>
      <Card>
        <dl className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
          <Fact term={t('salary')} className="sm:col-span-2">
            {salary ? (
              <>
                <span className="block text-2xl font-bold">{salary.stated}</span>
                {salary.taxNote && <span className="block text-sm text-ink-600">{salary.taxNote}</span>}
                {salary.approximate && (
                  <span className="mt-2 block text-ink-800">
                    {salary.approximate}
                    <span className="block text-xs text-ink-600">{t('approximateNote')}</span>
                  </span>
                )}
              </>
            ) : (
              <span className="text-ink-600">{tc('salaryNotSpecified')}</span>
            )}
          </Fact>
          <Fact term={t('schedule')}>{schedule.join(' · ')}</Fact>
          <Fact term={t('employment')}>{tv(`employment.${vacancy.employment}`)}</Fact>
          <Fact term={t('experience')}>{tv(`experience.${vacancy.experience}`)}</Fact>
        </dl>
        {salary && vacancy.salary && vacancy.salary.minRub !== null && (
          // A plain GET form: works without JavaScript and gives a shareable ?currency= link.
          <form method="get" className="mt-5 flex flex-wrap items-end gap-2 border-t border-line pt-4">
            <label className="flex flex-col gap-1 text-sm font-medium text-ink-700">
              {t('convertLabel')}
              <select
                name="currency"
                defaultValue={currency}
                className="min-h-10 rounded-control border border-line-strong bg-surface px-3 text-ink-950"
              >
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {tv(`currency.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="submit"
              className="min-h-10 rounded-control border border-line-strong bg-surface px-4 text-sm font-semibold text-ink-900 hover:border-brand-300 hover:bg-brand-50"
            >
              {t('convertSubmit')}
            </button>
          </form>
        )}
      </Card>
    </Section>
  );
}
