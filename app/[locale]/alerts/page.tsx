import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/app/[locale]/(auth)/_components/auth-card';
import { EmailLinkForm } from '@/app/[locale]/_components/email-link-form';
import { labelClass, textLinkClass } from '@/components/forms/field-styles';
import { PageNotice } from '@/app/[locale]/(auth)/_components/page-notice';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import { changeFrequencyAction, deleteAlertAction, requestManageLinkAction } from '@/lib/alerts/actions';
import { manageTokenState, readManageToken } from '@/lib/alerts/links';
import { describeAlert } from '@/lib/alerts/mail';
import { toMailLocale } from '@/lib/mail/translate';
import { getAlertsFor } from '@/lib/alerts/queries';
import { ALERT_FREQUENCIES, canonicalAlertQuery } from '@/lib/alerts/schemas';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ['confirmed', 'saved', 'deleted', 'deletedAll', 'notFound', 'invalid'] as const;
type Notice = (typeof NOTICES)[number];
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'alerts.manage' });
  // The link's token is a secret: out of indexes and out of Referer headers.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** "My alerts": reached by a signed link from any alert mail; without one, a form that mails the link. */
export default async function AlertsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const token = one(query.token) ?? '';
  const notice = NOTICES.find((n) => n === one(query.notice)) as Notice | undefined;
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const email = token ? readManageToken(token) : null;
  const tf = await getTranslations({ locale, namespace: 'alertForm' });

  if (!email) {
    const state = token ? manageTokenState(token) : null;
    return (
      <AuthCard eyebrow="ChatShift" title={t('manage.requestTitle')} lead={t('manage.requestLead')}>
        {state && state !== 'ok' && <PageNotice tone="warning">{state === 'expired' ? t('manage.expired') : t('manage.invalid')}</PageNotice>}
        <EmailLinkForm action={requestManageLinkAction} labels={{ email: tf('email'), submit: t('manage.requestSubmit'), pending: tf('pending') }} />
      </AuthCard>
    );
  }

  const [alerts, format] = await Promise.all([getAlertsFor(email), getFormatter({ locale })]);
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' });
  const noticeText: Record<Notice, string> = {
    confirmed: t('confirm.done'),
    saved: t('manage.saved'),
    deleted: t('manage.deleted'),
    deletedAll: t('manage.deletedAll'),
    notFound: tf('errors.notFound'),
    invalid: t('manage.invalid'),
  };

  return (
    <Container size="narrow" className="py-10 sm:py-14">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('manage.title')}</h1>
      <p className="mt-2 break-words text-ink-700">{t('manage.lead', { email })}</p>
      <div className="mt-6">
        {notice && <PageNotice tone={notice === 'notFound' || notice === 'invalid' ? 'warning' : 'success'}>{noticeText[notice]}</PageNotice>}
      </div>

      {alerts.length === 0 ? (
        <Card>
          <p className="text-ink-800">{t('manage.empty')}</p>
          <Link href="/vacancies" className={`${textLinkClass} mt-3 inline-block`}>
            {t('confirm.toCatalogue')}
          </Link>
        </Card>
      ) : (
        <ul className="grid gap-4">
          {alerts.map((alert) => {
            const { filters, query: search } = canonicalAlertQuery(alert.query);
            const description = describeAlert(filters, toMailLocale(locale));
            const selectId = `frequency-${alert.id}`;
            return (
              <li key={alert.id}>
                <Card>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h2 className="min-w-0 text-lg font-semibold break-words">{description}</h2>
                    {!alert.confirmedAt && <Badge tone="accent">{t('manage.pending')}</Badge>}
                  </div>
                  <p className="mt-1 text-sm text-ink-600">
                    {t('manage.since', { date: date(alert.confirmedAt ?? alert.createdAt) })}
                    {alert.lastSentAt && <> · {t('manage.lastSent', { date: date(alert.lastSentAt) })}</>}
                  </p>
                  <Link href={`/vacancies${search ? `?${search}` : ''}`} className={`${textLinkClass} mt-2 inline-block text-sm`}>
                    {t('manage.open')}
                  </Link>
                  <div className="mt-4 flex flex-wrap items-end gap-3">
                    <form action={changeFrequencyAction} className="flex flex-wrap items-end gap-3">
                      <input type="hidden" name="token" value={token} />
                      <input type="hidden" name="alert" value={alert.id} />
                      <div>
                        <label htmlFor={selectId} className={labelClass}>
                          <span className="sr-only">{t('manage.frequencyLabel', { description })}</span>
                          <span aria-hidden="true">{tf('frequencyLabel')}</span>
                        </label>
                        <select
                          id={selectId}
                          name="frequency"
                          defaultValue={alert.frequency}
                          className="mt-1.5 min-h-11 rounded-control border border-line-strong bg-surface px-3 text-base text-ink-950 shadow-inset focus:border-brand-500"
                        >
                          {ALERT_FREQUENCIES.map((f) => (
                            <option key={f} value={f}>
                              {tf(`frequency.${f}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                      <Button type="submit" variant="secondary">
                        {t('manage.save')}
                      </Button>
                    </form>
                    <form action={deleteAlertAction}>
                      <input type="hidden" name="token" value={token} />
                      <input type="hidden" name="alert" value={alert.id} />
                      <Button type="submit" variant="ghost" aria-label={t('manage.deleteLabel', { description })}>
                        {t('manage.delete')}
                      </Button>
                    </form>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}

      {alerts.length > 0 && (
        <form action={deleteAlertAction} className="mt-8">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="alert" value="all" />
          <Button type="submit" variant="ghost" className="text-red-800 hover:bg-red-50 hover:text-red-900">
            {t('manage.deleteAll')}
          </Button>
        </form>
      )}
    </Container>
  );
}
