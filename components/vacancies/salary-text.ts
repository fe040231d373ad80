import 'server-only';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { salaryFormatter, type SalaryFormatter, type Translate } from '@/lib/salary/formatter';
import type { Rates } from '@/lib/salary/normalize';
import type { VacancyDetail } from '@/lib/vacancies/detail-queries';
import type { Currency } from '@/lib/vocabularies';
import type { SalaryTexts } from './detail/key-facts';

export type { SalaryFormatter };

export async function getSalaryFormatter(locale: Locale, rates: Rates): Promise<SalaryFormatter> {
  const t = await getTranslations({ locale, namespace: 'salary' });
  const tv = await getTranslations({ locale, namespace: 'vocab.salaryPeriod' });
  return salaryFormatter(locale, rates, t as unknown as Translate, tv as unknown as Translate);
}

/** The vacancy's salary as its key facts show it: as stated, the tax note, and about how much in `currency`. */
export function salaryTexts(format: SalaryFormatter, salary: VacancyDetail['salary'], currency: Currency): SalaryTexts | null {
  if (!salary) return null;
  return { stated: format.stated(salary), taxNote: format.taxNote(salary), approximate: format.approximate(salary, currency) };
}
