import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AttentionVacancy } from '@/lib/companies/overview-queries';
import { StatusBadge } from './status-badge';

type Groups = { rejected: AttentionVacancy[]; expiring: AttentionVacancy[]; drafts: AttentionVacancy[] };

const linkClass = 'font-semibold text-ink-950 underline-offset-4 hover:text-brand-800 hover:underline break-words';

/** Vacancies that wait for the employer: sent back by a moderator, about to expire, drafts not yet submitted. */
export async function AttentionList({ groups, total }: { groups: Groups; total: number }) {
  const [t, format] = await Promise.all([getTranslations('workspace.overview.attention'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long' });
  const sections = [
    { key: 'rejected', items: groups.rejected, note: (v: AttentionVacancy) => (v.reason ? t('rejectedReason', { reason: v.reason }) : null) },
    { key: 'expiring', items: groups.expiring, note: (v: AttentionVacancy) => (v.expiresAt ? t('expiresOn', { date: date(v.expiresAt) }) : null) },
    { key: 'drafts', items: groups.drafts, note: (v: AttentionVacancy) => t('draftUpdated', { date: date(v.updatedAt) }) },
  ] as const;

  return (
    <section aria-labelledby="attention-heading" className="rounded-card border border-line bg-surface p-5 shadow-card" data-testid="attention">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="attention-heading" className="text-lg font-bold">
          {t('heading')}
        </h2>
        <Link href="/employer/vacancies" className="text-sm font-semibold text-brand-800 underline underline-offset-4">
          {t('allVacancies')}
        </Link>
      </div>
      {total === 0 ? (
        <p className="mt-3 text-sm text-ink-600">{t('none')}</p>
      ) : (
        <div className="mt-3 space-y-5">
          {sections
            .filter((s) => s.items.length > 0)
            .map((section) => (
              <div key={section.key} data-testid={`attention-${section.key}`}>
                <h3 className="text-sm font-semibold tracking-wide text-ink-600 uppercase">{t(section.key)}</h3>
                <ul className="mt-2 divide-y divide-line">
                  {section.items.map((v) => {
                    const note = section.note(v);
                    return (
                      <li key={v.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2.5">
                        <div className="min-w-0 flex-1">
                          <Link href={`/employer/vacancies/${v.id}`} className={linkClass}>
                            {v.title}
                          </Link>
                          {note && <p className="mt-0.5 text-sm break-words text-ink-600">{note}</p>}
                        </div>
                        <StatusBadge status={v.status} />
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
        </div>
      )}
    </section>
  );
}
