import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Page } from './support/test';
import { query } from './support/db';
import { saveSignedInState } from './support/sign-in';
import { expectNoSeriousA11yViolations } from './support/axe';

const EMPLOYER = { email: 'employer1@chatshift.example', password: 'demo-employer-1' };
const OTHER = { email: 'employer2@chatshift.example', password: 'demo-employer-2' };
const DAY = 86_400_000;
// The shared dev server compiles pages on first use and is busy with other specs: be patient.
const expect = baseExpect.configure({ timeout: 30_000 });

// Every row this spec makes carries the run's tag, so it finds (and removes) only its own data.
const TAG = `e2e-apps-${randomUUID().slice(0, 8)}`;
const CANDIDATE = { name: `Анна Тестова ${TAG}`, email: `anna-${TAG}@mail.example` };
const STATE = path.join(os.tmpdir(), `applications-e2e-${process.pid}.json`);
const OTHER_STATE = path.join(os.tmpdir(), `applications-e2e-other-${process.pid}.json`);
let vacancyId = '';
let applicationId = '';
let noticesBefore = 'immediate';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: STATE, navigationTimeout: 90_000, actionTimeout: 30_000 });
test.skip(!existsSync('app/[locale]/(auth)/signin/page.tsx'), 'the sign-in page does not exist yet');


test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(600_000);
  const [company] = await query<{ id: string }>(
    'SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1',
    [EMPLOYER.email],
  );
  const [vacancy] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
       status, "publishedAt", "expiresAt", "updatedAt")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience', 'published', $4, $5, now())
     RETURNING id`,
    [TAG, company!.id, `Оператор чата ${TAG}`, new Date(Date.now() - DAY), new Date(Date.now() + 20 * DAY)],
  );
  vacancyId = vacancy!.id;
  const [application] = await query<{ id: string }>(
    `INSERT INTO applications ("vacancyId", name, email, phone, telegram, languages, experience, "preferredShifts",
       "coverMessage", "consentAt", "consentVersion", "updatedAt")
     VALUES ($1, $2, $3, '+7 912 345-67-89', '@anna_test', $4, 'between1And3', 'ночные 2/2',
       'Два года в поддержке интернет-магазина.', now(), '2026-11', now())
     RETURNING id`,
    [vacancyId, CANDIDATE.name, CANDIDATE.email, JSON.stringify([{ language: 'ru', level: 'native' }, { language: 'en', level: 'B2' }])],
  );
  applicationId = application!.id;
  noticesBefore = (await query<{ mode: string }>('SELECT "applicationNotices"::text AS mode FROM users WHERE email = $1', [EMPLOYER.email]))[0]!.mode;
  await saveSignedInState(browser, testInfo.project.use.baseURL, EMPLOYER, STATE);
});

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE slug = $1', [TAG]);
  await query('DELETE FROM outbox_mail WHERE "to" = $1', [CANDIDATE.email]);
  await query('UPDATE users SET "applicationNotices" = $1::"NotificationMode" WHERE email = $2', [noticesBefore, EMPLOYER.email]);
  await Promise.all([rm(STATE, { force: true }), rm(OTHER_STATE, { force: true })]);
});

const statusInDb = async () => (await query<{ status: string }>('SELECT status::text AS status FROM applications WHERE id = $1', [applicationId]))[0]!.status;
const row = (page: Page) => page.locator(`[data-application-id="${applicationId}"]`);

test('the list shows the new application with status chips, and the vacancy page links to it', async ({ page }) => {
  await page.goto(`/employer/vacancies/${vacancyId}`, { timeout: 60_000 });
  const link = page.getByTestId('vacancy-applications-link');
  await expect(link).toContainText('Отклики на вакансию: 1');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/employer/applications\\?vacancy=${vacancyId}`), { timeout: 90_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Отклики' })).toBeVisible();
  await expect(row(page).locator('[data-status="new"]')).toHaveText('Новый');
  await expect(row(page)).toContainText(CANDIDATE.name);
  await expect(page.locator('[data-chip="new"]')).toContainText('1');
  await expect(page.getByTestId('applications-total')).toHaveText('Найден 1 отклик');
  await expectNoSeriousA11yViolations(page);
});

