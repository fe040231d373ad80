import { expect, test } from '@playwright/test';
import { measurePages, scriptUrls } from '../../scripts/bench/weight-pages';

// What the public pages weigh on the wire (npm run bench:weight prints the same figures). Issue 14 asks for
// ≤ 80 kB of JavaScript and ≤ 25 kB of HTML on /vacancies (gzip); Next.js 16 with React 19 alone ships
// ~134 kB (react-dom 72, the router 44, the rest of the runtime ~18), so these are the interim ceilings:
// today's figures with a little room, to stop the pages growing while the work towards the target goes on
// (docs/decisions/008-catalogue-performance.md, "Page weight"). The JS ceiling went from 200 to 215 kB with the
// one form layer (decision 027: Conform is 12 kB of it on the catalogue's alert box and the vacancy's apply form),
// and back to 185 kB when zod left the pages' first JavaScript (it loads when a form is first used).
const CEILING = { jsGzip: 185 * 1024, catalogueHtmlGzip: 42 * 1024, htmlGzip: 40 * 1024, catalogueHtmlSent: 32 * 1024 };

test('public pages stay within their JavaScript and HTML ceilings', async ({ baseURL }) => {
  const pages = await measurePages(baseURL!);
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/vacancies', '/faq', '/guide']));
  for (const page of pages) {
    expect.soft(page.js.gzip, `${page.name}: JavaScript (gzip)`).toBeLessThanOrEqual(CEILING.jsGzip);
    const html = page.path === '/vacancies' ? CEILING.catalogueHtmlGzip : CEILING.htmlGzip;
    expect.soft(page.html.gzip, `${page.name}: HTML (gzip)`).toBeLessThanOrEqual(html);
    // Our server sends brotli to a browser that takes it (scripts/server/next-server.ts).
    expect.soft(page.htmlWire.encoding, `${page.name}: Content-Encoding`).toBe('br');
    expect.soft(page.htmlWire.bytes, `${page.name}: HTML sent`).toBeLessThanOrEqual(page.path === '/vacancies' ? CEILING.catalogueHtmlSent : html);
  }
  // No employer, admin or mail texts in a public page (client messages by area, i18n/client-messages.ts).
  // The inline RSC payload escapes quotes, so look for names and texts, not JSON.
  const vacancy = pages.find((p) => p.name.startsWith('vacancy'))!.path;
  for (const path of ['/', '/vacancies', vacancy]) {
    const html = await (await fetch(new URL(path, baseURL))).text();
    for (const marker of ['vacancyForm', 'companyForm', 'salaryHint', 'Жалобы собраны по вакансиям', 'Какие жалобы показать']) {
      expect.soft(html, `${path} carries ${marker}`).not.toContain(marker);
    }
  }
});

test('zod is not in a public page’s first JavaScript: forms and filters load it when first used', async ({ baseURL, page }) => {
  const pages = await measurePages(baseURL!);
  const vacancy = pages.find((p) => p.name.startsWith('vacancy'))!.path;
  for (const path of ['/', '/vacancies', vacancy, '/signin']) {
    const html = await (await fetch(new URL(path, baseURL))).text();
    for (const url of scriptUrls(html, baseURL!)) {
      // zod names each schema class; "$ZodType" is in every build of it.
      expect.soft(await (await fetch(url)).text(), `${path}: ${url}`).not.toContain('$ZodType');
    }
  }
  // …and a form still checks in the browser once touched: the alert box refuses a bad address in place,
  // without sending it. networkidle: once hydrated (before that the form is a plain POST, which works too).
  await page.goto('/vacancies', { waitUntil: 'networkidle' });
  const email = page.getByRole('textbox', { name: 'Электронная почта' });
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await email.fill('not-an-address');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/') && e.startTime > 0))).toBe(true);
  await page.getByRole('button', { name: 'Подписаться' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toEqual([]);
});
