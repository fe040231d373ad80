import { randomUUID } from 'node:crypto';
import { expectNoSeriousA11yViolations } from './support/axe';
import { AUTH, DEMO } from './support/auth';
import { query } from './support/db';
import { expect, test } from './support/test';

// The employer's vacancy statistics (issue 12 part 4): the chart's axes, values on hover and keyboard focus, the
// empty state, and apply clicks that are never fewer than applications (decision 025).

const TAG = `e2e-stats-${randomUUID().slice(0, 8)}`;
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
const ids = { busy: '', draft: '' };

test.use({ storageState: AUTH.employer1, navigationTimeout: 90_000, actionTimeout: 30_000 });
test.describe.configure({ mode: 'serial' });

async function insertVacancy(name: string, published: boolean): Promise<string> {
  const [company] = await query<{ id: string }>(
    'SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1',
    [DEMO.employer1.email],
  );
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status,
       "applyMode", "publishedAt", "expiresAt", "updatedAt", "contractTypes")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience', $4, 'form', $5, $6, now(), '{employment}')
     RETURNING id`,
    [`${TAG}-${name}`, company!.id, `Оператор ${TAG} ${name}`, published ? 'published' : 'draft',
      published ? new Date(Date.now() - 20 * 86_400_000) : null, published ? new Date(Date.now() + 10 * 86_400_000) : null],
  );
  return row!.id;
}

test.beforeAll(async () => {
  ids.busy = await insertVacancy('busy', true);
  ids.draft = await insertVacancy('draft', false);
  // Twenty Moscow days of views, with applications on a few of them (and as many clicks, as the app counts them).
  await query(
    `INSERT INTO vacancy_daily_stats ("vacancyId", day, views, "applyClicks", applications)
     SELECT $1::uuid, (now() AT TIME ZONE 'Europe/Moscow')::date - n, 10 + (n * 7) % 23, CASE WHEN n % 4 = 0 THEN 3 ELSE 1 END, CASE WHEN n % 4 = 0 THEN 2 ELSE 0 END
     FROM generate_series(0, 19) AS n`,
    [ids.busy],
  );
});

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE title LIKE $1', [`%${TAG}%`]);
});

test('the chart has a count axis, dates and a value for every day, on hover and in its accessible name', async ({ page }) => {
  await page.goto(`/employer/vacancies/${ids.busy}`);
  const chart = page.getByTestId('views-chart');
  await expect(chart.getByText('Просмотры и отклики по дням')).toBeVisible();
  const days = page.locator('[data-day]');
  await expect(days).toHaveCount(21);
  // One Tab stop for the chart (the latest day); the arrow keys move between days.
  await expect(page.locator('[data-day][tabindex="0"]')).toHaveCount(1);
  const today = days.last();
  await expect(today).toHaveAttribute('aria-label', /^\d{1,2} [а-яё]+\.?: \d+ просмотр(а|ов)?, 2 отклика$/);
  await today.hover();
  await expect(today.getByText('2 отклика')).toBeVisible();
  await today.focus();
  await expect(today.getByText(/\d+ просмотр/)).toBeVisible();
  // The y axis's round ticks from 0 (the busiest day has 32 views: 0, 10, 20, 30, 40).
  await expect(page.getByTestId('views-chart-axis')).toHaveText('010203040');
  await expectNoSeriousA11yViolations(page);
});

test('the chart speaks English dates in English', async ({ page }) => {
  await page.goto(`/en/employer/vacancies/${ids.busy}`);
  await expect(page.locator('[data-day]').last()).toHaveAttribute('aria-label', /^[A-Z][a-z]{2} \d{1,2}: \d+ views?, 2 applications$/);
});

test('a vacancy never published says when views will come instead of an empty box', async ({ page }) => {
  await page.goto(`/employer/vacancies/${ids.draft}`);
  await expect(page.getByTestId('views-chart-empty')).toHaveText('Пока нет просмотров — они появятся после публикации вакансии.');
  await expect(page.locator('[data-day]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('apply clicks are explained beside the figure and count a started form once a day', async ({ page, request }) => {
  await page.goto(`/employer/vacancies/${ids.busy}`);
  const hint = page.getByRole('button', { name: 'Что считается кликом' });
  await hint.focus();
  await expect(page.locator('#clicks-hint-vacancy')).toBeVisible();
  await expect(page.locator('#clicks-hint-vacancy')).toContainText('Каждый отправленный отклик тоже считается кликом');
  const clicks = Number(await page.getByTestId('stat-applyClicks-30').innerText());
  const applications = Number(await page.getByTestId('stat-applications-30').innerText());
  expect(clicks).toBeGreaterThanOrEqual(applications);

  // The vacancy page's form sends this on the first thing typed; the same visitor counts once that day.
  const start = () => request.post(`/api/vacancies/${ids.busy}/apply/start`, { headers: { 'user-agent': CHROME, 'sec-fetch-site': 'same-origin' } });
  expect((await start()).status()).toBe(204);
  expect((await start()).status()).toBe(204);
  expect((await request.post(`/api/vacancies/${ids.busy}/apply/start`, { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } })).status()).toBe(204);
  expect((await request.post('/api/vacancies/not-an-id/apply/start')).status()).toBe(404);
  await page.reload();
  await expect(page.getByTestId('stat-applyClicks-30')).toHaveText(String(clicks + 1));
});
