import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsBrotli, precompressStaticAssets, servePrecompressed } from './static-assets';

let dist: string;
let server: Server;
let origin: string;
const script = `console.log(${JSON.stringify('чат '.repeat(500))});\n`;

function get(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(`${origin}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'static-assets-'));
  await mkdir(path.join(dist, 'static', 'chunks'), { recursive: true });
  await writeFile(path.join(dist, 'static', 'chunks', 'app-1a2b.js'), script);
  await writeFile(path.join(dist, 'static', 'chunks', 'site.css'), 'body{color:red}');
  await writeFile(path.join(dist, 'static', 'chunks', 'notes.txt'), 'not an asset');
  await writeFile(path.join(dist, 'secret.js'), 'outside static');
  // Anything not served from a .br goes on to "Next.js", here a 404 that says so.
  server = createServer((req, res) => {
    void servePrecompressed(req, res, dist).then((served) => {
      if (!served) res.writeHead(404, { 'X-Fell-Through': '1' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await rm(dist, { recursive: true, force: true });
});

describe('precompressed static assets', () => {
  it('writes a .br beside each script and style once, and again only for a newer file', async () => {
    expect(await precompressStaticAssets(dist)).toBe(2);
    expect(await precompressStaticAssets(dist)).toBe(0);
    const file = path.join(dist, 'static', 'chunks', 'site.css');
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect(await precompressStaticAssets(dist)).toBe(1);
    await expect(stat(path.join(dist, 'static', 'chunks', 'notes.txt.br'))).rejects.toThrow();
    expect(await precompressStaticAssets(path.join(dist, 'missing'))).toBe(0);
  });

  it('serves a .br to a browser that takes brotli, with the type and a year of caching', async () => {
    const res = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-encoding': 'br', 'content-type': 'application/javascript; charset=UTF-8',
      'cache-control': 'public, max-age=31536000, immutable', vary: 'Accept-Encoding',
    });
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
    const head = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('leaves everything else to Next.js: no brotli, other methods, other paths, traversal', async () => {
    const cases: [string, Record<string, string>, string?][] = [
      ['/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'gzip' }],
      ['/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br;q=0, gzip' }],
      ['/_next/static/chunks/app-1a2b.js', {}],
      ['/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br' }, 'POST'],
      ['/_next/static/chunks/notes.txt', { 'accept-encoding': 'br' }],
      ['/_next/static/chunks/missing.js', { 'accept-encoding': 'br' }],
      ['/_next/static/../secret.js', { 'accept-encoding': 'br' }],
      ['/_next/static/chunks/..%2f..%2fsecret.js', { 'accept-encoding': 'br' }],
      ['/_next/static/chunks/app-1a2b.js?v=1', { 'accept-encoding': 'br' }],
      ['/_next/static/chunks/app-1a2b.js.br', { 'accept-encoding': 'br' }],
      ['/vacancies', { 'accept-encoding': 'br' }],
    ];
    for (const [pathname, headers, method] of cases) {
      const res = await get(pathname, headers, method);
      expect({ pathname, headers, status: res.status, fell: res.headers['x-fell-through'] }).toEqual({ pathname, headers, status: 404, fell: '1' });
    }
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect(acceptsBrotli('gzip, deflate, br')).toBe(true);
    expect(acceptsBrotli('BR;q=0.5')).toBe(true);
    expect(acceptsBrotli(['gzip', 'br'])).toBe(true);
    expect(acceptsBrotli('br;q=0')).toBe(false);
    expect(acceptsBrotli('brotli, gzip')).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});
