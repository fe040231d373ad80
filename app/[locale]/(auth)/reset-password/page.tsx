import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { buildPageMetadata } from '@/lib/seo';
import { AuthCard } from '../_components/auth-card';
import { textLinkClass } from '@/components/forms/field-styles';
import { PageNotice } from '../_components/page-notice';
import { ResetPasswordForm } from '../_components/reset-password-form';
import { firstParam, type SearchParams } from '../_components/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.resetPassword' });
  return {
    ...buildPageMetadata({ path: '/reset-password', locale, title: t('title'), description: t('description') }),
    robots: { index: false },
    // The token is in this page's URL; do not hand it to anything the page links to.
    referrer: 'no-referrer',
  };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, query] = await Promise.all([getTranslations('account'), searchParams]);
  // The action checks the token; here only its absence is worth a message of its own.
  const token = firstParam(query.token)?.trim();

  return (
    <AuthCard
      eyebrow={t('eyebrow')}
      title={t('resetPassword.title')}
      lead={token ? <p>{t('resetPassword.lead')}</p> : undefined}
      footer={
        <Link href="/signin" className={textLinkClass}>
          {t('resetPassword.signInLink')}
        </Link>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <PageNotice tone="warning">{t('resetPassword.missingToken')}</PageNotice>
          <ButtonLink href="/forgot-password" className="w-full">
            {t('resetPassword.requestNew')}
          </ButtonLink>
        </>
      )}
    </AuthCard>
  );
}
