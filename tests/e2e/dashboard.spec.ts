import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test } from './support/test';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';

const EMPLOYER = { email: 'employer1@chatshift.example', password: 'demo-employer-1' };
const OTHER_EMPLOYER = 'employer2@chatshift.example';
const DAY = 86_400_000;

const companyOf = async (email: string) =>
  (await query<{ id: string }>(
    'SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1',
    [email],
  ))[0]!.id;

// Every title carries this run's tag, so the tests find (and clean up) only their own rows.
const TAG = `e2e-dash-${randomUUID().slice(0, 8)}`;

async function insertVacancy(companyId: string, name: string, status: 'draft' | 'published'): Promise<string> {
  const published = status === 'published';
  const rows = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
       status, "publishedAt", "expiresAt", "updatedAt", "contractTypes")
     VALUES ($1, $2, $3, 'Отвечаем покупателям интернет-магазина в чате: статусы заказов, возвраты и доставка.', 'ecommerce', 'shift', 'full', 'noExperience', $4, $5, $6, now(), '{employment}')
     RETURNING id`,
    [`${TAG}-${name}`, companyId, `Оператор ${TAG} ${name}`, status,
      published ? new Date(Date.now() - DAY) : null, published ? new Date(Date.now() + 20 * DAY) : null],
  );
  const id = rows[0]!.id;
  // Complete enough to be submitted: the submit path checks the stored ad in full (a language and a shift).
  await query(`INSERT INTO vacancy_languages ("vacancyId", language, level) VALUES ($1, 'ru', 'native')`, [id]);
  await query(
    `INSERT INTO shift_slots ("vacancyId", position, "startMinute", "endMinute", "timeZone", "utcStartMinute", "utcEndMinute")
     VALUES ($1, 0, 540, 1080, 'Europe/Moscow', 360, 900)`,
    [id],
  );
  return id;
}

const STATE = path.join(os.tmpdir(), `dashboard-e2e-${process.pid}.json`);
test.describe.configure({ mode: 'serial' });
test.use({ storageState: STATE });

const ids: Record<'draft' | 'pub1' | 'pub2', string> = { draft: '', pub1: '', pub2: '' };

test.skip(!existsSync('app/[locale]/(auth)/signin/page.tsx'), 'the sign-in page does not exist yet');

test.beforeAll(async ({ browser }, testInfo) => {
  const companyId = await companyOf(EMPLOYER.email);
  ids.draft = await insertVacancy(companyId, 'draft', 'draft');
  ids.pub1 = await insertVacancy(companyId, 'pub1', 'published');
  ids.pub2 = await insertVacancy(companyId, 'pub2', 'published');

  // Sign-in attempts are limited per address (8 in 15 minutes): sign in once and share the session.
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Электронная почта').fill(EMPLOYER.email);
  await page.getByLabel('Пароль', { exact: true }).fill(EMPLOYER.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 20_000 });
  await context.storageState({ path: STATE });
  await context.close();
});

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE title LIKE $1', [`%${TAG}%`]);
  await rm(STATE, { force: true });
});

const row = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-vacancy-id="${id}"]`);

test('the vacancies page lists the company vacancies with status badges', async ({ page }) => {
  await page.goto('/employer/vacancies');
  await expect(page.getByRole('heading', { level: 1, name: 'Вакансии компании' })).toBeVisible();
  await expect(row(page, ids.draft).locator('[data-status="draft"]')).toHaveText('Черновик');
  await expect(row(page, ids.pub1).locator('[data-status="published"]')).toHaveText('Опубликована');
  await expect(page.getByRole('link', { name: 'Новая вакансия' })).toHaveAttribute('href', '/employer/vacancies/new');
  await expectNoSeriousA11yViolations(page);
});

