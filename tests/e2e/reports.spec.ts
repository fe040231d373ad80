import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Browser } from './support/test';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signInOn } from './support/sign-in';

const ADMIN = { email: 'admin@chatshift.example', password: 'demo-admin-2026' };
const EMPLOYER = { email: 'employer2@chatshift.example', password: 'demo-employer-2' };
const OWNER_EMAIL = 'employer1@chatshift.example';
const DAY = 86_400_000;
// Server round trips on the shared dev server can be slow when several suites run at once.
const expect = baseExpect.configure({ timeout: 30_000 });

// Every title and slug carries this run's tag, so the spec finds (and cleans up) only its own rows.
const TAG = `e2e-rep-${randomUUID().slice(0, 8)}`;
const vacancies = { js: { id: '', slug: `${TAG}-js`, title: `Оператор ${TAG} js` }, noJs: { id: '', slug: `${TAG}-nojs`, title: `Оператор ${TAG} nojs` } };

// Reports are limited per address: each context comes from its own address (support/test.ts).

async function newClient(browser: Browser, baseURL: string | undefined, javaScriptEnabled = true) {
  return browser.newContext({ baseURL, javaScriptEnabled });
}


// The shared dev server compiles each page on its first visit: allow for that.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    'SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1',
    [OWNER_EMAIL],
  );
  for (const v of Object.values(vacancies)) {
    const [row] = await query<{ id: string }>(
      `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
         status, "publishedAt", "expiresAt", "updatedAt", "contractTypes")
       VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience', 'published', $4, $5, now(), '{employment}')
       RETURNING id`,
      [v.slug, company!.id, v.title, new Date(Date.now() - DAY), new Date(Date.now() + 20 * DAY)],
    );
    v.id = row!.id;
  }
});

