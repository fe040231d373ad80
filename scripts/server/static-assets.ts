// The build's static assets (/_next/static: scripts, styles), brotli-compressed once at the highest quality
// instead of per request at quality 5: ~13% fewer bytes than gzip for every script a page loads, and no
// compression work per request (docs/decisions/008, "Page weight"). The files are content-hashed and never
// change, so each `.br` is written beside its file once, by the first process after a build, and served by
// every process when the browser takes brotli; anything else goes on to Next.js as before.
import { createReadStream } from 'node:fs';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib } from 'node:zlib';

const compress = promisify(brotliCompress);
const PREFIX = '/_next/static/';
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.svg': 'image/svg+xml',
};
/** What a build's file name may hold: hashed names of letters, digits, `_`, `-`, `.`, `~` in folders. */
const SAFE_PATH = /^[A-Za-z0-9_\-.~]+(?:\/[A-Za-z0-9_\-.~]+)*$/;

async function* assets(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(full);
    else if (path.extname(entry.name) in TYPES) yield full;
  }
}

/**
 * Writes `<file>.br` for every script, style and SVG of the build that has none yet (or an older one). The
 * work runs on zlib's thread pool, file by file; a `.br` appears whole (written aside, then renamed), so a
 * process serving meanwhile finds either none or a complete one. Returns how many it wrote.
 */
export async function precompressStaticAssets(distDir: string): Promise<number> {
  const root = path.join(distDir, 'static');
  let written = 0;
  try {
    await stat(root);
  } catch {
    return 0;
  }
  for await (const file of assets(root)) {
    const [source, existing] = await Promise.all([stat(file), stat(`${file}.br`).catch(() => null)]);
    if (existing && existing.mtimeMs >= source.mtimeMs) continue;
    const body = await readFile(file);
    const packed = await compress(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const aside = `${file}.br.${process.pid}.tmp`;
    await writeFile(aside, packed);
    await rename(aside, `${file}.br`);
    written++;
  }
  return written;
}

/** Whether the request's Accept-Encoding takes brotli (`br`, not `br;q=0`). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  return [header ?? ''].flat().join(',').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';').map((p) => p.trim());
    if (coding !== 'br') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Serves /_next/static/<file> from its `.br` when the browser takes brotli and the file has one; returns false
 * (the request goes on to Next.js) for anything else, including any path that is not a plain file name.
 */
export async function servePrecompressed(req: IncomingMessage, res: ServerResponse, distDir: string): Promise<boolean> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(PREFIX)) return false;
  const relative = req.url.slice(PREFIX.length);
  const type = TYPES[path.extname(relative)];
  if (!type || !SAFE_PATH.test(relative) || relative.split('/').some((part) => part === '..' || part === '.')) return false;
  if (!acceptsBrotli(req.headers['accept-encoding'])) return false;
  const file = path.join(distDir, 'static', relative);
  const packed = await stat(`${file}.br`).catch(() => null);
  if (!packed?.isFile()) return false;
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Encoding': 'br',
    'Content-Length': packed.size,
    'Cache-Control': 'public, max-age=31536000, immutable',
    Vary: 'Accept-Encoding',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(`${file}.br`).on('error', () => res.destroy()).pipe(res);
  return true;
}