test('the status filter and the title search narrow the list', async ({ page }) => {
  await page.goto('/employer/vacancies');
  await page.getByLabel('Статус').selectOption('draft');
  await page.getByLabel('Поиск по названию').fill(TAG);
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(page.getByTestId('dashboard-row')).toHaveCount(1);
  await expect(row(page, ids.draft)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Экспорт CSV' })).toHaveAttribute('href', new RegExp(`status=draft&q=${TAG}`));

  const response = await page.goto('/employer/vacancies?status=bogus&q=%25');
  expect(response?.status()).toBe(200);
});

test('a draft is submitted for review from its page', async ({ page }) => {
  await page.goto(`/employer/vacancies/${ids.draft}`);
  await expect(page.getByTestId('status-explanation')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Отправлено на проверку' })).toBeVisible();
  await expect(page.locator('[data-status="pending"]')).toHaveText('На модерации');
  await expect(page.getByRole('button', { name: 'Отправить на проверку' })).toHaveCount(0);
});

test('two published vacancies are closed at once', async ({ page }) => {
  await page.goto(`/employer/vacancies?q=${TAG}`);
  await page.getByLabel(`Выбрать «Оператор ${TAG} pub1»`).check();
  await page.getByLabel(`Выбрать «Оператор ${TAG} pub2»`).check();
  await page.getByRole('button', { name: 'Закрыть', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Вакансия закрыта' })).toBeVisible();
  await expect(row(page, ids.pub1).locator('[data-status="closed"]')).toBeVisible();
  await expect(row(page, ids.pub2).locator('[data-status="closed"]')).toBeVisible();
});

test('duplicating makes a draft and opens its editor', async ({ page }) => {
  await page.goto(`/employer/vacancies/${ids.pub1}`);
  await page.getByRole('button', { name: 'Дублировать' }).click();
  await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]{36}\/edit$/);
  const copyId = /vacancies\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
  expect(copyId).not.toBe(ids.pub1);
  const [copy] = await query<{ status: string; title: string }>('SELECT status, title FROM vacancies WHERE id = $1', [copyId]);
  expect(copy?.status).toBe('draft');
  expect(copy?.title).toContain(TAG);
});

test('the preview renders the vacancy with the banner', async ({ page }) => {
  const response = await page.goto(`/employer/vacancies/${ids.draft}/preview`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('preview-banner')).toContainText('Так кандидаты увидят вакансию после публикации');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Оператор ${TAG} draft`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the CSV export downloads with the header row and quotes awkward titles', async ({ page }) => {
  const awkward = `Оператор ${TAG} "pub2"; ночь\nсмена`;
  await query('UPDATE vacancies SET title = $1 WHERE id = $2', [awkward, ids.pub2]);
  await page.goto(`/employer/vacancies?q=${TAG}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Экспорт CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('vakansii.csv');
  const text = await readFile((await download.path())!, 'utf8');
  // In the exporter's language (pipeline-board.test.ts checks every column): Russian header and statuses.
  expect(text.startsWith('\uFEFFВакансия;Статус;')).toBe(true);
  expect(text).toContain(`Оператор ${TAG} pub1;Закрыта;`);
  expect(text).toContain(`"${awkward.replace(/"/g, '""')}";Закрыта;`);
});

test("another company's vacancy and a malformed id are 404", async ({ page }) => {
  const [foreign] = await query<{ id: string }>('SELECT id FROM vacancies WHERE "companyId" = $1 LIMIT 1', [await companyOf(OTHER_EMPLOYER)]);
  expect((await page.goto(`/employer/vacancies/${foreign!.id}`))?.status()).toBe(404);
  expect((await page.goto(`/employer/vacancies/${foreign!.id}/preview`))?.status()).toBe(404);
  expect((await page.goto('/employer/vacancies/not-a-uuid'))?.status()).toBe(404);
});

test.describe('anonymous', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('is sent to sign in, and the export answers 401', async ({ page }) => {
    await page.goto('/employer');
    await expect(page).toHaveURL(/\/signin/);
    const response = await page.request.get('/api/employer/vacancies/export');
    expect(response.status()).toBe(401);
  });
});
