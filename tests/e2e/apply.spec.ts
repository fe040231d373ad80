import { randomUUID } from 'node:crypto';
import { asNewClient, expect as baseExpect, type Page, test } from './support/test';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';

const DAY = 86_400_000;
// Server actions under `next dev` on a busy machine take seconds; the assertions wait for them.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 180_000 });
// Every row this spec makes carries the tag, so it finds (and cleans up) only its own.
const TAG = `e2e-apply-${randomUUID().slice(0, 8)}`;
const candidate = (name: string) => `${name}-${TAG}@candidate.example`;
let slug = '';
let vacancyId = '';

// Application limits count per client address; each test is a client of its own.

test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    `SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = 'employer1@chatshift.example' LIMIT 1`,
  );
  slug = `${TAG}-operator`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
       status, "applyMode", "publishedAt", "expiresAt", "updatedAt", "contractTypes")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience',
       'published', 'form', $4, $5, now(), '{employment}')
     RETURNING id`,
    [slug, company!.id, `Оператор чата ${TAG}`, new Date(Date.now() - DAY), new Date(Date.now() + 20 * DAY)],
  );
  vacancyId = row!.id;
});

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}%`]);
  await query(`DELETE FROM outbox_mail WHERE "to" LIKE $1 OR subject LIKE $1`, [`%${TAG}%`]);
});

test.beforeEach(({ context }) => asNewClient(context));

const applicationOf = async (email: string) =>
  (await query<{ status: string; name: string; telegram: string | null; languages: unknown }>(
    'SELECT status::text AS status, name, telegram, languages FROM applications WHERE "vacancyId" = $1 AND email = $2',
    [vacancyId, email],
  ))[0];

async function openVacancy(page: Page) {
  // Generous: under `next dev` the first visit compiles the route.
  // networkidle: with JavaScript, act once the page is hydrated (a click before that is a plain POST, which works too).
  await page.goto(`/vacancies/${slug}`, { timeout: 60_000, waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { name: 'Отклик' })).toBeVisible();
}

async function fill(page: Page, values: { name: string; email: string }) {
  await page.getByLabel('Имя и фамилия').fill(values.name);
  await page.getByLabel('Электронная почта').fill(values.email);
  await page.getByLabel('Telegram (необязательно)').fill('@anna_chat');
  await page.getByLabel('Язык 1').selectOption('ru');
  await page.getByLabel('Уровень 1').selectOption('native');
  await page.getByLabel('Сопроводительное письмо (необязательно)').fill('Год отвечала покупателям в чате маркетплейса.');
  await page.getByLabel(/Даю согласие/).check();
}

test('applies with JavaScript: an error at the field keeps the values, then the confirmation', async ({ page }) => {
  const email = candidate('js');
  await openVacancy(page);
  await fill(page, { name: 'Анна Смирнова', email: 'anna@' });
  await page.getByRole('button', { name: 'Отправить отклик' }).click();

  const emailField = page.getByLabel('Электронная почта');
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Проверьте адрес почты')).toBeVisible();
  await expect(emailField).toBeFocused();
  await expect(page.getByLabel('Имя и фамилия')).toHaveValue('Анна Смирнова');
  await expect(page.getByLabel('Язык 1')).toHaveValue('ru');
  await expect(page.getByLabel(/Даю согласие/)).toBeChecked();

  await emailField.fill(email);
  // The form refuses to be sent within 3 s of rendering; a person takes longer than this test.
  await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => (input.value = String(Date.now() - 10_000)));
  await page.getByRole('button', { name: 'Отправить отклик' }).click();
  const success = page.getByTestId('apply-success');
  await expect(success).toContainText('Отклик отправлен');
  await expect(success).toContainText(email);
  expect(await applicationOf(email)).toMatchObject({ status: 'new', name: 'Анна Смирнова', telegram: '@anna_chat', languages: [{ language: 'ru', level: 'native' }] });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('applies with server-side errors and the confirmation', async ({ page }) => {
    const email = candidate('nojs');
    await openVacancy(page);
    await fill(page, { name: 'Олег Петров', email: 'oleg@@example' });
    await page.getByRole('button', { name: 'Отправить отклик' }).click();
    await expect(page.getByLabel('Электронная почта')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Электронная почта')).toHaveValue('oleg@@example');
    await expect(page.getByLabel('Имя и фамилия')).toHaveValue('Олег Петров');
    await expect(page.getByLabel(/Даю согласие/)).toBeChecked();

    await page.getByLabel('Электронная почта').fill(email);
    // The first render is more than 3 s old by now; the kept startedAt says so.
    await page.waitForTimeout(3_100);
    await page.getByRole('button', { name: 'Отправить отклик' }).click();
    await expect(page.getByTestId('apply-success')).toContainText(email);
    expect(await applicationOf(email)).toMatchObject({ status: 'new', name: 'Олег Петров' });
  });
});

test('withdraws from the mailed link only after confirming', async ({ page }) => {
  const email = candidate('withdraw');
  await openVacancy(page);
  await fill(page, { name: 'Вера Кузнецова', email });
  await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => (input.value = String(Date.now() - 10_000)));
  await page.getByRole('button', { name: 'Отправить отклик' }).click();
  await expect(page.getByTestId('apply-success')).toBeVisible();

  let link = '';
  await expect
    .poll(async () => {
      const [mail] = await query<{ text: string }>(`SELECT text FROM outbox_mail WHERE "to" = $1 AND kind = 'application-received'`, [email]);
      link = /https?:\/\/\S+(\/applications\/withdraw\/[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
      return link;
    })
    .not.toBe('');

  // Opening the link (as a mail scanner would) changes nothing.
  await page.goto(link);
  await expect(page.getByText(`Ваш отклик на вакансию «Оператор чата ${TAG}»`)).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect((await applicationOf(email))?.status).toBe('new');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Отозвать отклик' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Отклик отозван' })).toBeVisible();
  expect((await applicationOf(email))?.status).toBe('withdrawn');

  await page.goto(link);
  await expect(page.getByText('Ссылка не работает')).toBeVisible();
});

test('the vacancy page with the form passes axe, error state included, and claims direct apply', async ({ page }) => {
  await openVacancy(page);
  await expectNoSeriousA11yViolations(page);
  const postings = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(postings.map((s) => JSON.parse(s) as Record<string, unknown>).find((d) => d['@type'] === 'JobPosting')).toMatchObject({ directApply: true });

  await page.getByRole('button', { name: 'Отправить отклик' }).click();
  await expect(page.getByLabel('Имя и фамилия')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
});

test('the English page applies in English', async ({ page }) => {
  const email = candidate('en');
  await page.goto(`/en/vacancies/${slug}`, { timeout: 60_000, waitUntil: 'networkidle' });
  await page.getByLabel('Full name').fill('Jane Doe');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel(/I agree that ChatShift/).check();
  await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => (input.value = String(Date.now() - 10_000)));
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByTestId('apply-success')).toContainText('Application sent');
  await expect
    .poll(async () => (await query<{ subject: string }>(`SELECT subject FROM outbox_mail WHERE "to" = $1`, [email]))[0]?.subject)
    .toMatch(/^Your application to/);
});
