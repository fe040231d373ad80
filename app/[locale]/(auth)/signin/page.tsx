import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { safeCallbackUrl } from '@/lib/accounts/schemas';
import { buildPageMetadata } from '@/lib/seo';
import { AuthCard } from '../_components/auth-card';
import { EmailRequestForm } from '../_components/email-request-form';
import { textLinkClass } from '@/components/forms/field-styles';
import { PageNotice } from '../_components/page-notice';
import { firstParam, type SearchParams } from '../_components/search-params';
import { SignInForm } from '../_components/sign-in-form';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.signIn' });
  return { ...buildPageMetadata({ path: '/signin', locale, title: t('title'), description: t('description') }), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, tErrors, query] = await Promise.all([getTranslations('account'), getTranslations('accounts.errors'), searchParams]);

  const callbackUrl = safeCallbackUrl(firstParam(query.callbackUrl));
  const verifyFailed = firstParam(query.verify) === 'invalid';
  // Auth.js's own endpoint (/api/auth/callback/credentials) sends failures here as ?error=…&code=….
  const code = firstParam(query.code) ?? '';
  const failure = firstParam(query.error) === 'CredentialsSignin' ? (code.startsWith('rate_limited_') ? 'signInLimited' : 'invalidCredentials') : null;
  const success = firstParam(query.verified) === '1' ? t('signIn.verified') : firstParam(query.reset) === '1' ? t('signIn.reset') : null;

  return (
    <AuthCard
      eyebrow={t('eyebrow')}
      title={t('signIn.title')}
      lead={<p>{t('signIn.lead')}</p>}
      footer={
        <p>
          {t('signIn.noAccount')}{' '}
          <Link href="/signup" className={textLinkClass}>
            {t('signIn.signUpLink')}
          </Link>
        </p>
      }
    >
      {success && <PageNotice tone="success">{success}</PageNotice>}
      {failure && <PageNotice tone="warning">{tErrors(failure)}</PageNotice>}
      {verifyFailed && (
        <section aria-labelledby="verify-invalid" className="mb-8 border-b border-line pb-8">
          <PageNotice tone="warning">
            <span id="verify-invalid">{t('signIn.verifyInvalid')}</span>
          </PageNotice>
          <p className="mb-4 text-[0.9375rem] text-ink-700">{t('signIn.resendLead')}</p>
          <EmailRequestForm purpose="resendVerification" submitLabel={t('resend.submit')} pendingLabel={t('resend.pending')} />
        </section>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
