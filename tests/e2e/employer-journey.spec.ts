import { randomUUID } from 'node:crypto';
import { asNewClient, expect, type Page, test } from './support/test';
import { query } from './support/db';
import { createToken } from '../../lib/accounts/tokens';
import { mailedPath } from './support/mail';

// The whole way in for a new employer, end to end: sign up → confirm by the mailed link → sign in →
// a vacancy with two shift slots and three languages → preview → submit; and a colleague who joins
// through an invitation link.

const PASSWORD = 'calm-shift-2048';

const uniqueEmail = (tag: string) => `e2e-${tag}-${randomUUID().slice(0, 10)}@chatshift.example`;
const combo = (page: Page, name: string) => page.getByRole('combobox', { name: new RegExp(`^${name}`) });

test.beforeEach(({ context }) => asNewClient(context));

async function removeAccount(email: string): Promise<void> {
  await query(`DELETE FROM companies WHERE id IN (SELECT m."companyId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1)`, [email]);
  await query('DELETE FROM users WHERE email = $1', [email]);
  await query('DELETE FROM verification_tokens WHERE identifier = $1', [email]);
  await query('DELETE FROM outbox_mail WHERE "to" = $1', [email]);
}

test('sign up, confirm by mail, write a vacancy with two shifts and three languages, preview it and submit it', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('journey');
  const title = `Оператор чата ночной и дневной ${randomUUID().slice(0, 6)}`;
  try {
    await page.goto('/signup');
    await page.getByLabel('Ваше имя').fill('Ольга Путь');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Название компании').fill('Путь поддержки');
    await page.getByRole('button', { name: 'Создать аккаунт' }).click();
    await expect(page).toHaveURL(/\/signup\/check-email/, { timeout: 20_000 });

    await page.goto(await mailedPath(email, 'verify-email'));
    await expect(page).toHaveURL(/\/signin\?verified=1/);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/\/employer$/, { timeout: 20_000 });

    await page.goto('/employer/vacancies/new');
    await page.getByLabel('Название вакансии').fill(title);
    await combo(page, 'Отрасль').selectOption('finance');
    await combo(page, 'Занятость').selectOption('full');
    await combo(page, 'Опыт').selectOption('noExperience');
    await combo(page, 'График').selectOption('shift');
    await page.getByLabel('Начало смены 1').fill('21:00');
    await page.getByLabel('Конец смены 1').fill('09:00');
    await page.getByRole('button', { name: 'Добавить смену' }).click();
    await page.getByLabel('Начало смены 2').fill('09:00');
    await page.getByLabel('Конец смены 2').fill('21:00');
    await combo(page, 'Часовой пояс смены 2').selectOption('Asia/Yekaterinburg');
    await page.getByRole('button', { name: 'Добавить язык' }).click();
    await combo(page, 'Язык 2').selectOption('en');
    await combo(page, 'Уровень языка 2').selectOption('B2');
    await page.getByRole('button', { name: 'Добавить язык' }).click();
    await combo(page, 'Язык 3').selectOption('uk');
    await combo(page, 'Уровень языка 3').selectOption('C1');
    await page.getByLabel('От', { exact: true }).fill('50000');
    await page.getByLabel('До', { exact: true }).fill('70000');
    await page.getByLabel('Трудовой договор').check();
    await page.getByLabel('Текст вакансии').fill('Отвечаем клиентам банка в чате: карты, переводы, лимиты. Обучение две недели, наставник на первых сменах.');
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();
    await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const id = new URL(page.url()).pathname.split('/').pop()!;

    await page.goto(`/employer/vacancies/${id}/preview`);
    await expect(page.getByTestId('preview-banner')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('main')).toContainText('21:00 – 09:00');
    await expect(page.getByRole('main')).toContainText('09:00 – 21:00');

    await page.goto(`/employer/vacancies/${id}`);
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await expect(page.locator('[data-status="pending"]')).toHaveText('На модерации');
    const [row] = await query<{ status: string; slots: number; languages: number }>(
      `SELECT v.status::text AS status,
              (SELECT count(*)::int FROM shift_slots s WHERE s."vacancyId" = v.id) AS slots,
              (SELECT count(*)::int FROM vacancy_languages l WHERE l."vacancyId" = v.id) AS languages
         FROM vacancies v WHERE v.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'pending', slots: 2, languages: 3 });
  } finally {
    await removeAccount(email);
  }
});

test('a colleague signs up through an invitation link and joins the company, no confirmation mail needed', async ({ page }) => {
  const email = uniqueEmail('invited');
  const [company] = await query<{ id: string; name: string; owner: string }>(
    `SELECT c.id, c.name, m."userId" AS owner FROM companies c JOIN memberships m ON m."companyId" = c.id
       JOIN users u ON u.id = m."userId" WHERE u.email = 'employer1@chatshift.example' LIMIT 1`,
  );
  const { token, hash } = createToken();
  await query(
    `INSERT INTO company_invitations ("companyId", email, role, "tokenHash", "invitedById", "expiresAt") VALUES ($1, $2, 'member', $3, $4, now() + interval '7 days')`,
    [company!.id, email, hash, company!.owner],
  );
  try {
    await page.goto(`/invitations/${token}`);
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await expect(page).toHaveURL(/\/signup\?invitation=/);
    await expect(page.getByRole('main')).toContainText(company!.name);
    await expect(page.getByLabel('Электронная почта')).toHaveValue(email);
    await expect(page.getByLabel('Название компании')).toHaveCount(0);
    await page.getByLabel('Ваше имя').fill('Игорь Коллега');
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Создать аккаунт' }).click();
    await expect(page).toHaveURL(/\/employer$/, { timeout: 20_000 });

    const [member] = await query<{ role: string; verified: boolean }>(
      `SELECT m.role::text AS role, u."emailVerified" IS NOT NULL AS verified FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1`,
      [email],
    );
    expect(member).toEqual({ role: 'member', verified: true });
    const [accepted] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM company_invitations WHERE email = $1 AND "acceptedAt" IS NOT NULL`, [email]);
    expect(accepted?.n).toBe(1);

    // The link is single-use: opened again it offers no invitation.
    await page.context().clearCookies();
    await page.goto(`/signup?invitation=${token}`);
    await expect(page.getByText('Приглашение не действует')).toBeVisible();
    await expect(page.getByLabel('Название компании')).toBeVisible();
  } finally {
    await query('DELETE FROM company_invitations WHERE email = $1', [email]);
    await query('DELETE FROM users WHERE email = $1', [email]);
  }
});

