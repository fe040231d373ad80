// `npm test`: lint, types, migration drift, then unit + integration (Vitest) and browser (Playwright)
// tests against one fresh database made for this run and dropped after it.
//   npm test -- --only lint,types,drift,vitest,e2e   run some stages only
import './load-env';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyMigrations, ROOT } from './db/schema-engine';
import { createTestDatabase, type TestDatabase } from './db/test-database';
import { findChromium } from './find-chromium';
import { seedDemo } from '../prisma/seed/seed';

const STAGES = ['lint', 'types', 'drift', 'vitest', 'e2e'] as const;
type Stage = (typeof STAGES)[number];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',').map((s) => s.trim()) ?? [...STAGES];
const unknown = only.filter((s) => !STAGES.includes(s as Stage));
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(', ')}. Stages: ${STAGES.join(', ')}.`);
  process.exit(2);
}
const wants = (stage: Stage) => only.includes(stage);
const REPORTS = path.join(ROOT, 'test-results');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  console.log(`\n▶ ${title}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`✔ ${title} (${seconds} s)`);
        resolve();
      } else reject(new Error(`${title} failed (exit ${code}, ${seconds} s)`));
    });
  });
}

type Counts = { passed: number; failed: number; skipped: number };

async function vitestCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

async function playwrightCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

async function main() {
  const started = performance.now();
  await mkdir(REPORTS, { recursive: true });
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  };
  let database: TestDatabase | undefined;
  let failure: unknown;

  try {
    if (wants('lint')) await run('Lint (ESLint)', bin('eslint'), ['.', '--max-warnings', '0']);
    if (wants('types')) {
      await run('Route types (next typegen)', bin('next'), ['typegen']);
      await run('Typecheck (tsc)', bin('tsc'), ['--noEmit']);
    }
    if (wants('drift')) await run('Schema and migrations agree', bin('tsx'), ['scripts/db/migrate.ts', 'check']);

    if (wants('vitest') || wants('e2e')) {
      console.log('\n▶ Fresh test database');
      database = await createTestDatabase();
      await applyMigrations(database.url);
      const seeded = await seedDemo(database.url, { quiet: true });
      console.log(`✔ Fresh test database: migrated, ${seeded.vacancies} demo vacancies (${seeded.ms} ms)`);
    }
    const dbEnv: Record<string, string> = {
      ...(database ? { TEST_DATABASE_URL: database.url, DATABASE_URL: database.url } : {}),
      // A throwaway session secret; the e2e server also shows its outbox at /dev/mail.
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
      ENABLE_DEV_MAIL: '1',
    };

    if (wants('vitest')) {
      const report = path.join(REPORTS, 'vitest.json');
      try {
        await run('Unit and integration tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], dbEnv);
      } finally {
        if (existsSync(report)) add(await vitestCounts(report));
      }
    }

    if (wants('e2e')) {
      const chromium = await findChromium();
      console.log(`\n✔ Browser for the browser tests: ${chromium.summary}`);
      await run('Production build (next build)', bin('next'), ['build'], dbEnv);
      const report = path.join(REPORTS, 'playwright.json');
      try {
        await run('Browser tests (Playwright)', bin('playwright'), ['test'], { ...dbEnv, CHROMIUM_PATH: chromium.executablePath ?? '', PLAYWRIGHT_JSON_OUTPUT_NAME: report });
      } finally {
        if (existsSync(report)) add(await playwrightCounts(report));
      }
    }
  } catch (err) {
    failure = err;
  } finally {
    await database?.drop().catch((err: unknown) => console.error('Could not drop the test database:', err));
  }

  const minutes = ((performance.now() - started) / 1000).toFixed(0);
  if (failure) console.error(`\n✖ ${failure instanceof Error ? failure.message : String(failure)}`);
  console.log(`\nnpm test finished in ${minutes} s`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(failure || totals.failed ? 1 : 0);
}

void main();
