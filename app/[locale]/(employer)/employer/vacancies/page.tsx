import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink, buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, redirect } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { getWorkspaceActor } from '@/lib/companies/active-company-queries';
import { getDashboardVacancies, parseDashboardFilters } from '@/lib/vacancies/dashboard-queries';
import { StatusActionForm } from '../_components/action-form';
import { BlockedCompanyBanner } from '../_components/blocked-company-banner';
import { BulkActions } from '../_components/bulk-actions';
import { DashboardFilters } from '../_components/dashboard-filters';
import { getLifecycleMessages } from '../_components/lifecycle-messages';
import { VacancyTable } from '../_components/vacancy-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'workspace.vacancies.meta' });
  return { title: t('title'), robots: { index: false } };
}

/** The active company's vacancies with 30-day stats, filters (kept in the URL) and bulk actions. */
export default async function EmployerVacanciesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(getPathname({ href: '/employer/vacancies', locale }));
  // Without a company there is nothing to list: the overview says how to get one.
  if (!user.companies.length) redirect({ href: '/employer', locale });
  const actor = await getWorkspaceActor(user);
  const filters = parseDashboardFilters(await searchParams);
  const [t, vacancies, messages] = await Promise.all([
    getTranslations('dashboard'),
    getDashboardVacancies(actor, filters),
    getLifecycleMessages(),
  ]);
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  // A route handler, not a page: a plain <a>, without the locale prefix.
  const exportHref = `/api/employer/vacancies/export${query ? `?${query}` : ''}`;
  const filtered = Boolean(filters.status || filters.q);

  return (
    <Container className="py-10 sm:py-12">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-3xl font-bold">{t('heading')}</h1>
          {actor.activeCompany && (
            <p className="mt-2 text-ink-600">{t('companyLine', { company: actor.activeCompany.name, count: vacancies.length })}</p>
          )}
        </div>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/employer/vacancies/new">{t('newVacancy')}</ButtonLink>
          <a href={exportHref} className={buttonStyles({ variant: 'secondary' })} download>
            {t('exportCsv')}
          </a>
        </div>
      </div>

      <BlockedCompanyBanner user={actor} />

      <div className="mt-8">
        <DashboardFilters filters={filters} />
      </div>
      {vacancies.length === 0 ? (
        <p className="mt-8 text-ink-600">{filtered ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <StatusActionForm messages={messages} className="mt-6 space-y-4">
          <BulkActions />
          <VacancyTable vacancies={vacancies} />
        </StatusActionForm>
      )}
    </Container>
  );
}
