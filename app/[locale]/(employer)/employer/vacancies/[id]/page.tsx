import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { getDashboardVacancy } from '@/lib/vacancies/dashboard-queries';
import { effectiveStatus } from '@/lib/vacancies/lifecycle';
import { VacancyApplicationsLink } from '../../applications/_components/vacancy-applications-link';
import { getLifecycleMessages } from '../../_components/lifecycle-messages';
import { StatusBadge } from '../../_components/status-badge';
import { ModerationHistory } from './_components/moderation-history';
import { StatTotals } from './_components/stat-totals';
import { StatusExplanation } from './_components/status-explanation';
import { VacancyActions } from './_components/vacancy-actions';
import { ViewsChart } from './_components/views-chart';

type Props = { params: Promise<{ locale: string; id: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** One vacancy in the employer's dashboard: status, allowed actions, stats and moderation history. */
export default async function EmployerVacancyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const user = await requireUser(`${locale === 'en' ? '/en' : ''}/employer/vacancies/${encodeURIComponent(id)}`);
  const now = new Date();
  const vacancy = await getDashboardVacancy(user, id, now);
  if (!vacancy) notFound();
  const [t, messages] = await Promise.all([getTranslations('dashboard.vacancy'), getLifecycleMessages()]);

  return (
    <Container className="py-10 sm:py-12">
      <Link href="/employer" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800">
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
        <StatTotals totals={vacancy.totals} last30={vacancy.stats30} />
        <ViewsChart daily={vacancy.daily} />
      </section>

      <ModerationHistory events={vacancy.events} />
    </Container>
  );
}
