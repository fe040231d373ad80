import 'server-only';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { salaryFormatter, type SalaryFormatter, type Translate } from '@/lib/salary/formatter';
import type { Rates } from '@/lib/salary/normalize';

export type { SalaryFormatter };

export async function getSalaryFormatter(locale: Locale, rates: Rates): Promise<SalaryFormatter> {
  const t = await getTranslations({ locale, namespace: 'salary' });
  const tv = await getTranslations({ locale, namespace: 'vocab.salaryPeriod' });
  return salaryFormatter(locale, rates, t as unknown as Translate, tv as unknown as Translate);
}
