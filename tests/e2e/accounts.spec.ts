import { randomUUID } from 'node:crypto';
import { asNewClient, expect, test } from './support/test';
import { query } from './support/db';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';
import { mailedPath } from './support/mail';
import { fillSignInForm } from './support/sign-in';

const PASSWORD = 'calm-shift-2048';

const uniqueEmail = () => `e2e-${randomUUID().slice(0, 12)}@chatshift.example`;

test.beforeEach(({ context }) => asNewClient(context));

/** Removes an address's user (memberships and tokens cascade), its companies and its mail. */
async function removeAccount(email: string): Promise<void> {
  await query(
    `DELETE FROM companies WHERE id IN (SELECT m."companyId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1)`,
    [email],
  );
  await query('DELETE FROM users WHERE email = $1', [email]);
  await query('DELETE FROM verification_tokens WHERE identifier = $1', [email]);
  await query('DELETE FROM outbox_mail WHERE "to" = $1', [email]);
}

/** A confirmed employer made straight in the database, removed after the test. */
async function withEmployer(run: (email: string) => Promise<void>): Promise<void> {
  const email = uniqueEmail();
  await query(
    `INSERT INTO users (email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, 'Вера E2E', $2, now(), now())`,
    [email, await hashPassword(PASSWORD)],
  );
  try {
    await run(email);
  } finally {
    await removeAccount(email);
  }
}

test('an employer signs up, confirms the email, signs in and signs out', async ({ page }) => {
  const email = uniqueEmail();
  try {
    await page.goto('/signup');
    await page.getByLabel('Ваше имя').fill('Анна Тестова');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Название компании').fill('Тестовая поддержка');
    await page.getByRole('button', { name: 'Создать аккаунт' }).click();

    // Sign-up hashes a password and writes three rows; a cold dev server can take a few seconds.
    await expect(page).toHaveURL(/\/signup\/check-email\?email=/, { timeout: 15_000 });
    await expect(page.getByRole('main')).toContainText(email);

    // The link answers with a redirect built from SITE_URL; follow it on the server under test.
    const confirmation = await page.request.get(await mailedPath(email, 'verify-email'), { maxRedirects: 0 });
    expect(confirmation.status()).toBe(303);
    const signInUrl = new URL(confirmation.headers().location ?? '', 'http://any.host');
    expect(`${signInUrl.pathname}${signInUrl.search}`).toBe('/signin?verified=1');
    await page.goto('/signin?verified=1');
    await expect(page.getByRole('status').filter({ hasText: 'Почта подтверждена, войдите' })).toBeVisible();

    await fillSignInForm(page, { email, password: PASSWORD });
    await expect(page).toHaveURL(/\/employer$/, { timeout: 15_000 });

    // Sign-out sits in the header's account menu.
    await page.getByTestId('account-menu').locator('summary').click();
    await page.getByTestId('account-menu').getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 60_000 });
    await page.goto('/employer');
    await expect(page).toHaveURL(/\/signin/);
  } finally {
    await removeAccount(email);
  }
});

test('a rejected sign-up keeps what was typed and says what is wrong with the password', async ({ page }) => {
  const email = uniqueEmail();
  await page.goto('/signup');
  await page.getByLabel('Ваше имя').fill('Олег Тестов');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill('onlyletterspassword');
  await page.getByLabel('Название компании').fill('Поддержка без цифр');
  await page.getByRole('button', { name: 'Создать аккаунт' }).click();

  const password = page.getByLabel('Пароль', { exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/В пароле должны быть и буквы, и цифры/);
  await expect(password).toBeFocused();
  await expect(page.getByLabel('Ваше имя')).toHaveValue('Олег Тестов');
  await expect(page.getByLabel('Электронная почта')).toHaveValue(email);
  await expect(page.getByLabel('Название компании')).toHaveValue('Поддержка без цифр');
  await expect(page).toHaveURL(/\/signup$/);
  expect(await query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
});

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
  await withEmployer(async (email) => {
    await page.goto('/signin');
    await fillSignInForm(page, { email, password: 'not-the-password-1' });
    const alert = page.locator('[role="alert"]').filter({ hasText: /\S/ });
    await expect(alert).toHaveText('Неверная почта или пароль');

    await fillSignInForm(page, { email: uniqueEmail(), password: 'not-the-password-1' });
    await expect(alert).toHaveText('Неверная почта или пароль');
    await expect(page).toHaveURL(/\/signin$/);
  });
});

