// npm run bench:weight -- BASE_URL [--json]
// What the public pages weigh on the wire: for /, /vacancies, a vacancy page, /faq, /guide and a company
// page, the HTML and every script the page loads (<script src> and script preloads), raw and gzipped
// (level 6, what a reverse proxy or CDN sends), and the HTML as our server sends it to a browser that takes
// brotli ("sent", the HTML with its encoding). The budget (issue 14): ≤ 80 kB of JavaScript per page,
// ≤ 25 kB of HTML for /vacancies, gzipped. tests/e2e/page-weight.spec.ts asserts it with the same code.
import { parseArgs } from 'node:util';
import { measurePages, PAGE_BUDGET } from './weight-pages';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const baseUrl = positionals[0];
if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
  console.error('Usage: npm run bench:weight -- http://127.0.0.1:3000 [--json]');
  process.exit(2);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} kB`;
const pages = await measurePages(baseUrl);
if (values.json) {
  console.log(JSON.stringify(pages, null, 2));
  process.exit(0);
}
console.log('page                                      HTML raw   HTML gzip   HTML sent        JS raw    JS gzip    JS sent  scripts');
for (const p of pages) {
  const overJs = p.js.gzip > PAGE_BUDGET.jsGzip ? '  ← JS over budget' : '';
  const overHtml = p.htmlBudget !== null && p.html.gzip > p.htmlBudget ? '  ← HTML over budget' : '';
  const sent = `${kb(p.htmlWire.bytes)} ${p.htmlWire.encoding}`;
  console.log(`${p.name.padEnd(40)} ${kb(p.html.raw)} ${kb(p.html.gzip)} ${sent} ${kb(p.js.raw)} ${kb(p.js.gzip)} ${kb(p.jsWire)} ${String(p.scripts).padStart(8)}${overJs}${overHtml}`);
}
console.log(`\nBudget: JS ≤ ${PAGE_BUDGET.jsGzip / 1024} kB gzip on every page; /vacancies HTML ≤ ${PAGE_BUDGET.catalogueHtmlGzip / 1024} kB gzip.`);
