// npm run bench:suggest [-- --rounds 3 --stress 20000 --base-url http://127.0.0.1:3200]
// p50/p95 of search suggestions (lib/search/suggest.ts) over the database in DATABASE_URL, seeded and with
// search_terms filled (`npm run db:seed -- --vacancies 100000` does both): ~200 prefixes of 1–6 characters
// taken from the terms themselves, in Russian and English, with typos and the wrong keyboard layout.
// --stress N adds N made-up titles for the run (removed afterwards) to see how the query scales with the
// table; --base-url (or BASE_URL) also times GET /api/v1/suggest on a running server started with
// TEST_CLIENT_ADDRESS_HEADER=1 (each request from its own address, so the rate limit measures nothing).
import '../load-env';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { suggest } from '@/lib/search/suggest';
import { normalizeSearchText, swapKeyboardLayout } from '@/lib/search/suggest-text';
import { percentile } from './stats';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    stress: { type: 'string', default: '0' },
    'base-url': { type: 'string', default: process.env.BASE_URL ?? '' },
  },
});
const ROUNDS = Math.max(1, Number(values.rounds));
const STRESS = Math.max(0, Number(values.stress));
const BASE = values['base-url'];
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a seeded database (npm run db:seed -- --vacancies 100000).');
  process.exit(2);
}

type Case = { q: string; locale: 'ru' | 'en'; group: string };

