import { getFormatter, getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/applications/history-queries';
import { ApplicationStatusBadge } from './application-status-badge';

/** Who moved the application where, and when: oldest first, the candidate's own steps named as such. */
export async function StatusHistory({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations('applications.history'), getFormatter()]);
  if (!entries.length) return null;
  return (
    <section aria-labelledby="history-heading" className="rounded-card border border-line bg-surface p-5 shadow-card">
      <h2 id="history-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <ol className="mt-4 space-y-4 border-l-2 border-line pl-4" data-testid="status-history">
        {entries.map((e) => (
          <li key={e.id} className="relative">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-brand-600 ring-4 ring-surface" />
            <div className="flex flex-wrap items-center gap-2">
              <ApplicationStatusBadge status={e.toStatus} />
              <time dateTime={e.at.toISOString()} className="text-sm text-ink-600">
                {format.dateTime(e.at, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}
              </time>
            </div>
            <p className="mt-1 text-sm text-ink-700">
              {e.actorName ? t('by', { name: e.actorName }) : e.toStatus === 'new' ? t('sent') : t('byCandidate')}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
