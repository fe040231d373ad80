import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test } from './support/test';
import { query } from './support/db';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';
import { saveSignedInState } from './support/sign-in';

const EMPLOYER1 = 'employer1@chatshift.example';
// The shared dev server compiles pages on first use and is slow under load: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

// Every title and email carries this run's tag, so the specs find (and clean up) only their own rows.
const TAG = `e2e-mod-${randomUUID().slice(0, 8)}`;
// Own accounts rather than the shared demo logins, whose per-email sign-in limit other specs use up:
// an admin, and a second member of employer1's company (who sees the same company dashboard).
const PASSWORD = 'moderation-e2e-pass';
const ADMIN = { email: `${TAG}-admin@test.example`, password: PASSWORD };
const EMPLOYER = { email: `${TAG}-member@test.example`, password: PASSWORD };

async function createUser(email: string, role: 'admin' | 'employer'): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`,
    [email, `Модератор ${TAG}`, await hashPassword(PASSWORD), role],
  );
  return row!.id;
}
const STATES = { admin: path.join(os.tmpdir(), `moderation-admin-${process.pid}.json`), employer: path.join(os.tmpdir(), `moderation-employer-${process.pid}.json`) };
const ids = { companyId: '', companyName: '', reject: '', approve: '', approveSlug: '' };

/** A vacancy of employer1's company waiting for review, as the employer's submission leaves it. */
async function insertPending(name: string): Promise<{ id: string; slug: string }> {
  const slug = `${TAG}-${name}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status, "updatedAt",
       "salaryFrom", "salaryTo", "salaryCurrency", "salaryPeriod", "salaryMinRub", "salaryMaxRub", "contractTypes", "riskScore", "riskReasons")
     VALUES ($1, $2, $3, $4, 'ecommerce', 'shift', 'full', 'noExperience', 'pending', now(),
       45000, 60000, 'RUB', 'month', 45000, 60000, '{employment}', 12, '[]')
     RETURNING id`,
    [slug, ids.companyId, `Оператор ${TAG} ${name}`, 'Отвечаем покупателям интернет-магазина в чате: статусы заказов, возвраты, оплата. Обучение за неделю.'],
  );
  const id = row!.id;
  await query(
    `INSERT INTO shift_slots ("vacancyId", position, "startMinute", "endMinute", "timeZone", "utcStartMinute", "utcEndMinute")
     VALUES ($1, 0, 540, 1080, 'Europe/Moscow', 360, 900)`,
    [id],
  );
  await query(`INSERT INTO vacancy_languages ("vacancyId", language, level) VALUES ($1, 'ru', 'native')`, [id]);
  await query(`INSERT INTO moderation_events ("vacancyId", action, "createdAt") VALUES ($1, 'submitted', now() - interval '3 hours')`, [id]);
  return { id, slug };
}


test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const [company] = await query<{ id: string; name: string }>(
    'SELECT c.id, c.name FROM memberships m JOIN users u ON u.id = m."userId" JOIN companies c ON c.id = m."companyId" WHERE u.email = $1 LIMIT 1',
    [EMPLOYER1],
  );
  ids.companyId = company!.id;
  ids.companyName = company!.name;
  await createUser(ADMIN.email, 'admin');
  const member = await createUser(EMPLOYER.email, 'employer');
  await query(`INSERT INTO memberships ("companyId", "userId", role) VALUES ($1, $2, 'member')`, [ids.companyId, member]);
  ids.reject = (await insertPending('reject')).id;
  const approve = await insertPending('approve');
  ids.approve = approve.id;
  ids.approveSlug = approve.slug;
  await saveSignedInState(browser, testInfo.project.use.baseURL, ADMIN, STATES.admin);
  await saveSignedInState(browser, testInfo.project.use.baseURL, EMPLOYER, STATES.employer);
});

test.afterAll(async () => {
  const rows = await query<{ id: string }>('SELECT id FROM vacancies WHERE slug LIKE $1', [`${TAG}-%`]);
  await query('DELETE FROM audit_log WHERE "targetId" = ANY($1::text[])', [rows.map((r) => r.id)]);
  await query('DELETE FROM outbox_mail WHERE subject LIKE $1', [`%${TAG}%`]);
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}-%`]);
  await query('DELETE FROM users WHERE email LIKE $1', [`${TAG}-%`]);
  await rm(STATES.admin, { force: true });
  await rm(STATES.employer, { force: true });
});

const adminPaths = () => [
  '/admin',
  '/admin/moderation',
  `/admin/moderation/${ids.reject}`,
  '/admin/companies',
  `/admin/companies/${ids.companyId}`,
  '/admin/users',
  '/admin/audit',
  '/en/admin/moderation',
];

test('anonymous visitors are sent to sign-in from every admin page', async ({ request }) => {
  for (const p of adminPaths()) {
    const response = await request.get(p, { maxRedirects: 0, timeout: 60_000 });
    expect(response.status(), p).toBe(307);
    expect(response.headers().location, p).toMatch(/\/signin\?callbackUrl=/);
  }
});

test.describe('an employer', () => {
  test.use({ storageState: STATES.employer });

  test('gets a 404 on every admin page', async ({ page }) => {
    for (const p of [...adminPaths(), '/admin/reports']) {
      const response = await page.goto(p, { timeout: 60_000 });
      expect(response?.status(), p).toBe(404);
    }
    await expect(page.getByTestId('admin-link')).toHaveCount(0);
  });
});