test.afterAll(async () => {
  const ids = Object.values(vacancies).map((v) => v.id).filter(Boolean);
  await query('DELETE FROM audit_log WHERE "targetId" = ANY($1)', [ids]);
  await query(`DELETE FROM outbox_mail WHERE kind = 'vacancy-removed' AND text LIKE $1`, [`%${TAG}%`]);
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}%`]);
});

test('a candidate reports a vacancy from its page', async ({ browser }, testInfo) => {
  const context = await newClient(browser, testInfo.project.use.baseURL);
  const page = await context.newPage();
  try {
    await page.goto(`/vacancies/${vacancies.js.slug}`, { timeout: 60_000 });
    await page.getByRole('link', { name: 'Пожаловаться на вакансию' }).click();
    await expect(page).toHaveURL(new RegExp(`/vacancies/${vacancies.js.slug}/report$`), { timeout: 90_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Пожаловаться на вакансию' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page);

    // Checked in the browser first: nothing chosen, then "other" without details.
    await page.getByRole('button', { name: 'Отправить жалобу' }).click();
    await expect(page.getByText('Выберите, что не так с вакансией')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('radio', { name: 'Другое' }).check();
    await page.getByRole('button', { name: 'Отправить жалобу' }).click();
    await expect(page.getByText('Опишите, что не так')).toBeVisible();
    await expect(page.getByLabel('Подробности')).toBeFocused();
    await page.getByLabel('Подробности').fill(`Просят перевести 2000 рублей за «доступ к обучению» ${TAG}`);
    await page.getByLabel('Почта для связи (необязательно)').fill('candidate@example.com');
    await page.getByRole('button', { name: 'Отправить жалобу' }).click();

    await expect(page).toHaveURL(/\/report\?sent=1$/, { timeout: 90_000 });
    await expect(page.getByRole('heading', { name: 'Спасибо, жалоба отправлена' })).toBeVisible();
    const rows = await query<{ category: string; reporterEmail: string; reporterHash: string }>(
      'SELECT category::text, "reporterEmail", "reporterHash" FROM scam_reports WHERE "vacancyId" = $1',
      [vacancies.js.id],
    );
    expect(rows).toEqual([{ category: 'other', reporterEmail: 'candidate@example.com', reporterHash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  } finally {
    await context.close();
  }
});

test('reporting works without JavaScript, errors included', async ({ browser }, testInfo) => {
  const context = await newClient(browser, testInfo.project.use.baseURL, false);
  const page = await context.newPage();
  try {
    await page.goto(`/vacancies/${vacancies.noJs.slug}/report`, { timeout: 60_000 });
    await page.getByRole('radio', { name: 'Другое' }).check();
    await page.getByLabel('Почта для связи (необязательно)').fill('nojs@example.com');
    await page.getByRole('button', { name: 'Отправить жалобу' }).click();
    await expect(page.locator('[role="alert"]')).toContainText('Проверьте поля');
    await expect(page.getByText('Опишите, что не так')).toBeVisible();
    await expect(page.getByLabel('Почта для связи (необязательно)')).toHaveValue('nojs@example.com');
    await expect(page.getByRole('radio', { name: 'Другое' })).toBeChecked();

    await page.getByRole('radio', { name: 'Мошенничество' }).check();
    await page.getByRole('button', { name: 'Отправить жалобу' }).click();
    await expect(page).toHaveURL(/\/report\?sent=1$/, { timeout: 90_000 });
    await expect(page.getByRole('heading', { name: 'Спасибо, жалоба отправлена' })).toBeVisible();
    const rows = await query<{ category: string }>('SELECT category::text FROM scam_reports WHERE "vacancyId" = $1', [vacancies.noJs.id]);
    expect(rows).toEqual([{ category: 'scam' }]);
  } finally {
    await context.close();
  }
});

test('the admin removes a reported vacancy, and its page is gone', async ({ browser }, testInfo) => {
  // A few more reports so the vacancy sits near the top of the queue, whatever else is open.
  for (let i = 0; i < 3; i++) {
    await query(`INSERT INTO scam_reports ("vacancyId", category, message) VALUES ($1, 'upfrontPayment', $2)`, [vacancies.js.id, `Ещё жалоба ${i}`]);
  }
  const context = await newClient(browser, testInfo.project.use.baseURL);
  const page = await context.newPage();
  try {
    await signInOn(page, ADMIN);
    await page.goto('/admin/reports', { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Жалобы на вакансии' })).toBeVisible();
    const item = page.locator('article', { has: page.getByRole('heading', { name: vacancies.js.title }) });
    await expect(item).toBeVisible();
    await expect(item.getByTestId('report-count')).toContainText('4 жалобы');
    await expect(item).toContainText('Просят перевести 2000 рублей');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page);

    // A removal needs a reason the employer will read.
    await item.getByRole('button', { name: 'Снять вакансию' }).click();
    // The first call of the action compiles it on the dev server: give it time.
    await expect(item.getByText('Напишите причину')).toBeVisible({ timeout: 90_000 });
    await item.getByLabel('Причина').fill('Требует предоплату за обучение — это запрещено правилами сайта');
    await item.getByRole('button', { name: 'Снять вакансию' }).click();
    // First what it will do, counted now; nothing has happened yet.
    const confirm = item.getByTestId('confirm-step');
    await expect(confirm).toContainText('4 открытые жалобы будут закрыты.');
    await expect(confirm).toContainText('исчезнет с сайта навсегда');
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Да, снять вакансию' }).click();
    await expect(page).toHaveURL(/\/admin\/reports\?done=remove$/, { timeout: 90_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Вакансия снята' })).toBeVisible();
    await expect(page.getByRole('heading', { name: vacancies.js.title })).toHaveCount(0);

    const response = await page.goto(`/vacancies/${vacancies.js.slug}`);
    expect(response?.status()).toBe(404);
    const [row] = await query<{ status: string; moderationReason: string }>('SELECT status::text, "moderationReason" FROM vacancies WHERE id = $1', [vacancies.js.id]);
    expect(row).toEqual({ status: 'removed', moderationReason: 'Требует предоплату за обучение — это запрещено правилами сайта' });
    const open = await query('SELECT 1 FROM scam_reports WHERE "vacancyId" = $1 AND status = \'open\'', [vacancies.js.id]);
    expect(open).toEqual([]);
    const mails = await query('SELECT 1 FROM outbox_mail WHERE "to" = $1 AND kind = \'vacancy-removed\' AND text LIKE $2', [OWNER_EMAIL, `%${TAG}%`]);
    expect(mails.length).toBeGreaterThan(0);

    await page.goto('/admin/reports?status=actioned');
    await expect(page.locator('article', { has: page.getByRole('heading', { name: vacancies.js.title }) })).toContainText('Вакансия снята');
  } finally {
    await context.close();
  }
});

test('an employer gets a 404 on the reports queue', async ({ browser }, testInfo) => {
  const context = await newClient(browser, testInfo.project.use.baseURL);
  const page = await context.newPage();
  try {
    await signInOn(page, EMPLOYER);
    const response = await page.goto('/admin/reports', { timeout: 60_000 });
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Жалобы на вакансии' })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
