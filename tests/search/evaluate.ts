// Scores the catalogue search against tests/search/relevance-queries.ts: used by `npm run eval:search`
// and by the floor test (tests/integration/search-eval.test.ts).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { classified } from '@/lib/vacancies/classified';
import { gradeOf, mean, ndcgAtK, recallAtK, type JudgedVacancy } from '@/lib/search/relevance';
import { RELEVANCE_QUERIES } from './relevance-queries';

export type SearchTop = (q: string, locale: 'ru' | 'en') => Promise<string[]>;
export type QueryScore = { group: string; q: string; relevant: number; recall: number; ndcg: number; top: string[] };
export type EvalReport = { queries: QueryScore[]; groups: { group: string; count: number; recall: number; ndcg: number }[]; recall: number; ndcg: number };

export async function loadJudgedVacancies(db: PrismaClient, now = new Date()): Promise<JudgedVacancy[]> {
  const rows = await db.vacancy.findMany({
    where: { status: 'published', expiresAt: { gt: now }, company: { blockedAt: null } },
    select: {
      id: true, title: true, description: true, languageCodes: true, industry: true, schedule: true, employment: true,
      experience: true, shiftPattern: true, salaryCurrency: true, nightShifts: true, weekendWork: true,
      trainingProvided: true, voiceRequired: true,
    },
  });
  return rows.map(classified);
}

export async function evaluateSearch(vacancies: JudgedVacancy[], top: SearchTop): Promise<EvalReport> {
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const queries: QueryScore[] = [];
  for (const query of RELEVANCE_QUERIES) {
    const allGrades = vacancies.map((v) => gradeOf(v, query.expect));
    const ids = (await top(query.q, query.locale ?? 'ru')).slice(0, 10);
    const grades = ids.map((id) => { const v = byId.get(id); return v ? gradeOf(v, query.expect) : 0; });
    queries.push({
      group: query.group,
      q: query.q,
      relevant: allGrades.filter((g) => g > 0).length,
      recall: recallAtK(grades, allGrades.filter((g) => g > 0).length),
      ndcg: ndcgAtK(grades, allGrades),
      top: ids.map((id) => byId.get(id)?.title ?? id),
    });
  }
  const groupNames = [...new Set(queries.map((q) => q.group))];
  const groups = groupNames.map((group) => {
    const members = queries.filter((q) => q.group === group);
    return { group, count: members.length, recall: mean(members.map((q) => q.recall)), ndcg: mean(members.map((q) => q.ndcg)) };
  });
  return { queries, groups, recall: mean(queries.map((q) => q.recall)), ndcg: mean(queries.map((q) => q.ndcg)) };
}
