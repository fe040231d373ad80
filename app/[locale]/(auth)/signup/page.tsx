import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { buildPageMetadata } from '@/lib/seo';
import { AuthCard } from '../_components/auth-card';
import { textLinkClass } from '../_components/field-styles';
import { SignUpForm } from '../_components/sign-up-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.signUp' });
  return { ...buildPageMetadata({ path: '/signup', locale, title: t('title'), description: t('description') }), robots: { index: false } };
}

export default async function SignUpPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations('account');

  return (
    <AuthCard
      eyebrow={t('eyebrow')}
      title={t('signUp.title')}
      lead={<p>{t('signUp.lead')}</p>}
      footer={
        <p>
          {t('signUp.haveAccount')}{' '}
          <Link href="/signin" className={textLinkClass}>
            {t('signUp.signInLink')}
          </Link>
        </p>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
