import 'server-only';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isAdmin } from './audit.server';
import type { RiskExampleSource } from './risk-examples.server';
import { RISK_CORPUS } from './risk-corpus';
import { parseRiskInput } from './risk/input';
import { modelText, trainModel, type LabelledInput, type RiskModel } from './risk/model';
import { RISK_THRESHOLD } from './risk/score';

// Reading the labelled examples (risk-examples.server.ts records them): for risk:eval, the admin overview
// and the statistical model at run time.

export type StoredExample = LabelledInput & { id: string; vacancyId: string | null; source: RiskExampleSource; riskScore: number | null; decidedAt: Date };

/**
 * The examples to learn from and measure on: one per vacancy and text, the latest decision winning (an ad
 * approved and later removed as a scam counts once, as a scam). Rows whose input no longer parses are
 * counted in `unreadable` and left out.
 */
export async function loadRiskExamples(client: Pick<typeof db, 'riskExample'> = db, limit?: number): Promise<{ examples: StoredExample[]; unreadable: number }> {
  const rows = await client.riskExample.findMany({
    orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, vacancyId: true, label: true, source: true, input: true, riskScore: true, decidedAt: true },
  });
  const seen = new Set<string>();
  const examples: StoredExample[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = parseRiskInput(row.input);
    if (!parsed.ok) {
      unreadable += 1;
      continue;
    }
    const key = `${row.vacancyId ?? row.id}\u0000${modelText(parsed.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push({ ...row, input: parsed.value });
  }
  return { examples, unreadable };
}

export type ScorerQuality = { count: number; precision: number | null; recall: number | null; tp: number; fp: number; fn: number; tn: number };

/**
 * The live scorer's record for the admin overview: of the decided ads (one per vacancy and text, latest
 * decision), how many it had flagged at the time of the decision (the stored score, board-wide reasons
 * included) against how the moderators labelled them. Ads decided without a score are not counted.
 */
export async function getScorerQuality(actor: Pick<CurrentUser, 'role'> | null): Promise<ScorerQuality | null> {
  if (!isAdmin(actor)) return null;
  const [row] = await db.$queryRaw<{ tp: number; fp: number; fn: number; tn: number }[]>(Prisma.sql`
    WITH latest AS (
      SELECT DISTINCT ON (COALESCE("vacancyId", id), md5(input::text)) label, "riskScore"
      FROM risk_examples
      ORDER BY COALESCE("vacancyId", id), md5(input::text), "decidedAt" DESC, id
    )
    SELECT
      count(*) FILTER (WHERE label = 'scam' AND "riskScore" >= ${RISK_THRESHOLD})::int AS tp,
      count(*) FILTER (WHERE label = 'honest' AND "riskScore" >= ${RISK_THRESHOLD})::int AS fp,
      count(*) FILTER (WHERE label = 'scam' AND "riskScore" < ${RISK_THRESHOLD})::int AS fn,
      count(*) FILTER (WHERE label = 'honest' AND "riskScore" < ${RISK_THRESHOLD})::int AS tn
    FROM latest WHERE "riskScore" IS NOT NULL`);
  const { tp = 0, fp = 0, fn = 0, tn = 0 } = row ?? {};
  return { count: tp + fp + fn + tn, tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null };
}

// ───────────────────────── the model at run time ─────────────────────────

/**
 * Database examples the model learns from at most (the latest). Training runs on the server's event loop:
 * about 0.25 s on the corpus alone, growing with the examples, so the number is kept small until training
 * moves to the job worker (noted in decision 011).
 */
export const MODEL_DB_EXAMPLES = 500;
const MODEL_RECHECK_MS = 10 * 60_000;

let cached: { model: RiskModel; key: string; checkedAt: number } | null = null;
let training: Promise<RiskModel> | null = null;

/** The corpus plus the latest database examples, as training data. */
export function trainingSet(stored: readonly LabelledInput[]): LabelledInput[] {
  return [...RISK_CORPUS, ...stored.slice(0, MODEL_DB_EXAMPLES)];
}

type ExamplesClient = Pick<typeof db, 'riskExample'>;

async function examplesKey(client: ExamplesClient): Promise<string> {
  const agg = await client.riskExample.aggregate({ _count: { _all: true }, _max: { decidedAt: true } });
  return `${agg._count._all}:${agg._max.decidedAt?.toISOString() ?? ''}`;
}

async function train(client: ExamplesClient, key: string, now: number): Promise<RiskModel> {
  // Twice the cap: duplicates of one ad (approved, then removed) collapse into one example.
  const { examples } = await loadRiskExamples(client, MODEL_DB_EXAMPLES * 2);
  const model = trainModel(trainingSet(examples));
  cached = { model, key, checkedAt: now };
  return model;
}

/**
 * The model for scoreVacancy({ model }): trained on first use from the corpus and the database examples,
 * retrained when new decisions have been recorded (checked at most every ten minutes). While a retrain
 * runs, callers get the previous model. Pure scoring stays in risk/score.ts; this only supplies weights.
 * `client`: the caller's transaction, so a submission does not need a second connection; only the first,
 * blocking training reads through it, a background retrain uses its own.
 */
export async function getRiskModel(client: ExamplesClient = db, now = Date.now()): Promise<RiskModel> {
  if (cached && now - cached.checkedAt < MODEL_RECHECK_MS) return cached.model;
  const key = await examplesKey(client);
  if (cached && cached.key === key) {
    cached.checkedAt = now;
    return cached.model;
  }
  // Concurrent first callers share one training.
  if (!cached) {
    training ??= train(client, key, now).finally(() => {
      training = null;
    });
    return training;
  }
  training ??= train(db, key, now).finally(() => {
    training = null;
  });
  training.catch(() => undefined); // a failed retrain keeps the previous model; the next call tries again
  return cached.model;
}
