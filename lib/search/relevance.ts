// Relevance judgements and the two measures `npm run eval:search` prints (scripts/eval/search.ts):
// recall@10 and nDCG@10 with graded relevance. Pure: the runner loads vacancies and results.

/** What a person would expect a query to find: every field given must hold (AND); regexes are case-insensitive. */
export type Criterion = {
  /** Tested on the title. */
  title?: string;
  /** Tested on title + description. */
  text?: string;
  language?: string;
  industry?: string;
  schedule?: string;
  employment?: string;
  experience?: string;
  shiftPattern?: string;
  currency?: string;
  nightShifts?: boolean;
  weekendWork?: boolean;
  training?: boolean;
  chatOnly?: boolean;
};

/** 2 = exactly what was asked for, 1 = a reasonable answer; a vacancy takes the highest grade it meets. */
export type Judgement = { grade: 1 | 2; where: Criterion };
export type EvalQuery = { group: string; q: string; locale?: 'ru' | 'en'; expect: Judgement[] };

export type JudgedVacancy = {
  id: string;
  title: string;
  description: string;
  languageCodes: string[];
  industry: string;
  schedule: string;
  employment: string;
  experience: string;
  shiftPattern: string | null;
  salaryCurrency: string | null;
  nightShifts: boolean;
  weekendWork: boolean;
  trainingProvided: boolean;
  voiceRequired: boolean;
};

function meets(v: JudgedVacancy, c: Criterion): boolean {
  const re = (source: string) => new RegExp(source, 'iu');
  if (c.title !== undefined && !re(c.title).test(v.title)) return false;
  if (c.text !== undefined && !re(c.text).test(`${v.title}\n${v.description}`)) return false;
  if (c.language !== undefined && !v.languageCodes.includes(c.language)) return false;
  if (c.industry !== undefined && v.industry !== c.industry) return false;
  if (c.schedule !== undefined && v.schedule !== c.schedule) return false;
  if (c.employment !== undefined && v.employment !== c.employment) return false;
  if (c.experience !== undefined && v.experience !== c.experience) return false;
  if (c.shiftPattern !== undefined && v.shiftPattern !== c.shiftPattern) return false;
  if (c.currency !== undefined && v.salaryCurrency !== c.currency) return false;
  if (c.nightShifts !== undefined && v.nightShifts !== c.nightShifts) return false;
  if (c.weekendWork !== undefined && v.weekendWork !== c.weekendWork) return false;
  if (c.training !== undefined && v.trainingProvided !== c.training) return false;
  if (c.chatOnly !== undefined && v.voiceRequired === c.chatOnly) return false;
  return true;
}

export function gradeOf(v: JudgedVacancy, expect: readonly Judgement[]): number {
  return expect.reduce((best, j) => (j.grade > best && meets(v, j.where) ? j.grade : best), 0);
}

/** Share of the relevant vacancies (grade ≥ 1) in the top k, out of as many as could fit there. */
export function recallAtK(resultGrades: readonly number[], relevantCount: number, k = 10): number {
  if (relevantCount === 0) return resultGrades.length === 0 ? 1 : 0;
  const found = resultGrades.slice(0, k).filter((g) => g > 0).length;
  return found / Math.min(k, relevantCount);
}

const dcg = (grades: readonly number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

/** nDCG@k: the results' gains against the best possible order of every judged vacancy. */
export function ndcgAtK(resultGrades: readonly number[], allGrades: readonly number[], k = 10): number {
  const ideal = dcg([...allGrades].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return resultGrades.length === 0 ? 1 : 0;
  return dcg(resultGrades.slice(0, k)) / ideal;
}

export const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
