import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/app/[locale]/(auth)/_components/auth-card';
import { textLinkClass } from '@/components/forms/field-styles';
import { SubmitButton } from '@/components/forms';
import { PageNotice } from '@/app/[locale]/(auth)/_components/page-notice';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { unsubscribeAction } from '@/lib/alerts/actions';
import { readUnsubscribeLink } from '@/lib/alerts/links';
import { describeAlert } from '@/lib/alerts/mail';
import { toMailLocale } from '@/lib/mail/translate';
import { getAlert } from '@/lib/alerts/queries';
import { canonicalAlertQuery } from '@/lib/alerts/schemas';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'alerts.unsubscribe' });
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The visible "unsubscribe" link of an alert mail lands here; the button deletes the alert. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'alerts.unsubscribe' });
  const tf = await getTranslations({ locale, namespace: 'alertForm' });
  const result = one(query.result);
  const sig = one(query.sig);
  const id = readUnsubscribeLink(one(query.alert), sig);
  const alert = !result && id ? await getAlert(id) : null;
  const toCatalogue = (
    <Link href="/vacancies" className={textLinkClass}>
      {tf('heading')}
    </Link>
  );

  if (!alert) {
    return (
      <AuthCard eyebrow="ChatShift" title={t('title')}>
        <PageNotice tone={result === 'done' ? 'success' : 'warning'}>{result === 'done' ? t('done') : t('gone')}</PageNotice>
        {toCatalogue}
      </AuthCard>
    );
  }
  const description = describeAlert(canonicalAlertQuery(alert.query).filters, toMailLocale(locale));
  return (
    <AuthCard eyebrow="ChatShift" title={t('title')}>
      <form action={unsubscribeAction} className="space-y-5">
        <p className="break-words text-ink-800">{t('lead', { description })}</p>
        <input type="hidden" name="alert" value={alert.id} />
        <input type="hidden" name="sig" value={sig} />
        <SubmitButton pendingLabel={tf('pending')} className="w-full">{t('submit')}</SubmitButton>
      </form>
    </AuthCard>
  );
}
