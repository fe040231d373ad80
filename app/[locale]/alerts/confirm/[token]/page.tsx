import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/app/[locale]/(auth)/_components/auth-card';
import { textLinkClass } from '@/components/forms/field-styles';
import { SubmitButton } from '@/components/forms';
import { PageNotice } from '@/app/[locale]/(auth)/_components/page-notice';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { confirmAlertAction } from '@/lib/alerts/actions';
import { describeAlert } from '@/lib/alerts/mail';
import { toMailLocale } from '@/lib/mail/translate';
import { getAlertToConfirm } from '@/lib/alerts/queries';
import { canonicalAlertQuery } from '@/lib/alerts/schemas';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'alerts.confirm' });
  // The token is a secret: out of indexes and out of Referer headers.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** Opened from the confirmation mail: says what will be sent where; only the button (a POST) confirms. */
export default async function ConfirmAlertPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { token } = await params;
  const [t, tf, found] = await Promise.all([
    getTranslations({ locale, namespace: 'alerts.confirm' }),
    getTranslations({ locale, namespace: 'alertForm' }),
    getAlertToConfirm(token),
  ]);
  const toCatalogue = (
    <Link href="/vacancies" className={textLinkClass}>
      {t('toCatalogue')}
    </Link>
  );

  if (!found || found.expired) {
    return (
      <AuthCard eyebrow="ChatShift" title={t('title')}>
        <PageNotice tone="warning">{found ? t('expired') : t('notFound')}</PageNotice>
        {toCatalogue}
      </AuthCard>
    );
  }
  const { alert } = found;
  const description = describeAlert(canonicalAlertQuery(alert.query).filters, toMailLocale(locale));
  return (
    <AuthCard eyebrow="ChatShift" title={t('title')}>
      <form action={confirmAlertAction} className="space-y-5">
        <p className="break-words text-ink-800">
          {t('lead', { description, frequency: tf(`frequency.${alert.frequency}`), email: alert.email })}
        </p>
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel={tf('pending')} className="w-full">{t('submit')}</SubmitButton>
      </form>
    </AuthCard>
  );
}