test.describe('the admin', () => {
  test.use({ storageState: STATES.admin });

  test('lands on the moderation overview, not the employer dashboard, in both languages', async ({ page }) => {
    await page.goto('/employer', { timeout: 60_000 });
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto('/en/employer');
    await expect(page).toHaveURL(/\/en\/admin$/);
  });

  test('sees the overview and the queue, accessible, with an Admin link in the header', async ({ page }) => {
    await page.goto('/admin', { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Модерация' })).toBeVisible();
    await expect(page.getByTestId('queue-total')).toContainText(/ждут решения|ждёт решения/);
    await expect(page.getByTestId('admin-link').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('navigation', { name: 'Разделы модерации' }).getByRole('link', { name: 'Проверка' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Очередь проверки' })).toBeVisible();
    const row = page.locator(`[data-vacancy-id="${ids.reject}"]`);
    await expect(row).toContainText(`Оператор ${TAG} reject`);
    await expect(row).toContainText('Новая');
    await expectNoSeriousA11yViolations(page);
  });

  test('lists companies, users and the audit log, with bad URL parameters ignored', async ({ page }) => {
    let response = await page.goto(`/admin/companies?status=bogus&page=-1&q=${encodeURIComponent(ids.companyName)}`, { timeout: 60_000 });
    expect(response?.status()).toBe(200);
    await expect(page.locator(`[data-company-id="${ids.companyId}"]`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    response = await page.goto(`/admin/users?q=${encodeURIComponent(EMPLOYER1)}&role=root`, { timeout: 60_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('users-table')).toContainText(EMPLOYER1);
    await expectNoSeriousA11yViolations(page);

    response = await page.goto('/admin/audit?from=2026-02-30&targetType=planet&page=x', { timeout: 60_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Не поняли значения полей')).toContainText('с даты');
    await expectNoSeriousA11yViolations(page);
  });

  test('rejects a pending vacancy with a preset and a note; the employer reads the reason', async ({ page, browser }) => {
    await page.goto(`/admin/moderation/${ids.reject}`, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: `Оператор ${TAG} reject` })).toBeVisible();
    await expect(page.getByTestId('company-panel')).toBeVisible();
    await expect(page.getByTestId('vacancy-preview')).toContainText('Отвечаем покупателям');
    await expectNoSeriousA11yViolations(page);

    // "Other" without a note is refused by the server with the field's message.
    const form = page.getByTestId('rejection-form');
    await form.getByLabel('Причина').selectOption('other');
    await form.getByLabel('Комментарий для работодателя').evaluate((el) => el.removeAttribute('required'));
    await form.getByRole('button', { name: 'Отклонить вакансию' }).click();
    await expect(form.getByText('Для причины «Другое» напишите комментарий')).toBeVisible();

    await form.getByLabel('Причина').selectOption('poorDescription');
    await form.getByLabel('Комментарий для работодателя').fill(`Добавьте график смен ${TAG}.`);
    await form.getByRole('button', { name: 'Отклонить вакансию' }).click();
    await expect(page).toHaveURL(/\/admin\/moderation\?done=rejected/);
    await expect(page.getByRole('status').filter({ hasText: 'Вакансия отклонена' })).toBeVisible();
    await expect(page.locator(`[data-vacancy-id="${ids.reject}"]`)).toHaveCount(0);

    const employer = await browser.newContext({ storageState: STATES.employer });
    const employerPage = await employer.newPage();
    await employerPage.goto(`/employer/vacancies/${ids.reject}`, { timeout: 60_000 });
    const explanation = employerPage.getByTestId('status-explanation');
    await expect(explanation).toContainText('Описание слишком общее');
    await expect(explanation).toContainText(`Добавьте график смен ${TAG}.`);
    await expect(employerPage.locator('[data-status="rejected"]').first()).toBeVisible();
    await employer.close();

    const [mail] = await query<{ text: string }>(`SELECT text FROM outbox_mail WHERE kind = 'vacancy-rejected' AND text LIKE $1`, [`%${TAG}%`]);
    expect(mail?.text).toContain('Описание слишком общее');
  });

  test('approves a pending vacancy, which goes public for 30 days', async ({ page }) => {
    await page.goto(`/admin/moderation/${ids.approve}`, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
    await expect(page).toHaveURL(/\/admin\/moderation\?done=approved/);
    const [row] = await query<{ status: string; days: number }>(
      `SELECT status, round(extract(epoch FROM "expiresAt" - "publishedAt") / 86400)::int AS days FROM vacancies WHERE id = $1`,
      [ids.approve],
    );
    expect(row).toEqual({ status: 'published', days: 30 });
    const response = await page.goto(`/vacancies/${ids.approveSlug}`, { timeout: 60_000 });
    expect(response?.status()).toBe(200);

    // A second decision on the same vacancy says so instead of deciding again.
    await page.goto(`/admin/moderation/${ids.approve}`);
    await expect(page.getByText('По этой вакансии решение не требуется')).toBeVisible();
    await expect(page.getByTestId('decision')).toHaveCount(0);
  });
});
