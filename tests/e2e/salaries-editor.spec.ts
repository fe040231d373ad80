import { expect, test, type Page } from './support/test';
import { AUTH } from './support/auth';

// The vacancy editor's market hint: it follows the industry, schedule and currency as the employer picks them.
test.describe.configure({ mode: 'serial' });
test.use({ storageState: AUTH.employer2 });

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
