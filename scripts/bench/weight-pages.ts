// The page-weight measurement shared by `npm run bench:weight` and tests/e2e/page-weight.spec.ts.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

export const PAGE_BUDGET = { jsGzip: 80 * 1024, catalogueHtmlGzip: 25 * 1024 };

export type Size = { raw: number; gzip: number };
/** The HTML as the server sends it to a browser that takes brotli: its bytes and Content-Encoding. */
export type Wire = { bytes: number; encoding: string };
export type PageWeight = { name: string; path: string; html: Size; htmlWire: Wire; js: Size; jsWire: number; scripts: number; htmlBudget: number | null };

const size = (body: Buffer): Size => ({ raw: body.length, gzip: gzipSync(body, { level: 6 }).length });

async function fetchBody(url: string): Promise<Buffer> {
  const res = await fetch(url, { headers: { 'accept-language': 'ru' } });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** What crosses the wire for `url` when the client accepts brotli and gzip, as a browser over HTTPS does. */
function wireSize(url: string): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'ru' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Script URLs a page loads: <script src> (not nomodule) and <link rel=preload|modulepreload as=script>. */
export function scriptUrls(html: string, base: string): string[] {
  const urls = new Set<string>();
  // A nomodule script (the polyfills for old browsers) is never fetched by a browser that runs modules.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/\bnomodule\b/i.test(m[0])) urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(?:modulepreload|preload)"/.test(tag) && (/\bas="script"/.test(tag) || /rel="modulepreload"/.test(tag))) urls.add(href);
  }
  return [...urls].map((u) => new URL(u.replaceAll('&amp;', '&'), base).toString());
}

const firstLink = (html: string, pattern: RegExp): string | null => pattern.exec(html)?.[1] ?? null;

/** Measures the six public pages of the budget; the vacancy and company are the catalogue's first. */
export async function measurePages(baseUrl: string): Promise<PageWeight[]> {
  const origin = new URL(baseUrl).origin;
  const catalogue = (await fetchBody(`${origin}/vacancies`)).toString('utf8');
  const vacancy = firstLink(catalogue, /href="(\/vacancies\/[a-z0-9-]+)"/);
  if (!vacancy) throw new Error('The catalogue lists no vacancy: seed the database.');
  const vacancyHtml = (await fetchBody(`${origin}${vacancy}`)).toString('utf8');
  const company = firstLink(vacancyHtml, /href="(\/companies\/[a-z0-9-]+)"/);
  const pages: { name: string; path: string }[] = [
    { name: 'home /', path: '/' },
    { name: 'catalogue /vacancies', path: '/vacancies' },
    { name: `vacancy ${vacancy.slice(0, 30)}`, path: vacancy },
    { name: 'FAQ /faq', path: '/faq' },
    { name: 'guide /guide', path: '/guide' },
    ...(company ? [{ name: `company ${company.slice(0, 30)}`, path: company }] : []),
  ];

  const scriptCache = new Map<string, Promise<Buffer>>();
  const wireCache = new Map<string, Promise<Wire>>();
  const result: PageWeight[] = [];
  for (const page of pages) {
    const body = await fetchBody(`${origin}${page.path}`);
    const urls = scriptUrls(body.toString('utf8'), origin);
    const scripts = await Promise.all(
      urls.map((url) => {
        if (!scriptCache.has(url)) scriptCache.set(url, fetchBody(url));
        return scriptCache.get(url)!;
      }),
    );
    const js = scripts.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    const wires = await Promise.all(
      urls.map((url) => {
        if (!wireCache.has(url)) wireCache.set(url, wireSize(url));
        return wireCache.get(url)!;
      }),
    );
    result.push({
      ...page,
      html: size(body),
      htmlWire: await wireSize(`${origin}${page.path}`),
      js,
      jsWire: wires.reduce((sum, w) => sum + w.bytes, 0),
      scripts: urls.length,
      htmlBudget: page.path === '/vacancies' ? PAGE_BUDGET.catalogueHtmlGzip : null,
    });
  }
  return result;
}
