import { getFormatter, getTranslations } from 'next-intl/server';
import type { ApplicationNoteView } from '@/lib/applications/queries';
import { NoteForm } from './note-form';

type Props = { applicationId: string; notes: ApplicationNoteView[]; canAdd: boolean };

/** The company's private notes on one application, oldest first, with the form to add one. */
export async function NotesSection({ applicationId, notes, canAdd }: Props) {
  const [t, format] = await Promise.all([getTranslations('applications.notes'), getFormatter()]);
  return (
    <section aria-labelledby="notes-heading" className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6">
      <h2 id="notes-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t('hint')}</p>
      {notes.length === 0 ? (
        <p className="mt-4 text-ink-600">{t('empty')}</p>
      ) : (
        <ol className="mt-4 space-y-3" data-testid="notes">
          {notes.map((n) => (
            <li key={n.id} className="rounded-control border border-line bg-sand-50 p-3">
              <p className="text-xs text-ink-600">
                <span className="font-semibold text-ink-800">{n.authorName ?? t('formerMember')}</span>
                {' · '}
                <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </p>
              <p className="mt-1 whitespace-pre-line break-words text-ink-900">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canAdd && (
        <div className="mt-6">
          <NoteForm applicationId={applicationId} />
        </div>
      )}
    </section>
  );
}
