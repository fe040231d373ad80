// The app's HTTP server (`npm run dev`, `npm start`, the browser tests): Next.js behind our thin layer
// (scripts/server/next-server.ts, decision 012). Production serves with one process per core
// (WEB_CONCURRENCY, decision 021): this file is then the cluster's primary and, forked, each worker.
//   tsx scripts/server.ts dev|start [-p 3000] [-H 0.0.0.0]
import cluster from 'node:cluster';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TEST_CLIENT_ADDRESS_HEADER } from '../lib/http/client-address';
import { parseWebConcurrency } from './server/concurrency';
import { serveNext } from './server/next-server';
import { jobsInFirstWorkerOnly, runPrimary } from './server/primary';
import { precompressStaticAssets } from './server/static-assets';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const dev = positionals[0] !== 'start';
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
if (!Number.isInteger(trustedHops) || trustedHops < 0 || trustedHops > 10) {
  console.error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, got "${process.env.TRUSTED_PROXY_HOPS}".`);
  process.exit(2);
}
// Development keeps one process: one compiler, one hot-reload connection.
const concurrency = dev ? { ok: true as const, workers: 1 } : parseWebConcurrency(process.env.WEB_CONCURRENCY);
if (!concurrency.ok) {
  console.error(concurrency.message);
  process.exit(2);
}
const { workers } = concurrency;
const testSeam = process.env.TEST_CLIENT_ADDRESS_HEADER === '1';
const url = `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`;

async function main() {
  // Once per start, in the background: the build's scripts and styles at brotli's best (server/static-assets.ts).
  if (!dev && cluster.isPrimary) {
    precompressStaticAssets(path.resolve('.next'))
      .then((written) => written && console.log(`▲ Precompressed ${written} static assets (brotli)`))
      .catch((err: unknown) => console.warn(`▲ Static assets stay compressed per request: ${err instanceof Error ? err.message : String(err)}`));
  }
  if (cluster.isPrimary && testSeam) console.warn(`▲ TEST_CLIENT_ADDRESS_HEADER=1: clients choose their address with ${TEST_CLIENT_ADDRESS_HEADER}. Tests only, never in production.`);
  if (cluster.isWorker || workers === 1) {
    await serveNext({ dev, port, hostname, trustedHops, testSeam, announce: cluster.isPrimary });
    return;
  }
  const code = await runPrimary({
    workers,
    workerEnv: jobsInFirstWorkerOnly,
    onReady: () => console.log(`▲ ChatShift production server at ${url} (${workers} processes, WEB_CONCURRENCY)`),
  });
  process.exit(code);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
