import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { requireUser } from '@/lib/accounts/queries';
import { countryOptions } from '@/lib/countries';
import { getSalaryMarket } from '@/lib/salaries/queries';
import { getVacancyForEdit } from '@/lib/vacancies/editor-queries';
import { EditorPage } from '../../_components/editor-page';
import { VacancyEditor } from '../../_components/vacancy-editor';
import { getZoneOptions } from '../../_components/zone-options';
import { getPathname } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: 'editor.meta' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditVacancyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const path = `/employer/vacancies/${encodeURIComponent(id)}/edit`;
  const user = await requireUser(locale === 'en' ? `/en${path}` : path);
  const vacancy = await getVacancyForEdit(user, id);
  if (!vacancy) notFound();
  const [t, salaryMarket] = await Promise.all([getTranslations('editor'), getSalaryMarket()]);
  return (
    <EditorPage heading={t('editHeading')} intro={t('intro')} notice={vacancy.fromPendingRevision ? t('revisionNotice') : undefined}>
      <VacancyEditor
        initialValues={vacancy.values}
        companies={[]}
        saved={{ vacancyId: vacancy.id, version: vacancy.version }}
        autosave={vacancy.status === 'draft' || vacancy.status === 'rejected'}
        basePath={getPathname({ href: '/employer/vacancies', locale })}
        zones={getZoneOptions(locale, vacancy.values.shiftSlots.map((s) => s.timeZone))}
        countries={countryOptions(locale)}
        salaryMarket={salaryMarket}
      />
    </EditorPage>
  );
}
