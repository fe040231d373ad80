// Sends fuzz cases with bounded concurrency and tallies the answers by status class.
import { SAME_ORIGIN, type FuzzCase } from './cases';
import { isTimeout, randomClientAddress, TEST_CLIENT_ADDRESS_HEADER, type HttpClient } from './client';
import { CSRF_PLACEHOLDER } from './routes';

export type Outcome = '2xx' | '3xx' | '4xx' | '5xx' | 'timeout' | 'error';
export const OUTCOMES: readonly Outcome[] = ['2xx', '3xx', '4xx', '5xx', 'timeout', 'error'];

export type Offender = { case: FuzzCase; outcome: Outcome; status?: number; detail: string };

export type FuzzReport = {
  sent: number;
  byOutcome: Record<Outcome, number>;
  /** Every 5xx, timeout and client-side error, in the order they were sent. */
  offenders: Offender[];
  ms: number;
  /** Set when the server stopped accepting connections (a crash) and the run was cut short. */
  abortedAfter?: number;
};

/** This many refused connections in a row mean the server is gone; the rest of the run would only repeat it. */
const REFUSALS_BEFORE_ABORT = 20;
const isRefused = (err: unknown) => err instanceof Error && (err as NodeJS.ErrnoException).code === 'ECONNREFUSED';

export type RunOptions = {
  concurrency: number;
  timeoutMs: number;
  /** The anonymous visitor's Auth.js CSRF token, so POSTs get past the CSRF check to the code behind it. */
  csrfToken?: string;
  onProgress?: (done: number) => void;
};

const outcomeOf = (status: number): Outcome => (status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx');

/** The case as it goes out: the site's origin and the CSRF token filled in, a fresh client address. */
function prepare(c: FuzzCase, origin: string, csrf: string) {
  const headers = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, v === SAME_ORIGIN ? origin : v]));
  headers[TEST_CLIENT_ADDRESS_HEADER] = randomClientAddress();
  return { method: c.method, path: c.path, headers, body: c.body?.replaceAll(CSRF_PLACEHOLDER, csrf) };
}

export async function runCases(client: HttpClient, cases: Iterable<FuzzCase>, options: RunOptions): Promise<FuzzReport> {
  const started = Date.now();
  const report: FuzzReport = { sent: 0, byOutcome: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, timeout: 0, error: 0 }, offenders: [], ms: 0 };
  const found: { index: number; offender: Offender }[] = [];
  const iterator = cases[Symbol.iterator]();
  let index = 0;
  let refusedInARow = 0;

  const worker = async () => {
    for (let next = iterator.next(); !next.done && report.abortedAfter === undefined; next = iterator.next()) {
      const c = next.value;
      const mine = index++;
      try {
        const res = await client.send(c.as, prepare(c, client.origin, options.csrfToken ?? ''), { timeoutMs: options.timeoutMs });
        refusedInARow = 0;
        const outcome = outcomeOf(res.status);
        report.byOutcome[outcome]++;
        if (outcome === '5xx') found.push({ index: mine, offender: { case: c, outcome, status: res.status, detail: firstLine(res.text) } });
      } catch (err) {
        refusedInARow = isRefused(err) ? refusedInARow + 1 : 0;
        if (refusedInARow >= REFUSALS_BEFORE_ABORT) report.abortedAfter ??= mine + 1 - REFUSALS_BEFORE_ABORT;
        const outcome: Outcome = isTimeout(err) ? 'timeout' : 'error';
        report.byOutcome[outcome]++;
        found.push({ index: mine, offender: { case: c, outcome, detail: err instanceof Error ? err.message : String(err) } });
      }
      report.sent++;
      options.onProgress?.(report.sent);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  report.offenders = found.sort((a, b) => a.index - b.index).map((f) => f.offender);
  report.ms = Date.now() - started;
  return report;
}

/** The first meaningful line of an error page, for a hint at what broke. */
function firstLine(text: string): string {
  const plain = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return plain.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 160) ?? '';
}

/** A body for a terminal: escaped, cut short, with its full length. */
export function shortBody(body: string | undefined, max = 120): string {
  if (body === undefined) return '';
  const escaped = JSON.stringify(body.slice(0, max)).slice(1, -1);
  return body.length > max ? `${escaped}… (${body.length} chars)` : escaped;
}

export function formatOffender(o: Offender): string {
  const c = o.case;
  const headers = Object.entries(c.headers)
    .filter(([k]) => ['next-action', 'content-type', 'origin', 'rsc', 'next-router-state-tree', 'cookie'].includes(k))
    .map(([k, v]) => `${k}: ${v === SAME_ORIGIN ? '(this site)' : v.slice(0, 60)}`)
    .join('; ');
  const path = c.path.length > 200 ? `${c.path.slice(0, 200)}… (${c.path.length} chars)` : c.path;
  const lines = [`${o.status ?? o.outcome} ${c.method} ${path}  [${c.kind}, as ${c.as}]`];
  if (headers) lines.push(`    headers: ${headers}`);
  if (c.body !== undefined) lines.push(`    body: ${shortBody(c.body)}`);
  if (o.detail) lines.push(`    → ${o.detail}`);
  return lines.join('\n');
}

export function formatReport(report: FuzzReport): string {
  const counts = OUTCOMES.map((o) => `${o} ${report.byOutcome[o]}`).join(' · ');
  const lines = [`Sent ${report.sent} requests in ${(report.ms / 1000).toFixed(1)} s: ${counts}`];
  if (report.abortedAfter !== undefined) {
    lines.push(`STOPPED: the server refused every connection from about request #${report.abortedAfter} on (did it crash? see its log).`);
  }
  const serverErrors = report.offenders.filter((o) => o.outcome === '5xx');
  const others = report.offenders.filter((o) => o.outcome !== '5xx');
  if (serverErrors.length > 0) lines.push('', `Server errors (${serverErrors.length}):`, ...serverErrors.map(formatOffender));
  if (others.length > 0) lines.push('', `Timeouts and client-side errors (${others.length}):`, ...others.map(formatOffender));
  return lines.join('\n');
}
