// npm run risk -- <file.json>
// Scores vacancy-shaped records for scam risk (lib/moderation/risk.ts) and prints
// [{ id, score, flagged, reasons }] as JSON; a record that fails validation becomes { id, error }.
// Exit code 2: the file is missing or unreadable, or does not hold a JSON array.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseRiskInput, scoreVacancy, type RiskResult } from '../lib/moderation/risk';

export type RiskCliEntry = ({ id: string | number } & RiskResult) | { id: string | number; error: string };
export type RiskCliOutcome = { ok: true; entries: RiskCliEntry[] } | { ok: false; message: string };

function idOf(record: unknown, index: number): string | number {
  if (record && typeof record === 'object') {
    for (const key of ['id', 'slug'] as const) {
      const value = (record as Record<string, unknown>)[key];
      if ((typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value))) return value;
    }
  }
  return index;
}

/** The whole CLI minus the process: JSON text in, entries or a file-level error out. */
export function runRisk(json: string): RiskCliOutcome {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(data)) return { ok: false, message: 'Expected a JSON array of vacancy objects, e.g. [{ "title": "…", "description": "…" }].' };
  const entries = data.map((record: unknown, index): RiskCliEntry => {
    const id = idOf(record, index);
    const parsed = parseRiskInput(record);
    return parsed.ok ? { id, ...scoreVacancy(parsed.value) } : { id, error: parsed.error };
  });
  return { ok: true, entries };
}

const READ_ERRORS: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a directory' };

/** Process glue: reads the file, prints the outcome, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('Usage: npm run risk -- <file.json>\n');
    return 2;
  }
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    process.stderr.write(`Cannot read ${file}: ${READ_ERRORS[code] ?? (error as Error).message}\n`);
    return 2;
  }
  const outcome = runRisk(json);
  if (!outcome.ok) {
    process.stderr.write(`${file}: ${outcome.message}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(outcome.entries, null, 2)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
