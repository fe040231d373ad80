// The fuzzer's client on node:http: unlike fetch, it sends the path exactly as given (dot segments, broken
// percent-encoding, double slashes) and keeps one cookie jar per identity.
import http from 'node:http';
import https from 'node:https';
import type { Identity } from './routes';
import { TimeoutError, type HttpClient, type WireResponse } from './client';

/** Enough of a body to find ids in a page or read an error; the rest is drained unread. */
const MAX_BODY_BYTES = 2_000_000;

export function createNodeClient(baseUrl: string, options: { concurrency: number }): HttpClient & { close(): void } {
  const base = new URL(baseUrl);
  const secure = base.protocol === 'https:';
  const agent = new (secure ? https : http).Agent({ keepAlive: true, maxSockets: options.concurrency + 2 });
  const jars = new Map<Identity, Map<string, string>>();
  const jar = (as: Identity) => jars.get(as) ?? jars.set(as, new Map()).get(as)!;

  const remember = (as: Identity, setCookie: string[] | undefined) => {
    for (const line of setCookie ?? []) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) jar(as).delete(name);
      else jar(as).set(name, value);
    }
  };

  return {
    origin: base.origin,
    close: () => agent.destroy(),
    send(as, request, { timeoutMs, remember: keep = false }) {
      return new Promise<WireResponse>((resolve, reject) => {
        const cookies = [...jar(as)].map(([k, v]) => `${k}=${v}`);
        if (request.headers.cookie) cookies.push(request.headers.cookie);
        const headers: Record<string, string | number> = { ...request.headers, 'user-agent': 'chatshift-fuzz' };
        if (cookies.length > 0) headers.cookie = cookies.join('; ');
        const body = request.body === undefined ? undefined : Buffer.from(request.body);
        if (body) headers['content-length'] = body.length;

        const req = (secure ? https : http).request(
          // Browsers accept far larger response headers than Node's 16 kB default; so do we.
          { protocol: base.protocol, hostname: base.hostname, port: base.port, method: request.method, path: request.path, headers, agent, maxHeaderSize: 256 * 1024 },
          (res) => {
            const chunks: Buffer[] = [];
            let size = 0;
            res.on('data', (chunk: Buffer) => {
              if (size < MAX_BODY_BYTES) chunks.push(chunk);
              size += chunk.length;
            });
            res.on('end', () => {
              clearTimeout(timer);
              if (keep) remember(as, res.headers['set-cookie']);
              const flat = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, [v ?? ''].flat().join(', ')]));
              resolve({ status: res.statusCode ?? 0, headers: flat, text: Buffer.concat(chunks).toString('utf8') });
            });
            res.on('error', reject);
          },
        );
        const timer = setTimeout(() => req.destroy(new TimeoutError(`no answer within ${timeoutMs} ms`)), timeoutMs);
        req.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
        req.end(body);
      });
    },
  };
}
