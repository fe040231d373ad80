import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test } from './support/test';
import { query } from './support/db';
import { mailedPath } from './support/mail';

// Issue 12, with JavaScript off from the first page to the last: a new employer signs up, confirms the mail,
// lands on the first-run overview, saves a draft with only a title, comes back to it from the vacancy list,
// completes it and submits it for review.

const expect = baseExpect.configure({ timeout: 30_000 });
const TAG = `e2e-draft-${randomUUID().slice(0, 8)}`;
const EMAIL = `${TAG}@employer.example`;
const PASSWORD = 'draft-no-js-2026';
const TITLE = `Оператор чата ${TAG}`;

test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 300_000 });

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE title = $1', [TITLE]);
  await query('DELETE FROM companies WHERE id IN (SELECT m."companyId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1)', [EMAIL]);
  await query('DELETE FROM users WHERE email = $1', [EMAIL]);
  await query('DELETE FROM outbox_mail WHERE "to" = $1', [EMAIL]);
});

test('a new employer drafts a vacancy with only a title, then completes and submits it, all without JavaScript', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Ваше имя').fill('Ирина Черновикова');
  await page.getByLabel('Электронная почта').fill(EMAIL);
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Название компании').fill(`Чат-поддержка ${TAG}`);
  await page.getByRole('button', { name: 'Создать аккаунт' }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);
  await page.goto(await mailedPath(EMAIL, 'verify-email'));

  await page.goto('/signin');
  await page.getByLabel('Электронная почта').fill(EMAIL);
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();

  // The first-run overview: the steps to the first published vacancy, none done but the account.
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { name: 'Первая вакансия — за четыре шага' })).toBeVisible();

  // A draft with only its title saves.
  await page.goto('/employer/vacancies/new');
  await page.getByLabel(/^Название вакансии/).fill(TITLE);
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await expect(page).not.toHaveURL(/\/new$/);
  const [draft] = await query<{ id: string; status: string; industry: string | null }>('SELECT id, status, industry FROM vacancies WHERE title = $1', [TITLE]);
  expect(draft).toMatchObject({ status: 'draft', industry: null });

  // Back to it from the vacancy list, and on to the editor.
  await page.goto('/employer/vacancies');
  await page.getByRole('link', { name: TITLE }).click();
  await page.goto(`/employer/vacancies/${draft!.id}/edit`);
  await expect(page.getByLabel(/^Название вакансии/)).toHaveValue(TITLE);

  // Submitting as it is lists what is missing and changes nothing.
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(page.getByText('Чтобы отправить вакансию на проверку, заполните или исправьте:')).toBeVisible();
  expect((await query<{ status: string }>('SELECT status FROM vacancies WHERE id = $1', [draft!.id]))[0]?.status).toBe('draft');

  // Complete it and submit.
  await page.getByLabel(/^Отрасль/).selectOption('ecommerce');
  await page.getByLabel(/^Занятость/).selectOption('full');
  await page.getByLabel(/^Опыт/).selectOption('noExperience');
  await page.getByLabel(/^График/).selectOption('fullDay');
  await page.getByLabel('Начало смены 1').fill('09:00');
  await page.getByLabel('Конец смены 1').fill('18:00');
  await page.getByLabel(/^Текст вакансии/).fill('Отвечаем покупателям интернет-магазина в чате: статусы заказов, возвраты и доставка. Обучаем за неделю, график 5/2 по Москве.');
  await page.getByRole('checkbox', { name: 'Трудовой договор' }).check();
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();

  await expect.poll(async () => (await query<{ status: string }>('SELECT status FROM vacancies WHERE id = $1', [draft!.id]))[0]?.status).toBe('pending');
});
