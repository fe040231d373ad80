import { chromium } from '@playwright/test';
import pg from 'pg';
import fs from 'node:fs';
const T = JSON.parse(fs.readFileSync('/tmp/tokens.json', 'utf8'));
const BASE = 'http://127.0.0.1:3200';
const db = new pg.Client({ connectionString: process.env.DATABASE_URL }); await db.connect();
const [emp] = (await db.query(`SELECT a.id, v.slug FROM applications a JOIN vacancies v ON v.id=a."vacancyId" JOIN memberships m ON m."companyId"=v."companyId" JOIN users u ON u.id=m."userId" WHERE u.email='employer1@chatshift.example' AND v.status='published' ORDER BY a."createdAt" DESC LIMIT 1`)).rows;
const vacs = (await db.query(`SELECT id, slug FROM vacancies WHERE status='published' AND "expiresAt" > now() AND "applyMode"='form' ORDER BY "publishedAt" DESC LIMIT 2`)).rows;
await db.end();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = [
  ['catalogue-empty', '/vacancies?q=zzzzqq&chatOnly=1', false],
  ['catalogue', '/vacancies?language=en', true],
  ['saved', '/saved', true],
  ['alerts-request', '/alerts', false],
  ['alerts-manage', `/alerts?token=${T.manage}`, true],
  ['alerts-confirm', `/alerts/confirm/${T.confirm}`, false],
  ['alerts-unsubscribe', `/alerts/unsubscribe?${T.unsubscribe}`, false],
  ['applications-request', '/applications', false],
  ['applications', `/applications?token=${T.apps}`, true],
  ['developers', '/developers', true],
  ['vacancy', `/vacancies/${vacs[0].slug}`, true],
];
for (const [w, h, tag] of [[1280, 900, 'desk'], [390, 844, 'phone']]) {
  for (const locale of ['ru', 'en']) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, extraHTTPHeaders: { 'x-test-client-address': `203.0.113.${w % 200}` } });
    await ctx.addCookies([{ name: 'saved', value: vacs.map((v) => v.id).join('.'), url: BASE }]);
    const page = await ctx.newPage();
    for (const [name, path, full] of pages) {
      const url = BASE + (locale === 'en' ? '/en' : '') + path;
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `/tmp/shots/${name}-${locale}-${tag}.png`, fullPage: full && name !== 'catalogue' && name !== 'vacancy' });
      if (name === 'catalogue') {
        const box = page.getByRole('region').filter({ hasText: locale === 'en' ? 'Get these vacancies by email' : 'Присылать такие вакансии' }).first();
        await box.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/shots/catalogue-alertbox-${locale}-${tag}.png` });
      }
    }
    await ctx.close();
  }
}
// employer pages
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { 'x-test-client-address': '203.0.113.77' } });
const page = await ctx.newPage();
await page.goto(BASE + '/signin');
await page.getByLabel('Электронная почта').fill('employer1@chatshift.example');
await page.getByLabel('Пароль', { exact: true }).fill('demo-employer-1');
await page.getByRole('button', { name: 'Войти' }).click();
await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
for (const [w, tag] of [[1280, 'desk'], [390, 'phone']]) {
  await page.setViewportSize({ width: w, height: tag === 'desk' ? 900 : 844 });
  for (const locale of ['ru', 'en']) {
    const pre = locale === 'en' ? '/en' : '';
    await page.goto(`${BASE}${pre}/employer/applications/${emp.id}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `/tmp/shots/employer-application-${locale}-${tag}.png`, fullPage: true });
    await page.goto(`${BASE}${pre}/employer/company`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `/tmp/shots/employer-company-${locale}-${tag}.png`, fullPage: true });
  }
}
await browser.close();
console.log('done');
