import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { requireUser } from '@/lib/accounts/queries';
import { countryOptions } from '@/lib/countries';
import { getSalaryMarket } from '@/lib/salaries/queries';
import { EditorPage } from '../_components/editor-page';
import { EMPTY_VALUES } from '../_components/editor-values';
import { VacancyEditor } from '../_components/vacancy-editor';
import { getZoneOptions } from '../_components/zone-options';
import { getPathname } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: 'editor.meta' });
  return { title: t('newTitle'), robots: { index: false } };
}

export default async function NewVacancyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(getPathname({ href: '/employer/vacancies/new', locale }));
  // Vacancies belong to a company; an employer without one has nothing to post for.
  if (!user.companies.length) notFound();
  const [t, salaryMarket] = await Promise.all([getTranslations('editor'), getSalaryMarket()]);
  return (
    <EditorPage heading={t('newHeading')} intro={t('intro')}>
      <VacancyEditor
        initialValues={EMPTY_VALUES}
        companies={user.companies.map(({ id, name }) => ({ id, name }))}
        autosave
        basePath={getPathname({ href: '/employer/vacancies', locale })}
        zones={getZoneOptions(locale)}
        countries={countryOptions(locale)}
        salaryMarket={salaryMarket}
      />
    </EditorPage>
  );
}
