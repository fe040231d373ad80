import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { env } from '@/lib/env';
import { getOutbox } from '@/lib/mail/outbox-queries';
import { LinkifiedText } from './linkified-text';

type Props = { params: Promise<{ locale: string }> };

const LIMIT = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.meta.devMail' });
  return { title: t('title'), description: t('description'), robots: { index: false, follow: false } };
}

/** The development outbox: every mail the app wrote, since without SMTP nothing leaves the machine. */
export default async function DevMailPage({ params }: Props) {
  // Rendered per request: it shows live data, and the switch below is read at run time.
  await connection();
  if (env.NODE_ENV === 'production' && env.ENABLE_DEV_MAIL !== '1') notFound();
  const locale = await resolveLocale(params);
  setRequestLocale(locale);

  const [t, format, mails] = await Promise.all([getTranslations('account.devMail'), getFormatter(), getOutbox(LIMIT)]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'medium' });

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-ink-700">{t('lead', { count: LIMIT })}</p>
      {mails.length === 0 ? (
        <p className="mt-8 text-ink-700">{t('empty')}</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Card as="article" aria-labelledby={`mail-${mail.id}`}>
                <h2 id={`mail-${mail.id}`} className="text-lg font-semibold break-words">
                  {mail.subject}
                </h2>
                <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-ink-600">{t('to')}</dt>
                  <dd className="break-all text-ink-950">{mail.to}</dd>
                  <dt className="text-ink-600">{t('kind')}</dt>
                  <dd>
                    <code>{mail.kind}</code>
                  </dd>
                  <dt className="text-ink-600">{t('created')}</dt>
                  <dd>
                    <time dateTime={mail.createdAt.toISOString()}>{when(mail.createdAt)}</time>
                  </dd>
                  <dt className="text-ink-600">{t('status')}</dt>
                  <dd className={mail.error ? 'text-red-700' : undefined}>
                    {mail.error
                      ? t('failed', { error: mail.error })
                      : mail.sentAt
                        ? t('sent', { date: when(mail.sentAt) })
                        : t('pending')}
                  </dd>
                </dl>
                <pre className="mt-4 overflow-x-auto rounded-control bg-sand-100 p-4 font-sans text-sm whitespace-pre-wrap break-words text-ink-900">
                  <LinkifiedText text={mail.text} />
                </pre>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