test('every employer page sends an anonymous visitor to sign in, and the export API answers 401', async ({ page, request }) => {
  const [any] = await query<{ id: string }>('SELECT id FROM vacancies LIMIT 1');
  for (const path of ['/employer', '/employer/vacancies', '/employer/company', '/employer/vacancies/new', `/employer/vacancies/${any!.id}`, `/employer/vacancies/${any!.id}/edit`, `/employer/vacancies/${any!.id}/preview`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin\?callbackUrl=/);
  }
  const response = await request.get('/api/employer/vacancies/export', { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});

test('a password reset ends the sessions signed in with the old password', async ({ page, browser }) => {
  const email = uniqueEmail('reset');
  const { hashPassword } = await import('../../lib/accounts/password');
  await query(`INSERT INTO users (email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, 'Старая Сессия', $2, now(), now())`, [
    email,
    await hashPassword(PASSWORD),
  ]);
  const other = await browser.newContext();
  try {
    await page.goto('/signin');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/\/employer$/, { timeout: 20_000 });

    const [user] = await query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    const { token, hash } = createToken();
    await query(`INSERT INTO password_reset_tokens ("userId", "tokenHash", "expiresAt") VALUES ($1, $2, now() + interval '1 hour')`, [user!.id, hash]);
    const elsewhere = await other.newPage();
    await elsewhere.goto(`/reset-password?token=${token}`);
    await elsewhere.getByLabel('Новый пароль').fill('fresh-shift-4096');
    await elsewhere.getByLabel('Повторите пароль').fill('fresh-shift-4096');
    await elsewhere.getByRole('button', { name: 'Сохранить пароль' }).click();
    await expect(elsewhere).toHaveURL(/\/signin\?reset=1$/, { timeout: 20_000 });

    await page.goto('/employer');
    await expect(page).toHaveURL(/\/signin/);
  } finally {
    await other.close();
    await query('DELETE FROM users WHERE email = $1', [email]);
  }
});
