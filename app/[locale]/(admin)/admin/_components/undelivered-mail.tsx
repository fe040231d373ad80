import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { UndeliveredMail as UndeliveredMailData } from '@/lib/mail/outbox-queries';
import { tableClass, tdClass, thClass } from './styles';

/** The overview's mail card: what the retry job still works on, what it gave up on, and the latest of those. */
export async function UndeliveredMail({ mail }: { mail: UndeliveredMailData }) {
  const [t, format] = await Promise.all([getTranslations('moderation.undeliveredMail'), getFormatter()]);
  return (
    <Card as="section" aria-labelledby="mail-heading" className="mt-6">
      <h2 id="mail-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t('hint')}</p>
      <div className="mt-3 grid gap-2 sm:grid-cols-2">
        <p className="text-2xl font-bold text-ink-950" data-testid="mail-waiting">
          {t('waiting', { count: mail.waiting })}
        </p>
        <p className="text-2xl font-bold text-ink-950" data-testid="mail-gave-up">
          {t('gaveUp', { count: mail.gaveUp })}
        </p>
      </div>
      {mail.latestGivenUp.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className={tableClass} data-testid="mail-given-up">
            <caption className="mb-2 text-left font-semibold">{t('latestHeading')}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t('columns.time')}</th>
                <th scope="col" className={thClass}>{t('columns.to')}</th>
                <th scope="col" className={thClass}>{t('columns.subject')}</th>
                <th scope="col" className={thClass}>{t('columns.kind')}</th>
                <th scope="col" className={thClass}>{t('columns.attempts')}</th>
                <th scope="col" className={thClass}>{t('columns.error')}</th>
              </tr>
            </thead>
            <tbody>
              {mail.latestGivenUp.map((m) => (
                <tr key={m.id}>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <time dateTime={m.failedAt.toISOString()}>{format.dateTime(m.failedAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                  </td>
                  <td className={`${tdClass} break-all`}>{m.to}</td>
                  <td className={`${tdClass} break-words`}>{m.subject}</td>
                  <td className={`${tdClass} font-mono text-xs`}>{m.kind}</td>
                  <td className={tdClass}>{m.attempts}</td>
                  <td className={`${tdClass} max-w-xs break-words text-ink-600`}>{m.error}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
