import 'server-only';
import { db } from '@/lib/db';
import { prismaRunner } from '@/lib/sql-runner';
import { refreshSalaryInsightsWith, type RefreshResult } from './refresh';

/** The `salary-insights` job: recompute the snapshot from the live vacancies. */
export async function refreshSalaryInsights(now = new Date()): Promise<RefreshResult> {
  return refreshSalaryInsightsWith(prismaRunner(db), now);
}

/** The job's report: how many vacancies the figures stand on and how long it took. */
export async function salaryInsightsJob(now = new Date()): Promise<{ vacancies: number; ms: number }> {
  const { vacancies, durationMs } = await refreshSalaryInsights(now);
  return { vacancies, ms: durationMs };
}
