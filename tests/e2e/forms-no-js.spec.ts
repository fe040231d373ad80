import { randomUUID } from 'node:crypto';
import { asNewClient, expect as baseExpect, test, type Page } from './support/test';
import { AUTH } from './support/auth';
import { query } from './support/db';

// The form layer (lib/forms, components/forms): every form works as a plain POST, answers with the errors at
// their fields and the values typed, and with JavaScript focuses the first invalid field.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 180_000 });
const DAY = 86_400_000;
const TAG = `e2e-forms-${randomUUID().slice(0, 8)}`;
let slug = '';

test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    `SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = 'employer1@chatshift.example' LIMIT 1`,
  );
  slug = `${TAG}-operator`;
  await query(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
       status, "applyMode", "publishedAt", "expiresAt", "updatedAt", "contractTypes")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience',
       'published', 'form', $4, $5, now(), '{employment}')`,
    [slug, company!.id, `Оператор чата ${TAG}`, new Date(Date.now() - DAY), new Date(Date.now() + 20 * DAY)],
  );
});

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}%`]);
  await query('DELETE FROM companies WHERE name LIKE $1', [`%${TAG}%`]);
  await query('DELETE FROM users WHERE email LIKE $1', [`%${TAG}%`]);
  await query(`DELETE FROM outbox_mail WHERE "to" LIKE $1`, [`%${TAG}%`]);
  await query('DELETE FROM blocked_contacts WHERE reason LIKE $1', [`%${TAG}%`]);
});

test.beforeEach(({ context }) => asNewClient(context));

const errorOf = (page: Page, label: string | RegExp) =>
  page.getByLabel(label).evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent ?? '');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-up answers with field errors and keeps what was typed (never the password), then signs up', async ({ page }) => {
    const email = `owner-${TAG}@company.example`;
    await page.goto('/signup');
    await page.getByLabel('Ваше имя').fill('А');
    await page.getByLabel('Электронная почта').fill('owner@');
    await page.getByLabel('Пароль').fill('short');
    await page.getByLabel('Название компании').fill(`Поддержка ${TAG}`);
    await page.getByRole('button', { name: 'Создать аккаунт' }).click();

    await expect(page.getByLabel('Ваше имя')).toHaveAttribute('aria-invalid', 'true');
    expect(await errorOf(page, 'Ваше имя')).toBe('Укажите имя');
    expect(await errorOf(page, 'Электронная почта')).toContain('Проверьте адрес почты');
    expect(await errorOf(page, 'Пароль')).toContain('не короче 10 символов');
    await expect(page.getByLabel('Ваше имя')).toHaveValue('А');
    await expect(page.getByLabel('Электронная почта')).toHaveValue('owner@');
    await expect(page.getByLabel('Название компании')).toHaveValue(`Поддержка ${TAG}`);
    await expect(page.getByLabel('Пароль')).toHaveValue('');
    await expect(page.getByLabel('Название компании')).not.toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Ваше имя').fill('Алина Петрова');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль').fill('Operator-2026-chat');
    await page.getByRole('button', { name: 'Создать аккаунт' }).click();
    await expect(page).toHaveURL(/\/signup\/check-email/);
    expect(await query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(1);
  });

  test('sign-in refuses with a message and keeps the address; the right password lands where the work is', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Электронная почта').fill('nobody@chatshift.example');
    await page.getByLabel('Пароль').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByRole('alert')).toContainText('Неверная почта или пароль');
    await expect(page.getByLabel('Электронная почта')).toHaveValue('nobody@chatshift.example');
    await expect(page.getByLabel('Пароль')).toHaveValue('');

    await page.getByLabel('Электронная почта').fill('not-an-email');
    await page.getByRole('button', { name: 'Войти' }).click();
    expect(await errorOf(page, 'Электронная почта')).toContain('Проверьте адрес почты');
    expect(await errorOf(page, 'Пароль')).toBe('Введите пароль');
  });

  test('the apply form answers with its errors and values, then takes the application', async ({ page }) => {
    const email = `cand-${TAG}@candidate.example`;
    await page.goto(`/vacancies/${slug}`);
    await page.getByLabel('Имя и фамилия').fill('Ирина Соколова');
    await page.getByLabel('Электронная почта').fill('irina@');
    await page.getByLabel('Язык 1').selectOption('en');
    await page.getByLabel('Уровень 1').selectOption('B2');
    await page.getByRole('button', { name: 'Отправить отклик' }).click();

    await expect(page.getByLabel('Электронная почта')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Имя и фамилия')).toHaveValue('Ирина Соколова');
    await expect(page.getByLabel('Язык 1')).toHaveValue('en');
    await expect(page.getByLabel('Уровень 1')).toHaveValue('B2');
    await expect(page.getByText(/согласие/).locator('..').locator('..').locator('p[id$="-error"]')).toBeVisible();

    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel(/Даю согласие/).check();
    // A person takes longer than three seconds; the form carries when it was first shown.
    await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => (input.value = String(Date.now() - 10_000)));
    await page.getByRole('button', { name: 'Отправить отклик' }).click();
    await expect(page.getByTestId('apply-success')).toContainText(email);
  });

  test.describe('as the admin', () => {
    test.use({ storageState: AUTH.admin });

    test('an admin decision (blocking a contact) shows its errors, keeps the reason, then does it', async ({ page }) => {
      await page.goto('/admin/contacts');
      const form = page.getByTestId('block-contact-form');
      await form.getByLabel('Вид контакта').selectOption('telegram');
      await form.getByLabel('Контакт', { exact: true }).fill('not a telegram at all!!');
      await form.getByLabel('Причина').fill(`Мошенники просят предоплату ${TAG}`);
      await form.getByRole('button', { name: 'Заблокировать' }).click();

      const again = page.getByTestId('block-contact-form');
      await expect(again.getByLabel('Контакт', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(again.getByText('Это не похоже на Telegram')).toBeVisible();
      await expect(again.getByLabel('Причина')).toHaveValue(`Мошенники просят предоплату ${TAG}`);
      await expect(again.getByLabel('Контакт', { exact: true })).toHaveValue('not a telegram at all!!');

      const handle = `@scam_${TAG.slice(-8).replace(/-/g, '_')}`;
      await again.getByLabel('Контакт', { exact: true }).fill(handle);
      await again.getByRole('button', { name: 'Заблокировать' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Контакт заблокирован' })).toBeVisible();
      expect(await query('SELECT 1 FROM blocked_contacts WHERE reason LIKE $1', [`%${TAG}%`])).toHaveLength(1);
    });
  });
});

test('with JavaScript the first invalid field takes focus and the form is not sent', async ({ page }) => {
  await page.goto('/signup', { waitUntil: 'networkidle' });
  await page.getByLabel('Электронная почта').fill('owner@');
  await page.getByRole('button', { name: 'Создать аккаунт' }).click();
  await expect(page.getByLabel('Ваше имя')).toBeFocused();
  await expect(page.getByLabel('Ваше имя')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Электронная почта')).toHaveValue('owner@');
  await expect(page).toHaveURL(/\/signup$/);
});
