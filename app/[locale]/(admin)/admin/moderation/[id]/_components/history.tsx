import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReviewItem } from '@/lib/moderation/review-queries';
import type { AppMessages } from '@/messages';

type Action = keyof AppMessages['moderation']['events'];

/** The vacancy's moderation events, newest first, with who did each. */
export async function History({ events }: { events: ReviewItem['history'] }) {
  const [t, format] = await Promise.all([getTranslations('moderation'), getFormatter()]);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="text-lg font-bold">
        {t('review.historyHeading')}
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-ink-600">{t('review.historyEmpty')}</p>
      ) : (
        <ol className="mt-3 space-y-3 text-sm">
          {events.map((e) => (
            <li key={e.id} className="border-l-2 border-brand-200 pl-3">
              <time dateTime={e.createdAt.toISOString()} className="block text-ink-600">
                {format.dateTime(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              <span className="font-semibold">{t(`events.${e.action as Action}`)}</span>
              {e.actor && <span className="text-ink-600"> {t('review.by', { name: e.actor })}</span>}
              {e.reason && <p className="mt-1 text-ink-700">{e.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
