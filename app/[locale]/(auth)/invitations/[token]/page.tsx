import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { getCurrentUser } from '@/lib/accounts/queries';
import { getInvitationForUser } from '@/lib/companies/queries';
import { AuthCard } from '../../_components/auth-card';
import { textLinkClass } from '@/components/forms/field-styles';
import { PageNotice } from '../../_components/page-notice';
import { AcceptInvitationForm } from './accept-form';

type Props = { params: Promise<{ locale: string; token: string }> };

// The token is a secret: keep the page out of indexes and out of Referer headers.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'team.meta' });
  return { title: t('invitationTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The link from the invitation mail. The company is named only to the signed-in addressee. */
export default async function InvitationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { token } = await params;
  const [t, ta, user] = await Promise.all([getTranslations('team.invitation'), getTranslations('account'), getCurrentUser()]);

  if (!user) {
    const self = getPathname({ href: `/invitations/${encodeURIComponent(token)}`, locale });
    return (
      <AuthCard eyebrow={ta('eyebrow')} title={t('title')} lead={<p>{t('signedOut')}</p>}>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={{ pathname: '/signin', query: { callbackUrl: self } }}>{t('signIn')}</ButtonLink>
          <ButtonLink href={{ pathname: '/signup', query: { invitation: token } }} variant="secondary">
            {t('signUp')}
          </ButtonLink>
        </div>
      </AuthCard>
    );
  }

  const [invitation, tr, format] = await Promise.all([
    getInvitationForUser(user, token),
    getTranslations('vocab.memberRole'),
    getFormatter(),
  ]);

  return (
    <AuthCard eyebrow={ta('eyebrow')} title={t('title')}>
      {invitation ? (
        <div className="space-y-5">
          <p className="text-lg">{t('offer', { company: invitation.companyName, role: tr(invitation.role) })}</p>
          <p className="text-sm text-ink-600">{t('expires', { date: format.dateTime(invitation.expiresAt, { dateStyle: 'long' }) })}</p>
          <AcceptInvitationForm token={token} />
        </div>
      ) : (
        <>
          <PageNotice tone="warning">{t('invalid')}</PageNotice>
          <Link href="/employer" className={textLinkClass}>
            {t('toEmployer')}
          </Link>
        </>
      )}
    </AuthCard>
  );
}
