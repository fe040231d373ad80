import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { getCurrentUser, requireUser, type CurrentUser } from '@/lib/accounts/queries';
import { getDashboardVacancy } from '@/lib/vacancies/dashboard-queries';
import { effectiveStatus } from '@/lib/vacancies/lifecycle';
import { getVacancyStats } from '@/lib/vacancies/stats-queries';
import { VacancyApplicationsLink } from '../../applications/_components/vacancy-applications-link';
import { getLifecycleMessages } from '../../_components/lifecycle-messages';
import { StatusBadge } from '../../_components/status-badge';
import { ModerationHistory } from './_components/moderation-history';
import { StatTotals } from './_components/stat-totals';
import { StatusExplanation } from './_components/status-explanation';
import { VacancyActions } from './_components/vacancy-actions';
import { ViewsChart } from './_components/views-chart';

type Props = { params: Promise<{ locale: string; id: string }> };

// generateMetadata and the page read the vacancy once per request.
const requestTime = cache(() => new Date());
const dashboardVacancy = cache((user: CurrentUser, id: string) => getDashboardVacancy(user, id, requestTime()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [{ id }, t, user] = await Promise.all([params, getTranslations({ locale, namespace: 'dashboard.meta' }), getCurrentUser()]);
  const vacancy = user ? await dashboardVacancy(user, id) : null;
  return { title: vacancy ? t('vacancyTitle', { title: vacancy.title }) : t('title'), robots: { index: false } };
}

/** One vacancy in the employer's dashboard: status, allowed actions, stats and moderation history. */
export default async function EmployerVacancyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const user = await requireUser(getPathname({ href: `/employer/vacancies/${encodeURIComponent(id)}`, locale }));
  const now = requestTime();
  const vacancy = await dashboardVacancy(user, id);
  if (!vacancy) notFound();
  const [t, messages, stats] = await Promise.all([getTranslations('dashboard.vacancy'), getLifecycleMessages(), getVacancyStats(user, vacancy.id, now)]);

  return (
    <Container className="py-10 sm:py-12">
      <Link href="/employer/vacancies" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800">
        <ArrowRightIcon className="size-4 rotate-180" />
        {t('back')}
      </Link>
      <h1 className="mt-6 text-3xl font-bold">{vacancy.title}</h1>
      <p className="mt-3 flex items-center gap-2 text-sm">
        <span className="text-ink-600">{t('status')}:</span>
        <StatusBadge status={effectiveStatus(vacancy.status, vacancy.expiresAt, now)} />
      </p>
      <StatusExplanation vacancy={vacancy} now={now} />
      <VacancyActions vacancy={vacancy} messages={messages} now={now} />
      <VacancyApplicationsLink actor={user} vacancyId={vacancy.id} />

      <section aria-labelledby="vacancy-stats" className="mt-12">
        <h2 id="vacancy-stats" className="text-xl font-bold">
          {t('statsHeading')}
        </h2>
        {stats && (
          <>
            <StatTotals stats={stats} />
            <ViewsChart stats={stats} />
          </>
        )}
      </section>

      <ModerationHistory events={vacancy.events} />
    </Container>
  );
}