test('filters are GET parameters: status, search and bad values', async ({ page }) => {
  await page.goto('/employer/applications', { timeout: 60_000 });
  await page.getByLabel('Имя, почта или текст письма').fill(TAG);
  await page.locator('[data-chip="hired"]').click();
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/status=hired/);
  await expect(page.getByTestId('application-row')).toHaveCount(0);
  await page.locator('[data-chip="new"]').click();
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/status=new&status=hired|status=hired&status=new/);
  await expect(row(page)).toBeVisible();
  const response = await page.goto('/employer/applications?status=bogus&vacancy=nope&page=-4&q=%25');
  expect(response?.status()).toBe(200);
});

test('opening the application marks it viewed and shows the candidate with contact links', async ({ page }) => {
  await page.goto(`/employer/applications?vacancy=${vacancyId}`, { timeout: 60_000 });
  await row(page).getByRole('link', { name: CANDIDATE.name }).click();
  // The list's filters ride along, for next/previous on the application page.
  await expect(page).toHaveURL(new RegExp(`/employer/applications/${applicationId}\\?vacancy=${vacancyId}$`), { timeout: 90_000 });
  await expect(page.getByRole('heading', { level: 1, name: CANDIDATE.name })).toBeVisible();
  await expect(page.locator('h1 + dl [data-status="viewed"]')).toHaveText('Просмотрен');
  expect(await statusInDb()).toBe('viewed');
  const candidate = page.getByTestId('candidate');
  await expect(candidate.getByRole('link', { name: CANDIDATE.email })).toHaveAttribute('href', `mailto:${CANDIDATE.email}`);
  await expect(candidate.getByRole('link', { name: '+7 912 345-67-89' })).toHaveAttribute('href', 'tel:+79123456789');
  await expect(candidate.getByRole('link', { name: '@anna_test' })).toHaveAttribute('href', 'https://t.me/anna_test');
  await expect(candidate).toContainText('Английский');
  await expectNoSeriousA11yViolations(page);
});

test('the employer shortlists and adds a private note', async ({ page }) => {
  await page.goto(`/employer/applications/${applicationId}`, { timeout: 60_000, waitUntil: 'networkidle' });
  // While the move is on its way the pressed button says so and no button of the form can send it twice.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/employer/applications/${applicationId}`, async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Отобрать' }).click();
  await expect(page.getByRole('button', { name: 'Сохраняем…' })).toBeDisabled();
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Статус обновлён' })).toBeVisible();
  await page.unroute(`**/employer/applications/${applicationId}`);
  await expect(page.locator('h1 + dl [data-status]')).toHaveText('Отобран');
  expect(await statusInDb()).toBe('shortlisted');

  await page.getByRole('button', { name: 'Добавить заметку' }).click();
  await expect(page.getByText('Напишите заметку.')).toBeVisible();
  await page.getByLabel('Новая заметка').fill(`Сильный кандидат, позвонить ${TAG}`);
  await page.getByRole('button', { name: 'Добавить заметку' }).click();
  await expect(page.getByTestId('notes')).toContainText(`Сильный кандидат, позвонить ${TAG}`);
  const [author] = await query<{ name: string }>('SELECT name FROM users WHERE email = $1', [EMPLOYER.email]);
  await expect(page.getByTestId('notes')).toContainText(author!.name);
  await expect(page.getByLabel('Новая заметка')).toHaveValue('');
});

