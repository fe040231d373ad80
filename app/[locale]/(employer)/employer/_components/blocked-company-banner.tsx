import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/accounts/queries';
import { getBlockedCompaniesOf } from '@/lib/moderation/report-queries';

/** Tells the members of a blocked company why its vacancies vanished and that new ones are not accepted. */
export async function BlockedCompanyBanner({ user }: { user: Pick<CurrentUser, 'companies'> }) {
  const blocked = await getBlockedCompaniesOf(user);
  if (!blocked.length) return null;
  const t = await getTranslations('reports.banner');
  return (
    <div className="mt-6 space-y-3">
      {blocked.map((company) => (
        <section key={company.id} aria-labelledby={`blocked-${company.id}`} className="rounded-card border border-red-200 bg-red-50 p-4 text-red-900 sm:p-5" data-testid="company-blocked">
          <h2 id={`blocked-${company.id}`} className="font-semibold">{t('title', { company: company.name })}</h2>
          <p className="mt-1 text-sm">{t('text')}</p>
          {company.reason && <p className="mt-1 text-sm break-words">{t('reason', { reason: company.reason })}</p>}
          <p className="mt-2 text-sm">{t('contact')}</p>
        </section>
      ))}
    </div>
  );
}
