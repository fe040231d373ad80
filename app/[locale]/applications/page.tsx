import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/app/[locale]/(auth)/_components/auth-card';
import { textLinkClass } from '@/components/forms/field-styles';
import { PageNotice } from '@/app/[locale]/(auth)/_components/page-notice';
import { EmailLinkForm } from '@/app/[locale]/_components/email-link-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { Link } from '@/i18n/navigation';
import type { CandidateStatus } from '@/lib/applications/candidate-status';
import { getApplicationsOf } from '@/lib/applications/history-queries';
import { readApplicationsToken } from '@/lib/applications/links';
import { requestApplicationsLinkAction } from '@/lib/applications/public-actions';
import { env } from '@/lib/env';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const TONES: Record<CandidateStatus, 'neutral' | 'brand' | 'accent' | 'verified'> = {
  sent: 'neutral',
  viewed: 'brand',
  invited: 'accent',
  notSelected: 'neutral',
  withdrawn: 'neutral',
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'applicationsPage' });
  // The link's token is a secret: out of indexes and out of Referer headers.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** "My applications": every application sent from an address, reached by a link signed for it. */
export default async function MyApplicationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const [t, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'applicationsPage' }),
    getTranslations({ locale, namespace: 'applicationsLink' }),
  ]);
  const access = token ? readApplicationsToken(token) : null;

  if (!access?.ok) {
    return (
      <AuthCard eyebrow="ChatShift" title={t('title')} lead={t('requestLead')}>
        {access && <PageNotice tone="warning">{access.reason === 'expired' ? t('expired') : t('invalid')}</PageNotice>}
        <EmailLinkForm action={requestApplicationsLinkAction} labels={{ email: tl('email'), submit: tl('submit'), pending: tl('pending') }} />
      </AuthCard>
    );
  }

  const [applications, format] = await Promise.all([getApplicationsOf(access.email), getFormatter({ locale })]);
  const date = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', year: 'numeric' });
  const time = (d: Date) => format.dateTime(d, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

  return (
    <Container size="narrow" className="py-10 sm:py-14">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <p className="mt-2 break-words text-ink-700">{t('lead', { email: access.email })}</p>

      {applications.length === 0 ? (
        <Card className="mt-6">
          <p className="text-ink-800">{t('empty')}</p>
          <Link href="/vacancies" className={`${textLinkClass} mt-3 inline-block`}>
            {t('toCatalogue')}
          </Link>
        </Card>
      ) : (
        <ul className="mt-6 grid gap-4" data-testid="my-applications">
          {applications.map((a) => (
            <li key={a.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 className="text-lg font-semibold break-words">
                      {a.vacancyOpen ? (
                        <Link href={`/vacancies/${a.slug}`} className="hover:text-brand-800 hover:underline">
                          {a.title}
                        </Link>
                      ) : (
                        a.title
                      )}
                    </h2>
                    <p className="mt-0.5 text-sm text-ink-600">
                      {t('company', { company: a.companyName })} · {t('sentAt', { date: date(a.sentAt) })}
                    </p>
                  </div>
                  <Badge tone={TONES[a.status]} data-testid="candidate-status">
                    {t(`status.${a.status}`)}
                  </Badge>
                </div>
                <p className="mt-3 text-[0.9375rem] text-ink-800">{t(`explain.${a.status}`)}</p>
                {!a.vacancyOpen && a.status !== 'withdrawn' && <p className="mt-1 text-sm text-ink-600">{t('ended')}</p>}
                <ol aria-label={t('history', { title: a.title })} className="mt-4 flex flex-wrap gap-x-5 gap-y-1 border-t border-line pt-3 text-sm text-ink-700">
                  {a.steps.map((step) => (
                    <li key={`${step.status}-${step.at.toISOString()}`}>
                      <span className="font-medium text-ink-900">{t(`status.${step.status}`)}</span>{' '}
                      <time dateTime={step.at.toISOString()}>{time(step.at)}</time>
                    </li>
                  ))}
                </ol>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-sm text-ink-600">{t('privacy', { days: env.APPLICATION_RETENTION_DAYS })}</p>
    </Container>
  );
}
