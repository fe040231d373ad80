import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, redirect } from '@/i18n/navigation';
import { requireUser } from '@/lib/accounts/queries';
import { getWorkspaceActor } from '@/lib/companies/active-company-queries';
import { getWorkspaceOverview } from '@/lib/companies/overview-queries';
import { AttentionList } from './_components/attention-list';
import { BlockedCompanyBanner } from './_components/blocked-company-banner';
import { FirstRunSteps } from './_components/first-run-steps';
import { RecentApplications } from './_components/recent-applications';
import { TotalsRow } from './_components/totals-row';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'workspace.overview.meta' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * The workspace overview of the active company: for a new employer the steps to the first published vacancy;
 * afterwards the 30-day totals, what needs attention and the newest applications.
 */
export default async function EmployerOverviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(getPathname({ href: '/employer', locale }));
  // An admin's work is moderation: one who belongs to no company lands there (also right after sign-in).
  if (user.role === 'admin' && !user.companies.length) redirect({ href: '/admin', locale });
  const actor = await getWorkspaceActor(user);
  const company = actor.activeCompany;
  const [t, td, overview] = await Promise.all([
    getTranslations('workspace.overview'),
    getTranslations('dashboard'),
    company ? getWorkspaceOverview(user, company.id) : null,
  ]);

  return (
    <Container className="py-10 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('eyebrow')}</p>
          <h1 className="mt-1 text-3xl font-bold">{t('heading')}</h1>
          {company && <p className="mt-1 break-words text-ink-600" data-testid="overview-company">{company.name}</p>}
        </div>
        {company && <ButtonLink href="/employer/vacancies/new">{t('newVacancy')}</ButtonLink>}
      </div>

      <BlockedCompanyBanner user={actor} />

      {!company || !overview ? (
        <p className="mt-8 rounded-card border border-line bg-surface p-6 text-ink-700" data-testid="no-company">
          {td('noCompany')}
        </p>
      ) : overview.kind === 'firstRun' ? (
        <div className="mt-8">
          <FirstRunSteps steps={overview.steps} />
        </div>
      ) : (
        <div className="mt-8 space-y-8">
          <TotalsRow actor={user} companyId={company.id} />
          <div className="grid gap-6 lg:grid-cols-2">
            <AttentionList groups={overview.attention} total={overview.attentionTotal} />
            <RecentApplications items={overview.recentApplications} newCount={overview.newApplications} />
          </div>
        </div>
      )}
    </Container>
  );
}
