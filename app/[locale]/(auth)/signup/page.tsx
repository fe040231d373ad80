import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { getInvitationPreview } from '@/lib/companies/queries';
import { buildPageMetadata } from '@/lib/seo';
import { AuthCard } from '../_components/auth-card';
import { textLinkClass } from '@/components/forms/field-styles';
import { PageNotice } from '../_components/page-notice';
import { firstParam, type SearchParams } from '../_components/search-params';
import { SignUpForm } from '../_components/sign-up-form';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.signUp' });
  return { ...buildPageMetadata({ path: '/signup', locale, title: t('title'), description: t('description') }), robots: { index: false } };
}

/** Sign-up; `?invitation=<token>` (from an invitation mail) joins that company instead of creating one. */
export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, query] = await Promise.all([getTranslations('account'), searchParams]);
  const token = firstParam(query.invitation)?.trim();
  const invitation = token ? await getInvitationPreview(token) : null;

  return (
    <AuthCard
      eyebrow={t('eyebrow')}
      title={t('signUp.title')}
      lead={<p>{invitation ? t('signUp.invitedLead', { company: invitation.companyName }) : t('signUp.lead')}</p>}
      footer={
        <p>
          {t('signUp.haveAccount')}{' '}
          <Link href="/signin" className={textLinkClass}>
            {t('signUp.signInLink')}
          </Link>
        </p>
      }
    >
      {token && !invitation && <PageNotice tone="warning">{t('signUp.invitationInvalid')}</PageNotice>}
      <SignUpForm invitation={invitation && token ? { token, email: invitation.email } : undefined} />
    </AuthCard>
  );
}
