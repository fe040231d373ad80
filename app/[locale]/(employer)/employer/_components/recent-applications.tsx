import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { RecentApplication } from '@/lib/companies/overview-queries';
import { ApplicationStatusBadge } from '../applications/_components/application-status-badge';
import { ApplicationsNavLink } from '../applications/_components/applications-nav-link';

/** The newest applications to the company's vacancies, each opening its page, and the way to all of them. */
export async function RecentApplications({ items, newCount }: { items: RecentApplication[]; newCount: number }) {
  const [t, format] = await Promise.all([getTranslations('workspace.overview.recent'), getFormatter()]);
  return (
    <section aria-labelledby="recent-heading" className="rounded-card border border-line bg-surface p-5 shadow-card" data-testid="recent-applications">
      <h2 id="recent-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t('newCount', { count: newCount })}</p>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-ink-600">{t('empty')}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2.5">
              <div className="min-w-0 flex-1">
                <Link href={`/employer/applications/${a.id}`} className="font-semibold break-words text-ink-950 underline-offset-4 hover:text-brand-800 hover:underline">
                  {a.name ?? t('erased')}
                </Link>
                <p className="mt-0.5 text-sm break-words text-ink-600">
                  {t('to', { vacancy: a.vacancyTitle })} ·{' '}
                  <time dateTime={a.createdAt.toISOString()}>{format.dateTime(a.createdAt, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}</time>
                </p>
              </div>
              <ApplicationStatusBadge status={a.status} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4">
        <ApplicationsNavLink />
      </div>
    </section>
  );
}
