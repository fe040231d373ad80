import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/app/[locale]/(auth)/_components/auth-card';
import { resolveLocale } from '@/i18n/locale';
import { getWithdrawal } from '@/lib/applications/apply.server';
import { WithdrawForm } from './withdraw-form';

type Props = { params: Promise<{ locale: string; token: string }> };

// Opened from the confirmation mail. The token is a secret: out of indexes and out of Referer headers.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'apply.meta' });
  return { title: t('withdrawTitle'), description: t('withdrawDescription'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** Shows what would be withdrawn; only the button (a POST) withdraws, because mail scanners open links. */
export default async function WithdrawPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { token } = await params;
  const [t, withdrawal] = await Promise.all([getTranslations('apply.withdraw'), getWithdrawal(token)]);

  return (
    <AuthCard eyebrow={t('eyebrow')} title={t('title')}>
      <WithdrawForm token={token} withdrawal={withdrawal} />
    </AuthCard>
  );
}
