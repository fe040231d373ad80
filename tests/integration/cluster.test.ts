// The cluster's primary (scripts/server/primary.ts) with a tiny worker instead of Next.js: it forks the
// workers, which share one port; only the first runs jobs; a crashed one comes back; SIGTERM stops them all;
// workers that never start end the primary with an error instead of a restart loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const PRIMARY = pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/server/primary.ts')).href;

const FIXTURE = `
import cluster from 'node:cluster';
import http from 'node:http';
import { jobsInFirstWorkerOnly, runPrimary } from ${JSON.stringify(PRIMARY)};

if (cluster.isWorker) {
  if (process.env.FAIL_AT_START === '1') process.exit(3);
  const server = http.createServer((req, res) => {
    if (req.url === '/crash') {
      res.end('bye');
      setTimeout(() => process.exit(1), 10);
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ pid: process.pid, index: process.env.CHATSHIFT_WORKER_INDEX, jobs: process.env.JOBS ?? null }));
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  const code = await runPrimary({
    workers: 2,
    workerEnv: jobsInFirstWorkerOnly,
    backoff: { baseMs: 100, maxMs: 400, healthyAfterMs: 60_000 },
    stopTimeoutMs: 5_000,
    onReady: () => console.log('READY'),
    log: { log: console.log, error: console.log },
  });
  console.log('EXIT ' + code);
  process.exit(code);
}
`;

type Answer = { pid: number; index: string; jobs: string | null };

let dir: string;
let fixture: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'chatshift-cluster-'));
  fixture = path.join(dir, 'fixture.mts');
  await writeFile(fixture, FIXTURE);
});
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Starts the fixture's primary; `output` collects what it prints, `waitFor` resolves on a line. */
function startPrimary(port: number, env: Record<string, string> = {}) {
  const { JOBS: _inherited, ...base } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { env: { ...base, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiters.filter((w) => w.pattern.test(output))) w.resolve();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const waitFor = (pattern: RegExp, ms = 20_000) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(output)) return resolve();
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), ms);
      waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
    });
  return { child, waitFor, output: () => output };
}

/** One request on its own connection, so the primary hands each to the next worker. */
function ask(port: number, pathname = '/'): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, agent: false }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

async function workersSeen(port: number, requests = 12): Promise<Map<number, Answer>> {
  const seen = new Map<number, Answer>();
  for (let i = 0; i < requests; i++) {
    const answer = JSON.parse(await ask(port)) as Answer;
    seen.set(answer.pid, answer);
  }
  return seen;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the cluster primary', () => {
  it('serves one port from two processes, with the job worker in the first one only', async () => {
    const port = await freePort();
    const primary = startPrimary(port);
    await primary.waitFor(/READY/);
    const seen = [...(await workersSeen(port)).values()].sort((a, b) => a.index.localeCompare(b.index));
    expect(seen.map(({ index, jobs }) => ({ index, jobs }))).toEqual([
      { index: '0', jobs: null },
      { index: '1', jobs: 'off' },
    ]);
  });

  it('restarts a crashed worker in its slot, and SIGTERM stops every worker before the primary exits', async () => {
    const port = await freePort();
    const primary = startPrimary(port);
    await primary.waitFor(/READY/);
    const before = await workersSeen(port);
    await ask(port, '/crash');
    await primary.waitFor(/exited with code 1; restarting in 0\.1 s \(1 crash in a row\)/);

    let after = new Map<number, Answer>();
    for (let attempt = 0; attempt < 50 && (after.size < 2 || [...after.keys()].every((pid) => before.has(pid))); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await workersSeen(port, 6);
    }
    expect(after.size).toBe(2);
    const fresh = [...after.values()].filter((w) => !before.has(w.pid));
    expect(fresh).toHaveLength(1);
    const crashed = [...before.values()].find((w) => !after.has(w.pid));
    expect(fresh[0]).toMatchObject({ index: crashed?.index, jobs: crashed?.jobs });

    primary.child.kill('SIGTERM');
    const [code] = (await once(primary.child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(primary.output()).toContain('EXIT 0');
    for (const pid of after.keys()) expect(alive(pid)).toBe(false);
  });

  it('ends with an error, not a restart loop, when the workers never start', async () => {
    const primary = startPrimary(await freePort(), { FAIL_AT_START: '1' });
    const [code] = (await once(primary.child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(primary.output()).toMatch(/exited with code 3 before the server was ready; stopping\./);
    expect(primary.output()).not.toMatch(/restarting/);
  });
});
