import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink, buttonStyles } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { redirect } from '@/i18n/navigation';
import { signOutAction } from '@/lib/accounts/actions';
import { requireUser } from '@/lib/accounts/queries';
import { getDashboardVacancies, parseDashboardFilters } from '@/lib/vacancies/dashboard-queries';
import { ApplicationsNavLink } from './applications/_components/applications-nav-link';
import { StatusActionForm } from './_components/action-form';
import { BlockedCompanyBanner } from './_components/blocked-company-banner';
import { BulkActions } from './_components/bulk-actions';
import { DashboardFilters } from './_components/dashboard-filters';
import { getLifecycleMessages } from './_components/lifecycle-messages';
import { VacancyTable } from './_components/vacancy-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'dashboard.meta' });
  return { title: t('title'), robots: { index: false } };
}

/** The employer's dashboard: the company's vacancies with 30-day stats, filters and bulk actions. */
export default async function EmployerDashboardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale === 'en' ? '/en/employer' : '/employer');
  // An admin's work is moderation: one who belongs to no company lands there (also right after sign-in).
  if (user.role === 'admin' && !user.companies.length) redirect({ href: '/admin', locale });
  const filters = parseDashboardFilters(await searchParams);
  const [t, vacancies, messages] = await Promise.all([
    getTranslations('dashboard'),
    getDashboardVacancies(user, filters),
    getLifecycleMessages(),
  ]);
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  // A route handler, not a page: a plain <a>, without the locale prefix.
  const exportHref = `/api/employer/vacancies/export${query ? `?${query}` : ''}`;
  const filtered = Boolean(filters.status || filters.q);

  return (
    <Container className="py-10 sm:py-12">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('heading')}</h1>
          {user.companies.length > 0 && (
            <p className="mt-2 text-ink-600">
              {t('companyLine', { company: user.companies.map((c) => c.name).join(', '), count: vacancies.length })}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-3">
          {user.companies.length > 0 && (
            <>
              <ButtonLink href="/employer/vacancies/new">{t('newVacancy')}</ButtonLink>
              <ApplicationsNavLink />
              <a href={exportHref} className={buttonStyles({ variant: 'secondary' })} download>
                {t('exportCsv')}
              </a>
            </>
          )}
          <ButtonLink href="/employer/account" variant="ghost">
            {t('account')}
          </ButtonLink>
          <form action={signOutAction}>
            <button type="submit" className={buttonStyles({ variant: 'ghost' })}>
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>

      <BlockedCompanyBanner user={user} />

      {user.companies.length === 0 ? (
        <p className="mt-8 rounded-card border border-line bg-surface p-6 text-ink-700" data-testid="no-company">
          {t('noCompany')}
        </p>
      ) : (
        <>
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
        </>
      )}
    </Container>
  );
}
