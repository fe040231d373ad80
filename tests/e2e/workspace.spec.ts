import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test, type Page } from './support/test';
import { query } from './support/db';
import { saveSignedInState } from './support/sign-in';
import { expectNoSeriousA11yViolations } from './support/axe';
import { hashPassword } from '../../lib/accounts/password';

// The workspace shell: the header knows who is signed in and switches companies (only to the person's own,
// also without JavaScript), the footer offers the workspace instead of the sign-in, the navigation reaches
// every section with its own title, and a fresh employer lands on the first-run overview.

const expect = baseExpect.configure({ timeout: 30_000 });
const TAG = `e2e-ws-${randomUUID().slice(0, 8)}`;
const PASSWORD = 'workspace-e2e-pass';
const EMPLOYER = { email: `${TAG}@test.example`, password: PASSWORD, name: `Алиса ${TAG}` };
const ADMIN = { email: `${TAG}-admin@test.example`, password: PASSWORD };
const COMPANIES = { first: `Первая ${TAG}`, second: `Вторая ${TAG}` };
const STATES = { employer: path.join(os.tmpdir(), `workspace-employer-${process.pid}.json`), admin: path.join(os.tmpdir(), `workspace-admin-${process.pid}.json`) };
const ids = { first: '', second: '', foreign: '' };

// Each test opens several workspace pages, which the shared dev server compiles on first use.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

async function createUser(email: string, name: string, role: 'admin' | 'employer'): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`,
    [email, name, await hashPassword(PASSWORD), role],
  );
  return row!.id;
}

async function createCompany(name: string, userId: string, role: 'owner' | 'member'): Promise<string> {
  const [row] = await query<{ id: string }>(`INSERT INTO companies (slug, name, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [
    `${TAG}-${randomUUID().slice(0, 6)}`,
    name,
  ]);
  await query(`INSERT INTO memberships ("companyId", "userId", role) VALUES ($1, $2, $3)`, [row!.id, userId, role]);
  return row!.id;
}

test.beforeAll(async ({ browser }, testInfo) => {
  const userId = await createUser(EMPLOYER.email, EMPLOYER.name, 'employer');
  ids.first = await createCompany(COMPANIES.first, userId, 'owner');
  await createUser(ADMIN.email, `Админ ${TAG}`, 'admin');
  const [foreign] = await query<{ id: string }>(
    `SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = 'employer2@chatshift.example' LIMIT 1`,
  );
  ids.foreign = foreign!.id;
  await saveSignedInState(browser, testInfo.project.use.baseURL, EMPLOYER, STATES.employer);
  await saveSignedInState(browser, testInfo.project.use.baseURL, ADMIN, STATES.admin);
});

test.afterAll(async () => {
  await query(`DELETE FROM companies WHERE slug LIKE $1`, [`${TAG}-%`]);
  await query(`DELETE FROM users WHERE email LIKE $1`, [`${TAG}%`]);
  await Promise.all(Object.values(STATES).map((file) => rm(file, { force: true })));
});

const accountMenu = (page: Page) => page.getByTestId('account-menu');
async function openAccountMenu(page: Page) {
  await accountMenu(page).locator('summary').click();
  await expect(accountMenu(page).getByTestId('signed-in-name')).toBeVisible();
}

