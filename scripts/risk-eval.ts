// npm run risk:eval [-- --folds 5] [-- --json]
// Precision and recall (with TP/FP/FN/TN) of the scam-risk scorer at the flag threshold, for the rules, the
// statistical model and the rules + model combination: (a) on every ad decided so far (risk_examples on
// DATABASE_URL, or the embedded server), (b) on the labelled corpus. The model is always measured on ads it
// did not learn from (k-fold cross-validation). docs/decisions/011 explains the figures.
import '@/lib/zod-setup';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Confusion, EvalReport, EvalSet } from '../lib/moderation/risk/evaluate';

export const riskEvalArgsSchema = z
  .object({
    folds: z.coerce.number().int('--folds must be a whole number').min(2, '--folds must be at least 2').max(20, '--folds must be at most 20').default(5),
    json: z.boolean().default(false),
  })
  .strict();
export type RiskEvalArgs = z.infer<typeof riskEvalArgsSchema>;

/** argv → args, or the message to print: `--folds 5`, `--folds=5`, `--json`. */
export function parseRiskEvalArgs(argv: readonly string[]): { ok: true; value: RiskEvalArgs } | { ok: false; message: string } {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--json' && inline === undefined) raw.json = true;
    else if (flag === '--folds') raw.folds = inline ?? argv[++i];
    else return { ok: false, message: `Unknown argument ${arg}. Usage: npm run risk:eval -- [--folds 2..20] [--json]` };
  }
  const parsed = riskEvalArgsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, value: parsed.data };
}

const ratio = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));
const line = (name: string, c: Confusion) =>
  `  ${name.padEnd(22)} precision ${ratio(c.precision)}  recall ${ratio(c.recall)}   TP ${c.tp}  FP ${c.fp}  FN ${c.fn}  TN ${c.tn}`;

function printSet(out: string[], set: EvalSet, folds: number) {
  if (set.stored) out.push(line(`score at decision (${set.stored.count})`, set.stored));
  out.push(line('rules', set.scorers.rules));
  out.push(line(`model (${folds}-fold)`, set.scorers.model));
  out.push(line(`rules + model (${folds}-fold)`, set.scorers.combined));
}

/** The printed report. */
export function formatRiskEval(report: EvalReport, unreadable = 0): string {
  const out = [`Scam-risk scorer at threshold ${report.threshold}`, ''];
  if (report.decided) {
    out.push(`(a) Decided ads in the database: ${report.decided.count}`);
    printSet(out, report.decided, report.folds);
  } else {
    out.push('(a) Decided ads in the database: none yet. Approvals, rejections as a scam, removals and upheld reports are recorded as they happen.');
  }
  if (unreadable) out.push(`  (${unreadable} stored example(s) could not be read and were skipped)`);
  out.push('', `(b) Labelled corpus (lib/moderation/risk-corpus.ts): ${report.corpus.count} ads; the rules were tuned on it`);
  printSet(out, report.corpus, report.folds);
  return `${out.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseRiskEvalArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n`);
    return 2;
  }
  await import('./load-env');
  const { withDatabase } = await import('./db/with-database');
  return withDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    const { db } = await import('@/lib/db');
    const { loadRiskExamples } = await import('../lib/moderation/risk-examples-queries');
    const { evaluateExamples } = await import('../lib/moderation/risk/evaluate');
    const { RISK_CORPUS } = await import('../lib/moderation/risk-corpus');
    try {
      const { examples, unreadable } = await loadRiskExamples(db);
      const report = evaluateExamples(examples, RISK_CORPUS, args.value.folds);
      process.stdout.write(args.value.json ? `${JSON.stringify({ ...report, unreadable }, null, 2)}\n` : formatRiskEval(report, unreadable));
      return 0;
    } finally {
      await db.$disconnect();
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
