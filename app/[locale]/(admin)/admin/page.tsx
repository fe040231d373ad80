import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { getUndeliveredMail } from '@/lib/mail/outbox-queries';
import { getAdminOverview, type DecisionStat } from '@/lib/moderation/queries';
import { getScorerQuality } from '@/lib/moderation/risk-examples-queries';
import { Duration, secondsSince } from './_components/duration';
import { SlaCard } from './_components/sla-card';
import { ScorerQuality } from './_components/scorer-quality';
import { linkClass } from './_components/styles';
import { UndeliveredMail } from './_components/undelivered-mail';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'moderation.meta' });
  return { title: t('overview'), robots: { index: false, follow: false } };
}

const SECTIONS = ['moderation', 'reports', 'companies', 'users', 'audit'] as const;

/** The admin home: queue length and age, time to decision, open reports, undelivered mail, and the sections. */
export default async function AdminHomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requireRole('admin', getPathname({ href: '/admin', locale }));
  const now = new Date();
  const [t, tn, overview, mail] = await Promise.all([
    getTranslations('moderation.overview'),
    getTranslations('moderation.nav'),
    getAdminOverview(admin, now),
    getUndeliveredMail(admin),
  ]);
  if (!overview || !mail) return null;
  const { queue, decisions, openReports } = overview;
  const scorer = await getScorerQuality(admin);

  return (
    <Container className="py-8 sm:py-10">
      <h1 className="text-3xl font-bold text-ink-950">{t('heading')}</h1>
      <p className="mt-2 text-ink-600">{t('intro')}</p>

      <div className="mt-8 grid gap-6 md:grid-cols-3">
        <Card as="section" aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="text-lg font-bold">
            {t('queueHeading')}
          </h2>
          <p className="mt-3 text-2xl font-bold text-ink-950" data-testid="queue-total">
            {t('queueTotal', { count: queue.newVacancies + queue.edits })}
          </p>
          <p className="mt-1 text-sm text-ink-600">{t('queueSplit', { new: queue.newVacancies, edits: queue.edits })}</p>
          {queue.oldestSubmittedAt && (
            <p className="mt-3 text-sm">
              {t('oldest')}{' '}
              <strong>
                <Duration seconds={secondsSince(queue.oldestSubmittedAt, now)} />
              </strong>
            </p>
          )}
          <Link href="/admin/moderation" className={`${linkClass} mt-4 inline-block`}>
            {t('openQueue')}
          </Link>
        </Card>

        <Card as="section" aria-labelledby="decisions-heading">
          <h2 id="decisions-heading" className="text-lg font-bold">
            {t('decisionsHeading')}
          </h2>
          <p className="mt-1 text-sm text-ink-600">{t('decisionsHint')}</p>
          <dl className="mt-3 space-y-3">
            <Stat label={t('days7')} stat={decisions.days7} testId="median-7" />
            <Stat label={t('days30')} stat={decisions.days30} testId="median-30" />
          </dl>
        </Card>

        <SlaCard admin={admin} now={now} />

        <Card as="section" aria-labelledby="reports-heading">
          <h2 id="reports-heading" className="text-lg font-bold">
            {t('reportsHeading')}
          </h2>
          <p className="mt-3 text-2xl font-bold text-ink-950" data-testid="open-reports">
            {t('openReports', { count: openReports })}
          </p>
          <Link href="/admin/reports" className={`${linkClass} mt-4 inline-block`}>
            {t('openReportsLink')}
          </Link>
        </Card>

        {scorer && <ScorerQuality figures={scorer} />}
      </div>

      <UndeliveredMail mail={mail} />

      <section aria-labelledby="sections-heading" className="mt-12">
        <h2 id="sections-heading" className="text-xl font-bold">
          {t('sectionsHeading')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {SECTIONS.map((s) => (
            <li key={s} className="rounded-card border border-line bg-surface p-4">
              <Link href={`/admin/${s}`} className={linkClass}>
                {tn(s)}
              </Link>
              <p className="mt-1 text-sm text-ink-600">{t(`sections.${s}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Container>
  );
}

async function Stat({ label, stat, testId }: { label: string; stat: DecisionStat; testId: string }) {
  const t = await getTranslations('moderation.overview');
  return (
    <div data-testid={testId}>
      <dt className="text-sm font-medium text-ink-700">{label}</dt>
      <dd className="text-lg font-bold text-ink-950">
        {stat.medianSeconds === null ? t('noDecisions') : <Duration seconds={stat.medianSeconds} />}
        {stat.count > 0 && <span className="ml-2 text-sm font-normal text-ink-600">({t('decisionsCount', { count: stat.count })})</span>}
      </dd>
    </div>
  );
}
