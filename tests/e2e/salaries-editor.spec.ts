import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { saveSignedInState } from './support/sign-in';

// The vacancy editor's market hint: it follows the industry, schedule and currency as the employer picks them.
// Signs in as the second demo employer (the editor spec uses the first; sign-ins are limited per account).
const EMPLOYER = { email: 'employer2@chatshift.example', password: 'demo-employer-2' };
const STATE = path.join(os.tmpdir(), `salaries-editor-e2e-${process.pid}.json`);
test.describe.configure({ mode: 'serial' });
test.use({ storageState: STATE });

test.beforeAll(async ({ browser }, testInfo) => saveSignedInState(browser, testInfo.project.use.baseURL, EMPLOYER, STATE));
test.afterAll(() => rm(STATE, { force: true }));

const combo = (page: Page, name: string) => page.getByRole('combobox', { name: new RegExp(`^${name}`) });

test('the editor shows the market range for the chosen industry, schedule and currency', async ({ page }) => {
  await page.goto('/employer/vacancies/new');
  const hint = page.getByText('Зарплаты на рынке', { exact: true }).locator('..');
  await expect(hint).toContainText('Выберите отрасль');

  await combo(page, 'Отрасль').selectOption('finance');
  await expect(hint.getByRole('listitem').first()).toContainText('медиана');
  await expect(hint.getByRole('listitem').first()).toContainText('Банки и финтех');

  await combo(page, 'График').selectOption('shift');
  await expect(hint.getByRole('listitem').first()).toContainText('медиана');

  await combo(page, 'Валюта').selectOption('USD');
  await expect(hint.getByRole('listitem').first()).toContainText('$');
  await expect(hint.getByRole('link', { name: 'Подробнее о зарплатах' })).toHaveAttribute('href', '/salaries');
});
