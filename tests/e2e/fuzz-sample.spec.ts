import type { APIRequestContext } from '@playwright/test';
import { generateCases } from '../../scripts/fuzz/cases';
import { csrfToken, discoverTargets, signIn, TimeoutError, type HttpClient } from '../../scripts/fuzz/client';
import type { Identity } from '../../scripts/fuzz/routes';
import { formatOffender, runCases } from '../../scripts/fuzz/run';
import { expect, test } from './support/test';

// A fixed sample of `npm run fuzz` (scripts/fuzz.ts): 1000 malformed requests across pages, paths, Auth.js,
// route handlers and server actions, as a visitor, the demo employer and the demo admin. None may be a 5xx.
// `npm run fuzz -- <baseURL> --n 1000 --seed 20261204 --save f.json` sends the same cases against the same data
// (Playwright resolves dot segments in paths; the script sends them as they are) and --replay f.json repeats them.
const SEED = 20261204;
const N = 1000;

/** The fuzzer's client on Playwright's request contexts, one per identity (each keeps its own cookies). */
function playwrightClient(origin: string, contexts: Record<Identity, APIRequestContext>): HttpClient {
  return {
    origin,
    async send(as, request, { timeoutMs }) {
      try {
        const res = await contexts[as].fetch(`${origin}${request.path}`, {
          method: request.method,
          headers: request.headers,
          data: request.body,
          maxRedirects: 0,
          failOnStatusCode: false,
          timeout: timeoutMs,
        });
        return { status: res.status(), headers: res.headers(), text: await res.text().catch(() => '') };
      } catch (err) {
        if (err instanceof Error && /timeout/i.test(err.message)) throw new TimeoutError(err.message);
        throw err;
      }
    },
  };
}

test('a seeded sample of malformed requests gets no server error', async ({ request, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const employer = await playwright.request.newContext({ baseURL });
  const admin = await playwright.request.newContext({ baseURL });
  try {
    const client = playwrightClient(origin, { anonymous: request, employer, admin });
    await signIn(client, 'employer');
    await signIn(client, 'admin');
    const csrf = await csrfToken(client, 'anonymous');
    const targets = await discoverTargets(client);

    const report = await runCases(client, generateCases(SEED, N, targets), { concurrency: 8, timeoutMs: 20_000, csrfToken: csrf });

    expect(report.sent).toBe(N);
    const serverErrors = report.offenders.filter((o) => o.outcome === '5xx');
    expect(serverErrors.length, `requests answered with a 5xx:\n${serverErrors.map(formatOffender).join('\n')}`).toBe(0);
  } finally {
    await employer.dispose();
    await admin.dispose();
  }
});
