import 'server-only';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { HomeVacancy, IndustryCount } from '@/components/vacancies/types';
import { formatMoney } from '@/lib/salary/format';
import { getNewestVacancies, getOpenCountsByIndustry, type VacancySummary } from '@/lib/vacancies/queries';

export type HomeData = { newestVacancies: HomeVacancy[]; industryCounts: IndustryCount[] };

export async function getHomeData(locale: Locale): Promise<HomeData> {
  const [vacancies, industryCounts, t] = await Promise.all([
    getNewestVacancies(6),
    getOpenCountsByIndustry(),
    getTranslations({ locale }),
  ]);

  const salaryText = (salary: VacancySummary['salary']): string | null => {
    if (!salary) return null;
    const money = (n: number) => formatMoney(n, salary.currency, locale);
    const amount =
      salary.from !== null && salary.to !== null
        ? t('salary.range', { from: money(salary.from), to: money(salary.to) })
        : salary.from !== null
          ? t('salary.from', { amount: money(salary.from) })
          : t('salary.to', { amount: money(salary.to ?? 0) });
    return `${amount} ${t(`vocab.salaryPeriod.${salary.period}`)}`;
  };

  return {
    newestVacancies: vacancies.map((v) => ({
      slug: v.slug,
      title: v.title,
      companyName: v.companyName,
      companyVerified: v.companyVerified,
      salaryText: salaryText(v.salary),
      scheduleLabel: v.shiftPattern ? `${t(`vocab.schedule.${v.schedule}`)}, ${v.shiftPattern}` : t(`vocab.schedule.${v.schedule}`),
      publishedAt: v.publishedAt,
    })),
    industryCounts,
  };
}
