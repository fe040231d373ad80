// npm run fuzz -- BASE_URL [--n 10000] [--seed S] [--concurrency 8] [--timeout 15000] [--save FILE] [--replay FILE]
// Sends N malformed and hostile requests to a running ChatShift (pages with broken query strings, broken
// paths, Auth.js endpoints with hostile callbackUrls, route handlers with wrong bodies, server actions with
// wrong arguments), signed in as the demo employer and admin where pages are private. Prints the count by
// status class and every 5xx; exits 1 if there was any. The server should run with
// TEST_CLIENT_ADDRESS_HEADER=1, so per-address limits see many clients instead of one.
// --save writes the offending cases as JSON; --replay sends such a file again, one request at a time, so
// each 5xx can be matched with its line in the server log.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCases, type FuzzCase } from './fuzz/cases';
import { csrfToken, discoverTargets, signIn } from './fuzz/client';
import { createNodeClient } from './fuzz/node-client';
import { formatReport, runCases, type Offender } from './fuzz/run';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    timeout: { type: 'string', default: '15000' },
    'show-cases': { type: 'boolean', default: false },
    save: { type: 'string' },
    replay: { type: 'string' },
  },
});

const baseUrl = positionals[0];
if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
  console.error('Usage: npm run fuzz -- http://127.0.0.1:3000 [--n 10000] [--seed S] [--concurrency 8] [--timeout 15000]');
  process.exit(2);
}
const n = Number(values.n);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const concurrency = Number(values.concurrency);
const timeoutMs = Number(values.timeout);
if (![n, seed, concurrency, timeoutMs].every((v) => Number.isInteger(v) && v >= 0) || concurrency < 1) {
  console.error('--n, --seed, --concurrency and --timeout take whole numbers.');
  process.exit(2);
}

async function main() {
  const client = createNodeClient(baseUrl!, { concurrency });
  try {
    console.log(`Fuzzing ${client.origin}: ${n} requests, seed ${seed}, concurrency ${concurrency}, timeout ${timeoutMs} ms`);
    await signIn(client, 'employer');
    await signIn(client, 'admin');
    const csrf = await csrfToken(client, 'anonymous');
    const targets = await discoverTargets(client);
    console.log(
      `Found ${targets.vacancySlugs.length} vacancies (${targets.formVacancyIds.length} with the form checked), ${targets.companySlugs.length} companies, ` +
        `${targets.actionIds.length} action ids, ${targets.employerVacancyIds.length} employer vacancies, ${targets.applicationIds.length} applications, ` +
        `${targets.adminCompanyIds.length} admin companies, ${targets.moderationIds.length} in moderation.`,
    );
    if (values['show-cases']) {
      for (const c of generateCases(seed, n, targets)) console.log(JSON.stringify({ ...c, body: c.body?.slice(0, 200) }));
      return;
    }

    const cases: Iterable<FuzzCase> = values.replay
      ? (JSON.parse(readFileSync(values.replay, 'utf8')) as Offender[]).map((o) => o.case)
      : generateCases(seed, n, targets);
    const step = Math.max(100, Math.round(n / 20));
    const report = await runCases(client, cases, {
      concurrency: values.replay ? 1 : concurrency,
      timeoutMs,
      csrfToken: csrf,
      onProgress: (done) => {
        if (done % step === 0 && process.stderr.isTTY) process.stderr.write(`\r${done}/${n}`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\r');
    console.log(formatReport(report));
    if (values.save) {
      writeFileSync(values.save, JSON.stringify(report.offenders, null, 1));
      console.log(`\n${report.offenders.length} offending cases saved to ${values.save}; send them again with --replay ${values.save}`);
    }
    if (!values.replay) console.log(`\nRun the same cases again with: npm run fuzz -- ${baseUrl} --n ${n} --seed ${seed}`);
    process.exitCode = report.byOutcome['5xx'] > 0 || report.abortedAfter !== undefined ? 1 : 0;
  } finally {
    client.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