// A small deterministic generator: the same prefixes on every run and machine.
let seed = 20261204;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** One letter dropped or two neighbours swapped, inside a word of five letters or more. */
function typo(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

async function buildCases(client: pg.Client): Promise<Case[]> {
  const { rows } = await client.query<{ kind: string; normalized: string; locale: string }>(
    `SELECT kind, normalized, locale FROM search_terms WHERE kind <> 'word' AND weight > 0 ORDER BY weight DESC, id LIMIT 2000`,
  );
  if (!rows.length) throw new Error('search_terms is empty: run `npm run jobs -- --once --job search-terms` or the seed first.');
  const cyrillic = rows.filter((r) => /[а-я]/.test(r.normalized));
  const latin = rows.filter((r) => /^[a-z0-9 ,.:()/-]+$/.test(r.normalized));
  const cases: Case[] = [];
  const prefixes = (source: typeof rows, locale: 'ru' | 'en', group: string, count: number) => {
    for (let i = 0; i < count && source.length; i++) {
      const term = pick(source).normalized;
      const length = 1 + (i % 6);
      // Prefixes of the whole term, and of a later word ("чат опе" style) every third time.
      const words = term.split(' ');
      const text = i % 3 === 2 && words.length > 1 ? `${pick(words.slice(1)).slice(0, 3)} ${words[0]!.slice(0, length)}` : term.slice(0, length);
      if (text.trim()) cases.push({ q: text, locale, group });
    }
  };
  prefixes(cyrillic, 'ru', 'ru prefix', 80);
  prefixes(latin, 'en', 'en prefix', 60);
  const longWords = [...new Set(rows.flatMap((r) => r.normalized.split(/[^\p{L}]+/u)).filter((w) => w.length >= 5))];
  for (let i = 0; i < 40 && longWords.length; i++) {
    const word = pick(longWords);
    cases.push({ q: typo(word).slice(0, 4 + (i % 4)), locale: i % 2 ? 'en' : 'ru', group: 'typo' });
  }
  for (let i = 0; i < 20 && cyrillic.length; i++) {
    const swapped = swapKeyboardLayout(pick(cyrillic).normalized.slice(0, 2 + (i % 5)));
    if (swapped) cases.push({ q: swapped, locale: 'ru', group: 'layout' });
  }
  return cases;
}

async function addStressTitles(client: pg.Client, count: number): Promise<[number, number] | null> {
  if (!count) return null;
  const { rows } = await client.query<{ normalized: string }>(`SELECT normalized FROM search_terms WHERE kind = 'word' ORDER BY weight DESC LIMIT 400`);
  const words = rows.map((r) => r.normalized);
  const titles = Array.from({ length: count }, (_, i) => {
    const n = 2 + Math.floor(random() * 4);
    return normalizeSearchText(`${Array.from({ length: n }, () => pick(words)).join(' ')} ${i}`);
  });
  const inserted = await client.query<{ min: number; max: number }>(
    `WITH t AS (INSERT INTO search_terms (kind, text, normalized, locale, weight)
       SELECT 'title', x, x, '', 1 + (random() * 4)::int FROM unnest($1::text[]) x ON CONFLICT DO NOTHING RETURNING id)
     SELECT min(id)::int AS min, max(id)::int AS max FROM t`,
    [titles],
  );
  await client.query('ANALYZE search_terms');
  const { min, max } = inserted.rows[0]!;
  return [min, max];
}

const line = (name: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${name.padEnd(22)} n ${String(sorted.length).padStart(4)}   p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms   max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms`;
};

async function timeAll(cases: Case[], run: (c: Case) => Promise<number>) {
  for (const c of cases.slice(0, 20)) await run(c); // warm up connections and plans
  const byGroup = new Map<string, number[]>();
  const all: number[] = [];
  let empty = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const started = performance.now();
      const found = await run(c);
      const ms = performance.now() - started;
      if (!found) empty += 1;
      all.push(ms);
      byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), ms]);
    }
  }
  for (const [group, samples] of byGroup) console.log(line(group, samples));
  console.log(line('all', all));
  console.log(`${((empty / all.length) * 100).toFixed(0)}% of the lookups found nothing.`);
}

let address = 0;
async function viaHttp(c: Case): Promise<number> {
  const response = await fetch(new URL(`/api/v1/suggest?${new URLSearchParams({ q: c.q, locale: c.locale })}`, BASE), {
    headers: { 'x-test-client-address': `198.51.100.${(address++ % 250) + 1}` },
  });
  if (response.status === 429) throw new Error('429: start the server with TEST_CLIENT_ADDRESS_HEADER=1');
  if (!response.ok) throw new Error(`${c.q}: ${response.status} ${(await response.text()).slice(0, 200)}`);
  return ((await response.json()) as { suggestions: unknown[] }).suggestions.length;
}

async function main() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let stress: [number, number] | null = null;
  try {
    const { rows: counts } = await client.query<{ open: number; terms: number }>(
      `SELECT (SELECT count(*)::int FROM vacancies WHERE status = 'published' AND "expiresAt" > now()) AS open,
              (SELECT count(*)::int FROM search_terms) AS terms`,
    );
    stress = await addStressTitles(client, STRESS);
    const cases = await buildCases(client);
    console.log(`Open vacancies: ${counts[0]!.open}; search_terms: ${counts[0]!.terms}${STRESS ? ` + ${STRESS} made-up titles` : ''}.`);
    console.log(`${cases.length} prefixes × ${ROUNDS} rounds, one at a time. e.g. ${cases.slice(0, 6).map((c) => JSON.stringify(c.q)).join(', ')}, ${cases.filter((c) => c.group === 'typo').slice(0, 3).map((c) => JSON.stringify(c.q)).join(', ')}`);
    // What one round trip costs on this machine right now: the floor under every figure below.
    const pings: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await client.query('SELECT 1');
      pings.push(performance.now() - started);
    }
    console.log(`\n${line('SELECT 1 (baseline)', pings)}`);
    console.log('\nsuggest() (the database part and the ranking):');
    await timeAll(cases, async (c) => (await suggest(c.q, c.locale)).length);
    if (BASE) {
      console.log(`\nGET /api/v1/suggest on ${BASE}:`);
      await timeAll(cases, viaHttp);
    }
  } finally {
    if (stress) {
      await client.query('DELETE FROM search_terms WHERE id BETWEEN $1 AND $2 AND kind = $3', [stress[0], stress[1], 'title']);
      await client.query('ANALYZE search_terms');
    }
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
