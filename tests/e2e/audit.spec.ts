import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect as baseExpect, newClientHeaders, test } from './support/test';
import { query } from './support/db';
import { saveSignedInState } from './support/sign-in';
import { expectNoSeriousA11yViolations } from './support/axe';
import { hashPassword } from '../../lib/accounts/password';

const expect = baseExpect.configure({ timeout: 30_000 });

// Own accounts (sign-in limits are per address and account) and rows tagged with this run's TAG.
const TAG = `e2e-audit-${randomUUID().slice(0, 8)}`;
const PASSWORD = 'audit-e2e-pass';
const ADMIN = { email: `${TAG}-admin@test.example`, password: PASSWORD, name: `Анна Петрова ${TAG}` };
const EMPLOYER = { email: `${TAG}-employer@test.example`, password: PASSWORD, name: `Работодатель ${TAG}` };
const STATES = { admin: path.join(os.tmpdir(), `audit-admin-${process.pid}.json`), employer: path.join(os.tmpdir(), `audit-employer-${process.pid}.json`) };
const ids = { admin: '', approved: '', rejected: '', company: '' };

async function createUser(account: typeof ADMIN, role: 'admin' | 'employer'): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`,
    [account.email, account.name, await hashPassword(PASSWORD), role],
  );
  return row!.id;
}

async function insertVacancy(name: string, status: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status, "updatedAt", "contractTypes")
     VALUES ($1, $2, $3, 'Отвечаем покупателям интернет-магазина в чате: статусы заказов, возвраты, оплата.', 'ecommerce', 'shift', 'full', 'noExperience', $4, now(), '{employment}')
     RETURNING id`,
    [`${TAG}-${name}`, ids.company, `Оператор чата ${TAG} ${name}`, status],
  );
  return row!.id;
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const [company] = await query<{ id: string }>(
    `INSERT INTO companies (name, slug, "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
    [`Компания X ${TAG}`, `${TAG}-company`],
  );
  ids.company = company!.id;
  ids.admin = await createUser(ADMIN, 'admin');
  await createUser(EMPLOYER, 'employer');
  ids.approved = await insertVacancy('approved', 'published');
  ids.rejected = await insertVacancy('rejected', 'rejected');
  // Entries as lib/moderation writes them (the decisions themselves are covered by their own specs).
  await query(
    `INSERT INTO audit_log ("actorId", action, "targetType", "targetId", reason, data, "createdAt") VALUES
       ($1, 'vacancy.approve', 'vacancy', $2, NULL, '{"expiresAt": "2027-01-04T10:00:00.000Z"}', now() - interval '2 minutes'),
       ($1, 'vacancy.reject', 'vacancy', $3, '=1+1 Кандидата просят заплатить', '{"preset": "upfrontPayment"}', now() - interval '1 minute')`,
    [ids.admin, ids.approved, ids.rejected],
  );
  await saveSignedInState(browser, testInfo.project.use.baseURL, ADMIN, STATES.admin);
  await saveSignedInState(browser, testInfo.project.use.baseURL, EMPLOYER, STATES.employer);
});

test.afterAll(async () => {
  await query('DELETE FROM audit_log WHERE "targetId" = ANY($1::text[])', [[ids.approved, ids.rejected]]);
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}-%`]);
  await query('DELETE FROM companies WHERE slug LIKE $1', [`${TAG}-%`]);
  await query('DELETE FROM users WHERE email LIKE $1', [`${TAG}-%`]);
  await rm(STATES.admin, { force: true });
  await rm(STATES.employer, { force: true });
});

test('the export refuses visitors (401) and employers (403)', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: newClientHeaders() });
  expect((await anonymous.get('/admin/audit/export')).status()).toBe(401);
  await anonymous.dispose();
  const employer = await playwright.request.newContext({ baseURL, storageState: STATES.employer, extraHTTPHeaders: newClientHeaders() });
  expect((await employer.get('/admin/audit/export')).status()).toBe(403);
  expect((await employer.get('/admin/audit', { maxRedirects: 0 })).status()).toBe(404);
  await employer.dispose();
});

test.describe('the admin', () => {
  test.use({ storageState: STATES.admin });

  test('reads entries as sentences with links, filters by action and downloads the CSV', async ({ page }) => {
    await page.goto(`/admin/audit?q=${encodeURIComponent(TAG)}`, { timeout: 120_000 });
    const sentences = page.getByTestId('audit-sentence');
    await expect(sentences).toHaveCount(2);
    await expect(sentences.first()).toHaveText(`${ADMIN.name} отклонил(а) вакансию «Оператор чата ${TAG} rejected» (Компания X ${TAG})`);
    const link = page.getByRole('link', { name: `«Оператор чата ${TAG} approved»` });
    await expect(link).toHaveAttribute('href', `/admin/moderation/${ids.approved}`);
    await expect(page.getByText('Шаблон причины: Кандидата просят заплатить')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Действие').selectOption({ label: 'Вакансия одобрена' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(page).toHaveURL(/action=vacancy\.approve/);
    await expect(sentences).toHaveCount(1);
    await expect(sentences.first()).toContainText(`${ADMIN.name} одобрил(а) вакансию «Оператор чата ${TAG} approved»`);

    await page.getByLabel('Действие').selectOption('');
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(sentences).toHaveCount(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFВремя (МСК);Кто;Действие;')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`;Вакансия отклонена;вакансия;«Оператор чата ${TAG} rejected»;${ids.rejected};`);
    // A reason that starts like a formula is defused.
    expect(lines[1]).toContain(`;'=1+1 Кандидата просят заплатить;`);
  });

  test('bad filter values are named and ignored, never an error', async ({ page }) => {
    const response = await page.goto(`/en/admin/audit?from=2026-02-30&q=${'x'.repeat(10_000)}&action=%00&page=-1`, { timeout: 120_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/We could not read these fields: action, object, from, page/)).toBeVisible();
  });
});
