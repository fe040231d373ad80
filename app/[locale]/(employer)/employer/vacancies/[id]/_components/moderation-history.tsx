import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardVacancyDetail } from '@/lib/vacancies/dashboard-queries';

/** The vacancy's moderation events, newest first. */
export async function ModerationHistory({ events }: { events: DashboardVacancyDetail['events'] }) {
  const t = await getTranslations('dashboard.vacancy');
  const format = await getFormatter();
  return (
    <section aria-labelledby="moderation-history" className="mt-12">
      <h2 id="moderation-history" className="text-xl font-bold">
        {t('historyHeading')}
      </h2>
      {events.length === 0 ? (
        <p className="mt-3 text-ink-600">{t('historyEmpty')}</p>
      ) : (
        <ol className="mt-4 space-y-3" data-testid="moderation-history">
          {events.map((e) => (
            <li key={e.id} className="border-l-2 border-brand-200 pl-4">
              <time dateTime={e.createdAt.toISOString()} className="block text-sm text-ink-600">
                {format.dateTime(e.createdAt, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })}
              </time>
              <span className="font-semibold">{t(`events.${e.action as 'submitted'}`)}</span>
              {e.reason && <p className="mt-1 text-ink-700">{e.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
