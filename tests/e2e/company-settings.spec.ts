import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from './support/test';
import { query } from './support/db';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';

// One owner and one company of this spec's own; the tests build on each other, so they run in order.
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'team-shift-4096';
const tag = randomUUID().slice(0, 8);
const ownerEmail = `e2e-owner-${tag}@chatshift.example`;
const colleagueEmail = `e2e-colleague-${tag}@chatshift.example`;
const newSlug = `e2e-team-${tag}-new`;
let companyId = '';
let ownerPage: Page;
let colleaguePage: Page;
let invitationPath = '';

async function createUser(email: string, name: string): Promise<string> {
  const rows = await query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, $2, $3, now(), now()) RETURNING id`,
    [email, name, await hashPassword(PASSWORD)],
  );
  return rows[0]!.id;
}

/** A page in a context of its own (sign-in limits count per client address), signed in through /signin. */
async function signedInPage(browser: Browser, email: string, path = '/signin'): Promise<Page> {
  const context = await browser.newContext({
  });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

test.beforeAll(async ({ browser }) => {
  const ownerId = await createUser(ownerEmail, 'Ольга Владелец');
  await createUser(colleagueEmail, 'Коля Коллега');
  const rows = await query<{ id: string }>(
    `INSERT INTO companies (slug, name, description, industry, "updatedAt") VALUES ($1, $2, 'Старое описание.', 'telecom', now()) RETURNING id`,
    [`e2e-team-${tag}`, `E2E Команда ${tag}`],
  );
  companyId = rows[0]!.id;
  await query(`INSERT INTO memberships ("companyId", "userId", role) VALUES ($1, $2, 'owner')`, [companyId, ownerId]);
  ownerPage = await signedInPage(browser, ownerEmail);
});

test.afterAll(async () => {
  await ownerPage?.context().close();
  await colleaguePage?.context().close();
  await query('DELETE FROM companies WHERE id = $1', [companyId]);
  await query('DELETE FROM users WHERE email = ANY($1)', [[ownerEmail, colleagueEmail]]);
  await query('DELETE FROM outbox_mail WHERE "to" = ANY($1)', [[ownerEmail, colleagueEmail]]);
});

test('the owner edits the profile and the public page shows it', async () => {
  const page = ownerPage;
  await page.goto('/employer/company');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Компания и команда');
  await page.getByLabel('Описание', { exact: true }).fill('Дружная команда поддержки, работаем из дома.');
  await page.getByLabel('Адрес страницы', { exact: true }).fill(newSlug);
  await expect(page.getByText(`Публичная страница: /companies/${newSlug}`)).toBeVisible();
  await page.getByRole('button', { name: 'Сохранить профиль' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Профиль сохранён' })).toBeVisible();

  await page.goto(`/companies/${newSlug}`);
  await expect(page.getByText('Дружная команда поддержки, работаем из дома.')).toBeVisible();
});

test('an invalid website is reported at the field and the other values stay', async () => {
  const page = ownerPage;
  // Typing before the form hydrates can leave the server's default text beside ours: wait for it.
  await page.goto('/employer/company', { waitUntil: 'networkidle' });
  await page.getByLabel('Описание', { exact: true }).fill('Текст, который не должен пропасть.');
  await expect(page.getByLabel('Описание', { exact: true })).toHaveValue('Текст, который не должен пропасть.');
  await page.getByLabel('Сайт', { exact: true }).fill('ftp://example.com');
  await page.getByRole('button', { name: 'Сохранить профиль' }).click();
  const website = page.getByLabel('Сайт', { exact: true });
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Укажите адрес сайта, начиная с https://')).toBeVisible();
  await expect(website).toHaveValue('ftp://example.com');
  await expect(page.getByLabel('Описание', { exact: true })).toHaveValue('Текст, который не должен пропасть.');
  await expect(page.getByLabel('Адрес страницы', { exact: true })).toHaveValue(newSlug);
});

test('the owner invites a colleague by email', async () => {
  const page = ownerPage;
  await page.goto('/employer/company');
  await page.getByLabel('Почта коллеги', { exact: true }).fill(colleagueEmail);
  await page.getByLabel('Роль', { exact: true }).selectOption('member');
  await page.getByRole('button', { name: 'Отправить приглашение' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Приглашение отправлено' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: colleagueEmail })).toBeVisible();

  let text = '';
  await expect
    .poll(async () => {
      const rows = await query<{ text: string }>(
        `SELECT text FROM outbox_mail WHERE "to" = $1 AND kind = 'company-invitation' ORDER BY "createdAt" DESC LIMIT 1`,
        [colleagueEmail],
      );
      return (text = rows[0]?.text ?? '');
    })
    .not.toBe('');
  const link = new URL(text.match(/https?:\/\/\S+/)![0]);
  expect(link.pathname).toMatch(/^\/invitations\/[A-Za-z0-9_-]+$/);
  invitationPath = link.pathname;
});

test('the invited colleague signs in, accepts and joins the company', async ({ browser }) => {
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(invitationPath);
  await expect(visitor.getByRole('link', { name: 'Войти' }).first()).toHaveAttribute(
    'href',
    `/signin?callbackUrl=${encodeURIComponent(invitationPath)}`,
  );
  await expect(visitor.getByRole('main')).not.toContainText(`E2E Команда ${tag}`);
  await anonymous.close();

  colleaguePage = await signedInPage(browser, colleagueEmail, `/signin?callbackUrl=${encodeURIComponent(invitationPath)}`);
  const page = colleaguePage;
  await expect(page).toHaveURL(new RegExp(`${invitationPath}$`));
  await expect(page.getByText(`Вас приглашают в компанию «E2E Команда ${tag}»`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Принять приглашение' }).click();
  await expect(page).toHaveURL(/\/employer$/);
  const rows = await query<{ role: string }>(
    `SELECT m.role FROM memberships m JOIN users u ON u.id = m."userId" WHERE m."companyId" = $1 AND u.email = $2`,
    [companyId, colleagueEmail],
  );
  expect(rows).toEqual([{ role: 'member' }]);
});

test('the only owner cannot leave the company', async () => {
  const page = ownerPage;
  await page.goto('/employer/company');
  const own = page.locator(`[data-member="${ownerEmail}"]`);
  await own.getByRole('button', { name: 'Покинуть компанию' }).click();
  await own.getByRole('button', { name: 'Да, покинуть' }).click();
  await expect(own.getByRole('alert')).toContainText('В компании должен остаться хотя бы один владелец');
  await expect(page).toHaveURL(/\/employer\/company$/);
});

test('a member sees the profile read-only', async () => {
  const page = colleaguePage;
  await page.goto('/employer/company');
  await expect(page.getByText('Изменять профиль могут только владельцы компании.')).toBeVisible();
  await expect(page.getByText(`/companies/${newSlug}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сохранить профиль' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Отправить приглашение' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Удалить' })).toHaveCount(0);
});

test('the owner removes a member after confirming; the page passes axe', async () => {
  const page = ownerPage;
  await page.goto('/employer/company');
  await expectNoSeriousA11yViolations(page);
  const row = page.locator(`[data-member="${colleagueEmail}"]`);
  await row.getByRole('button', { name: 'Удалить' }).click();
  await expect(row.getByText('Удалить Коля Коллега из команды?')).toBeVisible();
  await row.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(row).toHaveCount(0);
  const rows = await query(`SELECT 1 FROM memberships m JOIN users u ON u.id = m."userId" WHERE m."companyId" = $1 AND u.email = $2`, [
    companyId,
    colleagueEmail,
  ]);
  expect(rows).toHaveLength(0);
});
