import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { blockContactAction } from '@/lib/moderation/board/actions';
import type { RiskLink, RiskReason } from '@/lib/moderation/risk/types';
import { AdminForm } from '../../../_components/admin-form';
import { linkClass } from '../../../_components/styles';

type Contact = NonNullable<RiskReason['contacts']>[number];

/**
 * What a board-wide reason points at (lib/moderation/board): the contacts in question, each blockable from
 * here, and the other ads with what became of them ("removed by a moderator on 12 Nov, reason: …").
 */
export async function BoardReasonDetails({ reason }: { reason: RiskReason }) {
  const [t, format] = await Promise.all([getTranslations('blockedContacts'), getFormatter()]);
  const contacts: Contact[] = reason.contacts ?? (reason.contact ? [{ ...reason.contact, note: reason.note }] : []);
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium' }) : '—');
  const blockable = reason.code === 'contactOfFlaggedAd' || reason.code === 'contactReused';

  const fate = (l: RiskLink) =>
    [
      t(`reason.fate.${l.status}`, { date: date(l.at) }),
      l.reason && (l.status === 'removed' || l.status === 'rejected') ? t('reason.moderatorReason', { reason: l.reason }) : null,
      l.companyBlocked ? t('reason.companyBlocked') : null,
      l.reports ? t('reason.reports', { count: l.reports }) : null,
      l.similarity !== undefined ? t('reason.similarity', { percent: format.number(l.similarity, { style: 'percent' }) }) : null,
      l.contact && reason.code !== 'contactBlocked' && contacts.length > 1 ? t('reason.sharedContact', { contact: l.contact.value }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <div className="mt-2 space-y-2 text-sm" data-testid={`board-reason-${reason.code}`}>
      {contacts.length > 0 && (
        <div>
          <span className="text-ink-600">{t('reason.contacts')}</span>
          <ul className="mt-1 space-y-2">
            {contacts.map((c) => (
              <li key={`${c.kind}:${c.value}`} className="flex flex-wrap items-start gap-x-3">
                <span>
                  <span className="text-ink-600">{t(`kind.${c.kind}`)}</span> <code className="rounded bg-canvas px-1 font-mono text-ink-950 break-all">{c.value}</code>
                  {c.note && <span className="text-red-800"> — {t('reason.blockedBecause', { note: c.note })}</span>}
                </span>
                {blockable && (
                  <details className="w-full sm:w-auto">
                    <summary className="cursor-pointer font-semibold text-brand-800">{t('form.blockThis', { contact: c.value })}</summary>
                    <AdminForm
                      action={blockContactAction}
                      hidden={{ kind: c.kind, value: c.value }}
                      submitLabel={t('form.submit')}
                      pendingLabel={t('form.pending')}
                      reason={{ label: t('form.reasonFor', { contact: c.value }), hint: t('form.reasonHint') }}
                      className="mt-2 max-w-md"
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {reason.links && reason.links.length > 0 && (
        <ul className="space-y-1.5">
          {reason.links.map((l) => (
            <li key={l.vacancyId}>
              <Link href={`/admin/moderation/${l.vacancyId}`} className={linkClass}>
                {l.title}
              </Link>{' '}
              <span className="text-ink-700">({l.companyName})</span>
              <span className="block text-ink-600">{fate(l)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
