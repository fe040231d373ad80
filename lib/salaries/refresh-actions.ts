import 'server-only';
import { db } from '@/lib/db';
import { refreshSalaryInsightsWith, type RefreshResult, type SqlRunner } from './refresh';

/** The app's Prisma client as a SqlRunner. */
export const prismaRunner: SqlRunner = {
  query: <T,>(sql: string, params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params),
};

/** The `salary-insights` job: recompute the snapshot from the live vacancies. */
export async function refreshSalaryInsights(now = new Date()): Promise<RefreshResult> {
  return refreshSalaryInsightsWith(prismaRunner, now);
}

/** The job's report: how many vacancies the figures stand on and how long it took. */
export async function salaryInsightsJob(now = new Date()): Promise<{ vacancies: number; ms: number }> {
  const { vacancies, durationMs } = await refreshSalaryInsights(now);
  return { vacancies, ms: durationMs };
}
