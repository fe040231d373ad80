import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { expect as baseExpect, test } from './support/test';
import { query } from './support/db';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';
import { E2E_AUTH_SECRET } from './support/server-env';
import { signInOn } from './support/sign-in';

// The whole loop of a job alert: subscribe on an empty search, confirm from the mail, an admin approves a
// matching vacancy, the alert job runs, the mail lists it, and one click on List-Unsubscribe ends it.

const expect = baseExpect.configure({ timeout: 30_000 });
const run = promisify(execFile);
// Letters only: the full-text parser keeps it one word, so the search finds this spec's vacancy alone.
const WORD = `zalert${randomUUID().replace(/[^a-f]/g, '').slice(0, 8)}`;
const EMAIL = `${WORD}@candidate.example`;
const ADMIN = { email: `${WORD}-admin@test.example`, password: 'alerts-e2e-password' };
let vacancyId = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    `SELECT c.id FROM memberships m JOIN users u ON u.id = m."userId" JOIN companies c ON c.id = m."companyId" WHERE u.email = 'employer1@chatshift.example' LIMIT 1`,
  );
  const [vacancy] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status, "updatedAt", "riskScore", "riskReasons", "contractTypes")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате: заказы, доставка, возвраты. Обучение две недели, оплачивается.', 'ecommerce', 'shift', 'full', 'noExperience', 'pending', now(), 5, '[]', '{employment}')
     RETURNING id`,
    [`${WORD}-vacancy`, company!.id, `Оператор чата ${WORD}`],
  );
  vacancyId = vacancy!.id;
  await query(`INSERT INTO moderation_events ("vacancyId", action) VALUES ($1, 'submitted')`, [vacancyId]);
  await query(
    `INSERT INTO users (email, name, "passwordHash", role, "emailVerified", "updatedAt") VALUES ($1, 'Модератор', $2, 'admin', now(), now())`,
    [ADMIN.email, await hashPassword(ADMIN.password)],
  );
});

test.afterAll(async () => {
  await query('DELETE FROM job_alerts WHERE email = $1', [EMAIL]);
  await query('DELETE FROM outbox_mail WHERE "to" = $1', [EMAIL]);
  await query('DELETE FROM audit_log WHERE "targetId" = $1', [vacancyId]);
  await query('DELETE FROM vacancies WHERE id = $1', [vacancyId]);
  await query('DELETE FROM users WHERE email = $1', [ADMIN.email]);
});

const mail = async (kind: string) =>
  (await query<{ subject: string; text: string; headers: Record<string, string> | null }>(
    'SELECT subject, text, headers FROM outbox_mail WHERE "to" = $1 AND kind = $2 ORDER BY "createdAt" DESC LIMIT 1',
    [EMAIL, kind],
  ))[0];

test('subscribe, confirm, get the approved vacancy by mail, unsubscribe with one click', async ({ page, browser, request }) => {
  // 1. An empty search offers the alert.
  await page.goto(`/vacancies?q=${WORD}&chatOnly=1`);
  const box = page.getByRole('region', { name: 'Сообщить, когда такие вакансии появятся' });
  await expect(box).toContainText(`«${WORD}» · Только чат, без звонков`);
  await expectNoSeriousA11yViolations(page);
  await box.getByLabel('Электронная почта').fill(EMAIL);
  await box.getByLabel('Как часто').selectOption('instant');
  await box.getByRole('button', { name: 'Подписаться' }).click();
  await expect(box.getByRole('status')).toContainText('проверьте почту');

  // 2. Confirm from the mail (a button: link scanners must not confirm for people).
  const confirmation = await mail('alert-confirm');
  const link = /https?:\/\/\S+\/alerts\/confirm\/\S+/.exec(confirmation!.text)![0];
  await page.goto(new URL(link).pathname);
  await expect(page.getByText('Письма будут приходить сразу после публикации')).toBeVisible();
  await page.getByRole('button', { name: 'Подтвердить подписку' }).click();
  await expect(page.getByRole('heading', { name: 'Мои подписки на вакансии' })).toBeVisible();
  await expect(page.getByText('Подписка подтверждена')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // 3. An admin approves the matching vacancy.
  const admin = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const adminPage = await admin.newPage();
  await signInOn(adminPage, ADMIN);
  await adminPage.goto(`/admin/moderation/${vacancyId}`);
  await adminPage.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
  await expect(adminPage).toHaveURL(/\/admin\/moderation\?done=approved/);
  await admin.close();

  // 4. The alert job runs (as the scheduler would) and mails it.
  await run('node', ['--import', 'tsx', '--import', './scripts/support/server-only.mjs', 'scripts/jobs.ts', '--once', '--job', 'job-alerts'], {
    // The server's secret: the unsubscribe links in the mail are signed with it.
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: E2E_AUTH_SECRET, JOBS: 'off' },
    timeout: 90_000,
  });
  const alert = await mail('job-alert');
  expect(alert!.subject).toContain('1 новая вакансия');
  expect(alert!.text).toContain(`Оператор чата ${WORD}`);
  expect(alert!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

  // 5. One-click unsubscribe, as a mail provider does it (RFC 8058).
  const target = new URL(/^<(.+)>$/.exec(alert!.headers!['List-Unsubscribe']!)![1]!);
  const response = await request.post(`${target.pathname}${target.search}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  });
  expect(response.status()).toBe(200);
  expect(await query('SELECT 1 FROM job_alerts WHERE email = $1', [EMAIL])).toHaveLength(0);
});

test('the "my alerts" page without a link asks for the address, in both languages', async ({ page }) => {
  await page.goto('/alerts');
  await expect(page.getByRole('heading', { name: 'Мои подписки на вакансии' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/en/alerts?token=broken');
  await expect(page.getByText('This link is broken')).toBeVisible();
  await page.getByLabel('Email').fill(`${WORD}-nobody@candidate.example`);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText('If this address has alerts')).toBeVisible();
});
