// One HTTP server process: Next.js behind the thin layer that decides who the client is from the connection
// (and TRUSTED_PROXY_HOPS), so no header a client sends can reset a per-address limit
// (docs/decisions/012-client-address-and-our-server.md). `npm start` runs one per core (decision 021).
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compression from 'compression';
import next from 'next';
import {
  CLIENT_ADDRESS_HEADER,
  normalizeAddress,
  resolveClientAddress,
  TEST_CLIENT_ADDRESS_HEADER,
} from '../../lib/http/client-address';
import { refuseRequest, withoutPrototypeKeys } from '../../lib/http/request-checks';
import { baseSecurityHeaders, RESOURCE_CONTENT_SECURITY_POLICY } from '../../lib/http/security-headers';
import { servePrecompressed } from './static-assets';

export type NextServerOptions = {
  dev: boolean;
  port: number;
  hostname: string;
  trustedHops: number;
  testSeam: boolean;
  /** Print the address once listening (the cluster's primary prints it instead of every worker). */
  announce: boolean;
};

export async function serveNext({ dev, port, hostname, trustedHops, testSeam, announce }: NextServerOptions): Promise<void> {
  /** Replaces every client-supplied notion of the caller with ours before Next.js sees the request. */
  function stampClient(req: IncomingMessage) {
    const claimed = testSeam ? normalizeAddress([req.headers[TEST_CLIENT_ADDRESS_HEADER] ?? ''].flat()[0]) : null;
    const address = claimed ?? resolveClientAddress({ remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedHops });
    delete req.headers[TEST_CLIENT_ADDRESS_HEADER];
    // Next.js's internal marker for its own subrequests; never a client's to send.
    delete req.headers['x-middleware-subrequest'];
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    // Next.js and Auth.js read these; with no trusted proxy they come from the client and mean nothing.
    req.headers['x-forwarded-for'] = address;
    if (trustedHops === 0) {
      delete req.headers['x-forwarded-host'];
      delete req.headers['x-forwarded-proto'];
      delete req.headers['x-forwarded-port'];
    }
  }

  const securityHeaders = Object.entries(baseSecurityHeaders({ https: (process.env.SITE_URL ?? '').startsWith('https:') }));

  // Next.js builds request URLs as http://localhost:port and treats a rewrite to any other host as
  // external (a proxy loop for the locale rewrite), so it is told "localhost" whatever we listen on.
  const app = next({ dev, hostname: 'localhost', port, turbopack: dev });
  const handle = app.getRequestHandler();
  // Brotli where the browser takes it, else gzip (next.config.ts turns Next.js's own gzip off): a page's HTML
  // repeats its text in the inline RSC payload, farther back than gzip's 32 kB window reaches and well within
  // brotli's, so /vacancies is ~27 kB instead of ~37 kB for the same CPU time at quality 5 (decision 008).
  // Next.js flushes after each streamed chunk (res.flush), so Suspense boundaries still arrive as they resolve.
  const compress = dev ? null : compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } });
  const distDir = path.resolve('.next');
  await app.prepare();
  const server = createServer((req, res) => {
    stampClient(req);
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    // Pages get their nonce policy from proxy.ts, which replaces this one.
    res.setHeader('Content-Security-Policy', RESOURCE_CONTENT_SECURITY_POLICY);
    const refusal = refuseRequest(req.method ?? '', req.url ?? '/', (name) => [req.headers[name] ?? []].flat()[0]);
    if (refusal) {
      res.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(refusal.status === 405 ? { Allow: 'GET, HEAD, POST' } : {}) });
      res.end(refusal.message);
      return;
    }
    req.url = withoutPrototypeKeys(req.url ?? '/');
    if (!compress) {
      void handle(req, res);
      return;
    }
    // The build's scripts and styles from their precompressed copies (./static-assets.ts), the rest through Next.js.
    void servePrecompressed(req, res, distDir).then((served) => {
      if (!served) compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => void handle(req, res));
    });
  });
  const upgrade = app.getUpgradeHandler();
  server.on('upgrade', (req, socket, head) => {
    stampClient(req);
    void upgrade(req, socket, head);
  });
  server.on('error', (err) => {
    console.error(`▲ Cannot listen on ${hostname}:${port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    if (announce) console.log(`▲ ChatShift ${dev ? 'development' : 'production'} server at http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
  });

  let stopping = false;
  const stop = () => {
    // Ctrl-C reaches every process of the group, and the primary passes signals on too: stop once.
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
