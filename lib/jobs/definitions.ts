import 'server-only';
import { sendJobAlerts } from '@/lib/alerts/run.server';
import { sendApplicationDigests } from '@/lib/applications/digest.server';
import { env } from '@/lib/env';
import { retryUndeliveredMail } from '@/lib/mail/outbox.server';
import { salaryInsightsJob } from '@/lib/salaries/refresh.server';
import { alertOverdueModeration } from '@/lib/moderation/sla.server';
import { refreshSearchTerms } from '@/lib/search/terms.server';
import { cleanUpExpiredRows } from './housekeeping.server';
import { eraseEndedApplications } from './retention.server';
import { refreshShiftUtcMinutes } from './shift-utc.server';
import { expireVacancies, remindExpiringVacancies } from './vacancy-jobs.server';

// The scheduled jobs: a name (the pg-boss queue), when it runs (cron, Moscow time) and what it does.
// Every task takes the clock as an argument, so tests run it at any moment they like.

export type JobDefinition = {
  name: string;
  cron: string;
  run: (now: Date) => Promise<Record<string, number>>;
};

export const JOB_TIME_ZONE = 'Europe/Moscow';

export const JOBS: readonly JobDefinition[] = [
  { name: 'expire-vacancies', cron: '*/5 * * * *', run: (now) => expireVacancies(now) },
  { name: 'expiry-reminders', cron: '20 * * * *', run: (now) => remindExpiringVacancies(now) },
  { name: 'application-digests', cron: '0 9 * * *', run: async (now) => ({ digests: await sendApplicationDigests(now) }) },
  { name: 'shift-utc-refresh', cron: '5 * * * *', run: (now) => refreshShiftUtcMinutes(now) },
  { name: 'application-retention', cron: '40 3 * * *', run: (now) => eraseEndedApplications(env.APPLICATION_RETENTION_DAYS, now) },
  { name: 'job-alerts', cron: '*/5 * * * *', run: (now) => sendJobAlerts(now) },
  { name: 'mail-retry', cron: '* * * * *', run: (now) => retryUndeliveredMail(now) },
  { name: 'housekeeping', cron: '25 4 * * *', run: (now) => cleanUpExpiredRows(now) },
  { name: 'search-terms', cron: '*/15 * * * *', run: async () => ({ ...(await refreshSearchTerms()) }) },
  { name: 'salary-insights', cron: '*/30 * * * *', run: (now) => salaryInsightsJob(now) },
  { name: 'moderation-sla', cron: '*/10 * * * *', run: (now) => alertOverdueModeration(env.MODERATION_SLA_HOURS, now) },
];
