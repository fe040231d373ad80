import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { env } from '@/lib/env';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { getSlaShare, type SlaWindow } from '@/lib/moderation/sla-queries';

/** The share of review decisions taken within MODERATION_SLA_HOURS, over 7 and 30 days, with the counts behind it. */
export async function SlaCard({ admin, now }: { admin: AdminActor; now: Date }) {
  const [t, sla] = await Promise.all([getTranslations('decisions.sla'), getSlaShare(admin, env.MODERATION_SLA_HOURS, now)]);
  if (!sla) return null;
  return (
    <Card as="section" aria-labelledby="sla-heading" data-testid="sla-card">
      <h2 id="sla-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t('hint', { hours: sla.hours })}</p>
      <dl className="mt-3 space-y-3">
        <Window label={t('days7')} window={sla.days7} testId="sla-7" />
        <Window label={t('days30')} window={sla.days30} testId="sla-30" />
      </dl>
    </Card>
  );
}

async function Window({ label, window, testId }: { label: string; window: SlaWindow; testId: string }) {
  const [t, format] = await Promise.all([getTranslations('decisions.sla'), getFormatter()]);
  return (
    <div data-testid={testId}>
      <dt className="text-sm font-medium text-ink-700">{label}</dt>
      <dd className="text-lg font-bold text-ink-950">
        {window.share === null ? t('none') : format.number(window.share, { style: 'percent', maximumFractionDigits: 0 })}
        {window.count > 0 && <span className="ml-2 text-sm font-normal text-ink-600">({t('counts', { within: window.within, count: window.count })})</span>}
      </dd>
    </div>
  );
}
