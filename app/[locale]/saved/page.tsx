import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { getSalaryFormatter } from '@/components/vacancies/salary-text';
import { toCardSalary, VacancyCard } from '@/components/vacancies/vacancy-card';
import { resolveLocale } from '@/i18n/locale';
import { getExchangeRates } from '@/lib/rates/queries';
import { getSavedVacancies } from '@/lib/saved/queries';
import { getSavedIds } from '@/lib/saved/saved.server';
import { buildPageMetadata } from '@/lib/seo';
import { EmptySaved } from './_components/empty-saved';
import { EndedSavedCard } from './_components/ended-saved-card';

// Read from the visitor's cookie on every request.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'saved.meta' });
  const metadata = buildPageMetadata({ path: '/saved', locale, title: t('title'), description: t('description') });
  // One visitor's own list: nothing for a search engine.
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function SavedPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [{ open, ended }, rates, t] = await Promise.all([
    getSavedIds().then((ids) => getSavedVacancies(ids)),
    getExchangeRates(),
    getTranslations({ locale, namespace: 'saved.page' }),
  ]);
  const format = await getSalaryFormatter(locale, rates);

  return (
    <Container className="py-8 sm:py-12">
      <div className="max-w-4xl">
        <header>
          <h1 className="text-[1.75rem] font-bold sm:text-4xl">{t('heading')}</h1>
          <p className="mt-2 text-ink-600 sm:text-lg">{t('lead')}</p>
        </header>

        {open.length === 0 && ended.length === 0 && <EmptySaved />}

        {open.length > 0 && (
          <section aria-labelledby="saved-open-heading" className="mt-8">
            <h2 id="saved-open-heading" className="flex flex-wrap items-baseline gap-x-3 text-xl font-bold sm:text-2xl">
              {t('openHeading')}
              <span className="text-base font-medium text-ink-600">{t('count', { count: open.length })}</span>
            </h2>
            <ul className="mt-4 grid gap-3 sm:gap-4">
              {open.map((vacancy) => (
                <li key={vacancy.id} className="flex">
                  <VacancyCard vacancy={vacancy} salary={toCardSalary(format, vacancy.salary, 'RUB')} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {ended.length > 0 && (
          <section aria-labelledby="saved-ended-heading" className="mt-12">
            <h2 id="saved-ended-heading" className="flex flex-wrap items-baseline gap-x-3 text-xl font-bold sm:text-2xl">
              {t('endedHeading')}
              <span className="text-base font-medium text-ink-600">{t('count', { count: ended.length })}</span>
            </h2>
            <p className="mt-1 text-ink-600">{t('endedLead')}</p>
            <ul className="mt-4 grid gap-3">
              {ended.map((vacancy) => (
                <li key={vacancy.id}>
                  <EndedSavedCard vacancy={vacancy} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Container>
  );
}
