import { getFormatter, getTranslations } from 'next-intl/server';
import type { CompanyForEdit } from '@/lib/companies/queries';
import { MembershipForm } from './membership-form';

type Props = { company: CompanyForEdit; companyName: string; actorId: string };

/** Members with owner-only controls, the actor's own «leave», and pending invitations. */
export async function TeamSection({ company, companyName, actorId }: Props) {
  const [t, tr, format] = await Promise.all([getTranslations('team.team'), getTranslations('vocab.memberRole'), getFormatter()]);
  const isOwner = company.role === 'owner';
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });

  return (
    <section aria-labelledby="team-heading" className="space-y-6">
      <h2 id="team-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <ul className="divide-y divide-line rounded-card border border-line bg-surface">
        {company.members.map((m) => {
          const self = m.userId === actorId;
          return (
            <li key={m.userId} data-member={m.email} className="space-y-3 p-4">
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
                <div>
                  <dt className="sr-only">{t('name')}</dt>
                  <dd className="font-semibold text-ink-950">
                    {m.name} {self && <span className="font-normal text-ink-600">({t('you')})</span>}
                  </dd>
                </div>
                <div>
                  <dt className="sr-only">{t('email')}</dt>
                  <dd className="break-all text-ink-700">{m.email}</dd>
                </div>
                <div>
                  <dt className="inline text-ink-600">{t('role')}: </dt>
                  <dd className="inline font-medium">{tr(m.role)}</dd>
                </div>
                <div>
                  <dt className="inline text-ink-600">{t('joined')}: </dt>
                  <dd className="inline">{date(m.joinedAt)}</dd>
                </div>
              </dl>
              <div className="flex flex-wrap items-start gap-2">
                {isOwner && !self && (
                  <MembershipForm
                    companyId={company.id}
                    userId={m.userId}
                    operation={m.role === 'owner' ? 'makeMember' : 'makeOwner'}
                    label={m.role === 'owner' ? t('makeMember') : t('makeOwner')}
                  />
                )}
                {isOwner && !self && (
                  <MembershipForm
                    companyId={company.id}
                    userId={m.userId}
                    operation="remove"
                    label={t('remove')}
                    confirm={{ question: t('removeConfirm', { name: m.name }), yes: t('confirmRemove') }}
                  />
                )}
                {self && (
                  <MembershipForm
                    companyId={company.id}
                    userId={m.userId}
                    operation="leave"
                    label={t('leave')}
                    confirm={{ question: t('leaveConfirm', { company: companyName }), yes: t('confirmLeave') }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div>
        <h3 className="text-lg font-semibold">{t('pendingHeading')}</h3>
        {company.invitations.length === 0 ? (
          <p className="mt-2 text-sm text-ink-600">{t('noPending')}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {company.invitations.map((i) => (
              <li key={`${i.email}-${i.expiresAt.toISOString()}`}>
                <span className="font-medium">{i.email}</span> · {tr(i.role)} · {t('expires', { date: date(i.expiresAt) })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