test('a reset request for an unknown email gets the same notice as for a known one', async ({ page }) => {
  await withEmployer(async (email) => {
    const notices: string[] = [];
    for (const address of [email, uniqueEmail()]) {
      await page.goto('/forgot-password');
      await page.getByLabel('Электронная почта').fill(address);
      await page.getByRole('button', { name: 'Прислать ссылку' }).click();
      const notice = page.getByRole('status').filter({ hasText: /\S/ });
      await expect(notice).toBeVisible();
      notices.push(await notice.innerText());
    }
    expect(notices[0]).toContain('Если такой аккаунт есть');
    expect(notices[1]).toBe(notices[0]);

    // The known address got a working link: a new password, then a sign-in with it.
    await page.goto(await mailedPath(email, 'password-reset'));
    await page.getByLabel('Новый пароль').fill('fresh-shift-4096');
    await page.getByLabel('Повторите пароль').fill('fresh-shift-4096');
    await page.getByRole('button', { name: 'Сохранить пароль' }).click();
    await expect(page).toHaveURL(/\/signin\?reset=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'Пароль изменён' })).toBeVisible();
    await fillSignInForm(page, { email, password: 'fresh-shift-4096' });
    await expect(page).toHaveURL(/\/employer$/);
  });
});

test('signing in works without JavaScript, errors included', async ({ browser }) => {
  await withEmployer(async (email) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/signin');
      await fillSignInForm(page, { email, password: 'not-the-password-1' });
      await expect(page.locator('[role="alert"]')).toHaveText('Неверная почта или пароль');
      await expect(page.getByLabel('Электронная почта')).toHaveValue(email);

      await fillSignInForm(page, { email, password: PASSWORD });
      await expect(page).toHaveURL(/\/employer$/);
    } finally {
      await context.close();
    }
  });
});

test('only same-site paths are passed on as the place to return to', async ({ page }) => {
  const callbackUrl = page.locator('input[name="callbackUrl"]');
  await page.goto('/signin?callbackUrl=%2Femployer%3Ftab%3D1');
  await expect(callbackUrl).toHaveValue('/employer?tab=1');
  for (const bad of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(bad)}`);
    await expect(callbackUrl).toHaveCount(0);
  }
});

test('an expired confirmation link offers a new one', async ({ page }) => {
  await page.goto('/signin?verify=invalid');
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка устарела или уже использована' })).toBeVisible();
  const resend = page.getByRole('region', { name: /Ссылка устарела/ });
  await resend.getByLabel('Электронная почта').fill(uniqueEmail());
  await resend.getByRole('button', { name: 'Отправить ссылку ещё раз' }).click();
  await expect(resend.getByRole('status').filter({ hasText: /новую ссылку/ })).toBeVisible();
});

test('a reset page without a token says so and links to a new request', async ({ page }) => {
  await page.goto('/reset-password');
  await expect(page.getByRole('status')).toContainText('В ссылке нет кода восстановления');
  await page.getByRole('main').getByRole('link', { name: 'Запросить новую ссылку' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test('the password can be shown and hidden again', async ({ page }) => {
  await page.goto('/signup');
  const password = page.getByLabel('Пароль', { exact: true });
  const toggle = page.getByRole('button', { name: 'Показать пароль' });
  await password.fill(PASSWORD);
  await expect(password).toHaveAccessibleDescription('Не короче 10 символов, буквы и цифры');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(password).toHaveAttribute('type', 'text');
  await toggle.click();
  await expect(password).toHaveAttribute('type', 'password');
});

for (const path of ['/signin', '/signup', '/en/signin', '/en/signup']) {
  test(`${path} has no serious accessibility problems and is not indexed`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expectNoSeriousA11yViolations(page);
  });
}
