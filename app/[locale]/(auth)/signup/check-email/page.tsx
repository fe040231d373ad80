import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { email as emailSchema } from '@/lib/accounts/schemas';
import { buildPageMetadata } from '@/lib/seo';
import { AuthCard } from '../../_components/auth-card';
import { EmailRequestForm } from '../../_components/email-request-form';
import { textLinkClass } from '@/components/forms/field-styles';
import { firstParam, type SearchParams } from '../../_components/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.checkEmail' });
  return {
    ...buildPageMetadata({ path: '/signup/check-email', locale, title: t('title'), description: t('description') }),
    robots: { index: false },
  };
}

export default async function CheckEmailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, query] = await Promise.all([getTranslations('account'), searchParams]);
  // Only echo something that is an address; anything else gets the generic sentence.
  const parsed = emailSchema.safeParse(firstParam(query.email) ?? '');
  const email = parsed.success ? parsed.data : null;

  return (
    <AuthCard
      eyebrow={t('eyebrow')}
      title={t('checkEmail.title')}
      lead={
        <p>
          {email
            ? t.rich('checkEmail.sentTo', { email, strong: (chunks) => <strong className="break-all text-ink-950">{chunks}</strong> })
            : t('checkEmail.sentGeneric')}
        </p>
      }
      footer={
        <Link href="/signin" className={textLinkClass}>
          {t('checkEmail.signInLink')}
        </Link>
      }
    >
      <p className="mb-4 text-[0.9375rem] text-ink-700">{t('checkEmail.noMail')}</p>
      <EmailRequestForm
        purpose="resendVerification"
        submitLabel={t('resend.submit')}
        pendingLabel={t('resend.pending')}
        defaultEmail={email ?? ''}
      />
    </AuthCard>
  );
}
