import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { buildPageMetadata } from '@/lib/seo';
import { AuthCard } from '../_components/auth-card';
import { EmailRequestForm } from '../_components/email-request-form';
import { textLinkClass } from '@/components/forms/field-styles';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.forgotPassword' });
  return {
    ...buildPageMetadata({ path: '/forgot-password', locale, title: t('title'), description: t('description') }),
    robots: { index: false },
  };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations('account');

  return (
    <AuthCard
      eyebrow={t('eyebrow')}
      title={t('forgotPassword.title')}
      lead={<p>{t('forgotPassword.lead')}</p>}
      footer={
        <Link href="/signin" className={textLinkClass}>
          {t('forgotPassword.signInLink')}
        </Link>
      }
    >
      <EmailRequestForm purpose="resetPassword" submitLabel={t('forgotPassword.submit')} pendingLabel={t('forgotPassword.pending')} />
    </AuthCard>
  );
}
