import 'server-only';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getSalaryFormatter } from '@/components/vacancies/salary-text';
import type { HomeVacancy, IndustryCount } from '@/components/vacancies/types';
import { getExchangeRates } from '@/lib/rates/queries';
import { cachedCatalogueRead } from '@/lib/vacancies/catalogue-cache';
import { getNewestVacancies, getOpenCountsByIndustry } from '@/lib/vacancies/queries';

export type HomeData = { newestVacancies: HomeVacancy[]; industryCounts: IndustryCount[] };

export async function getHomeData(locale: Locale): Promise<HomeData> {
  const [[vacancies, industryCounts], t, salary] = await Promise.all([
    // Cached until the catalogue changes (lib/vacancies/catalogue-cache.ts).
    cachedCatalogueRead('home', null, new Date(), () => Promise.all([getNewestVacancies(6), getOpenCountsByIndustry()])),
    getTranslations({ locale, namespace: 'vocab.schedule' }),
    getExchangeRates().then((rates) => getSalaryFormatter(locale, rates)),
  ]);

  return {
    newestVacancies: vacancies.map((v) => ({
      id: v.id,
      slug: v.slug,
      title: v.title,
      companyName: v.companyName,
      companyVerified: v.companyVerified,
      salaryText: v.salary ? salary.stated(v.salary) : null,
      scheduleLabel: v.shiftPattern ? `${t(v.schedule)}, ${v.shiftPattern}` : t(v.schedule),
      publishedAt: v.publishedAt,
    })),
    industryCounts,
  };
}
