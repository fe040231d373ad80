// npm run bench:lighthouse -- BASE_URL [--runs 3] [--pages /,/vacancies]
// Lighthouse 12.2.3 (pinned: 13 needs Node 22), mobile settings, in the Chromium the browser tests use
// (scripts/find-chromium.ts). For each public page the median of --runs runs: the four category scores and
// LCP, TBT and CLS. Quiet machines only: other load moves every figure.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../find-chromium';
import { measurePages } from './weight-pages';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, pages: { type: 'string' } },
});
const baseUrl = positionals[0];
const runs = Math.max(1, Number(values.runs) || 3);
if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
  console.error('Usage: npm run bench:lighthouse -- http://127.0.0.1:3000 [--runs 3] [--pages /,/vacancies]');
  process.exit(2);
}
const origin = new URL(baseUrl).origin;

type Figures = { performance: number; accessibility: number; bestPractices: number; seo: number; lcp: number; tbt: number; cls: number };
const KEYS: (keyof Figures)[] = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const paths = values.pages ? values.pages.split(',').map((p) => p.trim()) : (await measurePages(origin)).map((p) => p.path);
const browser = await findChromium();
const chrome = await chromeLauncher.launch({
  chromePath: browser.executablePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
});

try {
  console.log(`Lighthouse 12.2.3, mobile, ${runs} run(s) per page, median; ${browser.summary}\n`);
  console.log('page                                   perf  a11y  best   seo     LCP ms   TBT ms    CLS');
  for (const path of paths) {
    const samples: Figures[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      samples.push({
        performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
        lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'),
      });
    }
    const m = Object.fromEntries(KEYS.map((k) => [k, median(samples.map((s) => s[k]))])) as Figures;
    console.log(
      `${path.slice(0, 38).padEnd(38)} ${String(m.performance).padStart(4)}  ${String(m.accessibility).padStart(4)}  ${String(m.bestPractices).padStart(4)}  ${String(m.seo).padStart(4)}  ${m.lcp.toFixed(0).padStart(8)} ${m.tbt.toFixed(0).padStart(8)}  ${m.cls.toFixed(3).padStart(5)}`,
    );
  }
} finally {
  await chrome.kill();
}