test.describe('an employer', () => {
  test.use({ storageState: STATES.employer });

  test('lands on the first-run overview with the steps to the first vacancy', async ({ page }) => {
    await page.goto('/employer', { timeout: 120_000 });
    await expect(page).toHaveTitle('Обзор кабинета — ChatShift');
    const steps = page.getByTestId('first-run');
    await expect(steps.getByRole('heading', { level: 2 })).toHaveText('Первая вакансия — за четыре шага');
    await expect(page.getByTestId('first-run-progress')).toHaveText('Готово 0 из 4');
    await expect(steps.locator('[data-step]')).toHaveCount(4);
    await expect(steps.locator('[data-step="profile"]')).toHaveAttribute('aria-current', 'step');
    await expect(steps.locator('[data-step="profile"]').getByRole('link', { name: 'Заполнить профиль' })).toHaveAttribute('href', '/employer/company');
    await expect(steps.locator('[data-step="draft"]').getByRole('link', { name: 'Создать вакансию' })).toHaveAttribute('href', '/employer/vacancies/new');
    await expectNoSeriousA11yViolations(page);

    // A step done in the data is marked done on the next visit.
    await query(`UPDATE companies SET description = 'Отвечаем покупателям в чате.' WHERE id = $1`, [ids.first]);
    await page.reload();
    await expect(page.getByTestId('first-run-progress')).toHaveText('Готово 1 из 4');
    await expect(steps.locator('[data-step="profile"]')).toHaveAttribute('data-done', 'true');
    await expect(steps.locator('[data-step="draft"]')).toHaveAttribute('aria-current', 'step');
  });

  test('the header says who is signed in, and the footer offers the workspace, not the sign-in', async ({ page }) => {
    await page.goto('/vacancies', { timeout: 120_000 });
    await expect(accountMenu(page).locator('summary')).toContainText(EMPLOYER.name);
    await openAccountMenu(page);
    await expect(accountMenu(page).getByTestId('signed-in-name')).toHaveText(EMPLOYER.name);
    await expect(accountMenu(page)).toContainText(EMPLOYER.email);
    await expect(accountMenu(page).getByRole('button', { name: 'Выйти' })).toBeVisible();
    // One company: nothing to switch.
    await expect(page.getByTestId('company-switcher')).toHaveCount(0);

    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Кабинет работодателя' })).toHaveAttribute('href', '/employer');
    await expect(footer.getByRole('link', { name: 'Вход для работодателей' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('the navigation reaches every section, marks it, and each page has its own title', async ({ page }) => {
    await page.goto('/employer', { timeout: 120_000 });
    const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
    const sections = [
      { name: 'Вакансии', url: /\/employer\/vacancies$/, heading: 'Вакансии компании', title: 'Вакансии компании — ChatShift' },
      { name: 'Отклики', url: /\/employer\/applications$/, heading: null, title: null },
      { name: 'Компания и команда', url: /\/employer\/company$/, heading: null, title: null },
      { name: 'Аккаунт', url: /\/employer\/account$/, heading: null, title: 'Аккаунт — ChatShift' },
      { name: 'Обзор', url: /\/employer$/, heading: 'Обзор', title: 'Обзор кабинета — ChatShift' },
    ];
    const titles = new Set<string>();
    for (const section of sections) {
      await nav.getByRole('link', { name: section.name, exact: true }).click();
      await expect(page).toHaveURL(section.url);
      await expect(nav.getByRole('link', { name: section.name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      if (section.heading) await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
      if (section.title) await expect(page).toHaveTitle(section.title);
      await expect(page).not.toHaveTitle('ChatShift — работа в чат-поддержке');
      titles.add(await page.title());
    }
    expect(titles.size, 'every section has a title of its own').toBe(sections.length);
  });

  test('the workspace fits a 390 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const p of ['/employer', '/employer/vacancies']) {
      await page.goto(p, { timeout: 120_000 });
      await expect(page.getByRole('navigation', { name: 'Разделы кабинета' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p).toBeLessThanOrEqual(0);
    }
    // The phone menu holds the account: who is signed in and sign-out.
    await page.getByRole('banner').locator('summary', { hasText: /^Меню$/ }).click();
    await expect(page.getByRole('navigation', { name: 'Меню сайта' }).getByRole('button', { name: 'Выйти' })).toBeVisible();
  });

  test('switches between own companies, and only to own ones', async ({ page, browser }) => {
    const [user] = await query<{ id: string }>('SELECT id FROM users WHERE email = $1', [EMPLOYER.email]);
    ids.second = await createCompany(COMPANIES.second, user!.id, 'member');

    await page.goto('/employer', { timeout: 120_000 });
    await expect(page.getByTestId('workspace-title')).toHaveText(COMPANIES.first);
    await openAccountMenu(page);
    const switcher = accountMenu(page).getByTestId('company-switcher');
    await expect(switcher.locator('[aria-current="true"]')).toContainText(COMPANIES.first);
    await switcher.getByRole('button', { name: `Перейти в компанию «${COMPANIES.second}»` }).click();
    await expect(page.getByTestId('workspace-title')).toHaveText(COMPANIES.second);
    await expect(page.getByTestId('overview-company')).toHaveText(COMPANIES.second);
    await expect(page).toHaveURL(/\/employer$/);

    // Another company's id, posted through the same form, changes nothing.
    await openAccountMenu(page);
    const back = accountMenu(page).getByTestId('company-switcher').getByRole('button', { name: `Перейти в компанию «${COMPANIES.first}»` });
    await back.evaluate((button, foreign) => button.setAttribute('value', foreign), ids.foreign);
    await back.click();
    await expect(page).toHaveURL(/\/employer$/);
    await expect(page.getByTestId('workspace-title')).toHaveText(COMPANIES.second);

    // Without JavaScript the switcher is a plain form post.
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: test.info().project.use.baseURL });
    try {
      const plain = await noJs.newPage();
      await plain.goto('/employer', { timeout: 120_000 });
      await plain.getByTestId('account-menu').locator('summary').click();
      await plain.getByTestId('account-menu').getByRole('button', { name: `Перейти в компанию «${COMPANIES.first}»` }).click();
      await expect(plain).toHaveURL(/\/employer$/);
      await expect(plain.getByTestId('workspace-title')).toHaveText(COMPANIES.first);
    } finally {
      await noJs.close();
    }
  });
});

test.describe('an admin', () => {
  test.use({ storageState: STATES.admin });

  test('has the same workspace bar for the admin sections, with their own titles', async ({ page }) => {
    await page.goto('/admin', { timeout: 120_000 });
    const nav = page.getByRole('navigation', { name: 'Разделы модерации' });
    await expect(nav.getByRole('link', { name: 'Обзор' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('admin-link')).toBeVisible();
    const titles = new Set<string>([await page.title()]);
    for (const name of ['Проверка', 'Жалобы', 'Компании', 'Пользователи', 'Журнал']) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      titles.add(await page.title());
    }
    expect(titles.size).toBe(6);

    await page.goto(`/admin/companies/${ids.first}`);
    await expect(page).toHaveTitle(`Компания ${COMPANIES.first} — ChatShift`);
    await expectNoSeriousA11yViolations(page);

    // The footer offers moderation, not the employers' sign-in.
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Модерация' })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Вход для работодателей' })).toHaveCount(0);
  });
});