test('the employer invites with an edited mail that lands in the outbox', async ({ page }) => {
  await page.goto(`/employer/applications/${applicationId}`, { timeout: 60_000 });
  const step = page.locator('[data-step="invited"]');
  await step.locator('summary').click();
  const text = step.getByLabel('Текст письма');
  await expect(text).toHaveValue(/Здравствуйте, Анна Тестова/);
  await text.fill(`Анна, ждём вас в пятницу в 15:00. ${TAG}`);
  await expect(step.getByLabel('Отправить кандидату письмо')).toBeChecked();
  await step.getByRole('button', { name: 'Пригласить на собеседование' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'письмо кандидату отправлено' })).toBeVisible();
  await expect(page.locator('h1 + dl [data-status]')).toHaveText('Приглашение');
  expect(await statusInDb()).toBe('invited');
  const mails = await query<{ subject: string; text: string; kind: string }>('SELECT subject, text, kind FROM outbox_mail WHERE "to" = $1', [CANDIDATE.email]);
  expect(mails).toHaveLength(1);
  expect(mails[0]!.kind).toBe('application-invited');
  expect(mails[0]!.subject).toContain(`Оператор чата ${TAG}`);
  expect(mails[0]!.text).toContain(`Анна, ждём вас в пятницу в 15:00. ${TAG}`);
});

test('the notice preference is saved for the signed-in member', async ({ page }) => {
  await page.goto('/employer/applications', { timeout: 60_000 });
  const form = page.getByTestId('notice-preference');
  await form.getByLabel('Раз в день — одна сводка за сутки').check();
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('status')).toContainText('Настройка уведомлений сохранена');
  const [user] = await query<{ mode: string }>('SELECT "applicationNotices"::text AS mode FROM users WHERE email = $1', [EMPLOYER.email]);
  expect(user!.mode).toBe('daily');
});

test('the CSV export downloads the filtered rows in the page language', async ({ page }) => {
  await page.goto(`/employer/applications?vacancy=${vacancyId}`, { timeout: 60_000 });
  const link = page.getByRole('link', { name: 'Экспорт CSV' });
  await expect(link).toHaveAttribute('href', `/api/employer/applications/export?vacancy=${vacancyId}&lang=ru`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('otkliki.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFДата отклика (МСК);Статус;Вакансия;Имя;Почта;Телефон;')).toBe(true);
  // Cells starting with + or @ are defused with a leading quote: no spreadsheet formulas from candidates' input.
  expect(csv).toContain(`;Приглашение;Оператор чата ${TAG};${CANDIDATE.name};${CANDIDATE.email};'+7 912 345-67-89;'@anna_test;"Русский — родной; Английский — B2, выше среднего";`);
  expect(csv.trim().split('\r\n')).toHaveLength(2);
  const bad = await page.request.get('/api/employer/applications/export?status=bogus&vacancy=1');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).details).toEqual(expect.arrayContaining([expect.objectContaining({ param: 'status' }), expect.objectContaining({ param: 'vacancy' })]));
});

test.describe('another employer', () => {
  test.use({ storageState: OTHER_STATE });
  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(600_000);
    await saveSignedInState(browser, testInfo.project.use.baseURL, OTHER, OTHER_STATE);
  });

  test('gets 404 on the application and the vacancy filter, and an export without it', async ({ page }) => {
    expect((await page.goto(`/employer/applications/${applicationId}`, { timeout: 60_000 }))?.status()).toBe(404);
    expect((await page.goto(`/employer/applications/${randomUUID()}`))?.status()).toBe(404);
    expect((await page.goto('/employer/applications/not-a-uuid'))?.status()).toBe(404);
    await page.goto(`/employer/applications?vacancy=${vacancyId}`);
    await expect(page.getByText(CANDIDATE.name)).toHaveCount(0);
    expect((await page.request.get(`/api/employer/applications/export?vacancy=${vacancyId}`)).status()).toBe(404);
    const all = await page.request.get('/api/employer/applications/export');
    expect(all.status()).toBe(200);
    expect(await all.text()).not.toContain(TAG);
    expect(await statusInDb()).toBe('invited');
  });
});

test.describe('anonymous', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('is sent to sign in, and the export answers 401', async ({ page }) => {
    await page.goto(`/employer/applications/${applicationId}`, { timeout: 60_000 });
    await expect(page).toHaveURL(/\/signin/);
    expect((await page.request.get('/api/employer/applications/export')).status()).toBe(401);
  });
});
