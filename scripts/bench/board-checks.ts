// npm run bench:board [-- --runs 100]
// Over the database in DATABASE_URL (seed it first: `npm run db:seed -- --vacancies 100000`, which also fills
// the fingerprints and contacts): times the board-wide checks of one submission (lib/moderation/board) —
// near-duplicates over 180 days, reused and blocked contacts, and recording the submission — as another
// company's new ad with the text of a random seeded one (so each run finds at least that ad), in a
// transaction that is rolled back; then the same with the words reversed (a text unlike any other, the usual
// case). Prints p50/p95 and the number of duplicates and contact matches found. The seed writes 100k ads from
// some 75 texts, so a copy meets over 2,000 near-duplicates: the worst case the candidate cap is there for.
import '../load-env';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db-client';
import { checkAgainstBoard } from '../../lib/moderation/board/checks.server';
import { fingerprint, comparableText } from '../../lib/moderation/board/fingerprint';
import { percentile } from './stats';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 10_000) {
  console.error('--runs takes a whole number from 1 to 10000, e.g. --runs 100');
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a seeded database (npm run db:seed -- --vacancies 100000).');
  process.exit(2);
}

const line = (label: string, xs: number[], unit = 'ms') => {
  const s = [...xs].sort((a, b) => a - b);
  const f = (v: number) => (unit === 'ms' ? v.toFixed(2) : String(Math.round(v))).padStart(8);
  console.log(`${label.padEnd(36)} p50 ${f(percentile(s, 50))} ${unit}   p95 ${f(percentile(s, 95))} ${unit}   max ${f(s.at(-1)!)} ${unit}`);
};

class Rollback extends Error {}

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const [counts] = await db.$queryRaw<{ vacancies: number; fingerprints: number; contacts: number }[]>`
    SELECT (SELECT count(*) FROM vacancies)::int AS vacancies, (SELECT count(*) FROM vacancy_fingerprints)::int AS fingerprints,
      (SELECT count(*) FROM vacancy_contacts)::int AS contacts`;
  console.log(`${counts?.vacancies} vacancies, ${counts?.fingerprints} fingerprints, ${counts?.contacts} contacts`);
  const sample = await db.$queryRaw<{ id: string; companyId: string; title: string; description: string; applyUrl: string | null; applyEmail: string | null }[]>`
    SELECT v.id::text, v."companyId"::text AS "companyId", v.title, v.description, v."applyUrl", v."applyEmail"
    FROM vacancies v TABLESAMPLE SYSTEM (2) WHERE v.status <> 'draft' LIMIT ${RUNS}`;
  const stranger = await db.company.findFirstOrThrow({ select: { id: true }, orderBy: { createdAt: 'desc' } });

  const total: number[] = [];
  const fresh: number[] = [];
  const hashing: number[] = [];
  const duplicates: number[] = [];
  const shared: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const v = sample[i % sample.length]!;
    // The same words in reverse order: a text nothing on the board resembles, the usual case.
    const unique = { ...v, vacancyId: v.id, companyId: stranger.id, title: v.title.split(' ').reverse().join(' '), description: v.description.split(/\s+/).reverse().join(' ') };
    await db
      .$transaction(async (tx) => {
        const started = performance.now();
        await checkAgainstBoard(tx, unique, new Date());
        fresh.push(performance.now() - started);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
    const h0 = performance.now();
    fingerprint(comparableText(v));
    hashing.push(performance.now() - h0);
    await db
      .$transaction(async (tx) => {
        const started = performance.now();
        const { reasons } = await checkAgainstBoard(tx, { ...v, vacancyId: v.id, companyId: stranger.id }, new Date());
        total.push(performance.now() - started);
        duplicates.push(reasons.find((r) => r.code === 'nearDuplicate')?.links?.length ?? 0);
        shared.push(reasons.filter((r) => r.code === 'contactReused' || r.code === 'contactOfFlaggedAd').reduce((n, r) => n + (r.links?.length ?? 0), 0));
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
  }
  line('check of a copy of a seeded ad', total);
  line('check of a text nobody else wrote', fresh);
  line('  of which fingerprinting in JS', hashing);
  line('near-duplicates linked (max 5)', duplicates, 'ads');
  line('ads sharing a contact linked (max 5)', shared, 'ads');
  await db.$disconnect();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
