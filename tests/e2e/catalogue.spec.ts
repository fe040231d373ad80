import { expect, test, type Page } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';

/** The number in «Найдено 1 234 вакансии» / "1,234 vacancies found". */
async function total(page: Page): Promise<number> {
  return Number((await page.locator('#results-heading').innerText()).replace(/\D/g, ''));
}

const cards = (page: Page) => page.locator('main article');

test.describe('catalogue without JavaScript', () => {
  test('filters by industry with the plain GET form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/vacancies');
    const before = await total(page);
    expect(before).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: /^Банки и финтех/ }).check();
    await page.getByRole('button', { name: 'Показать' }).click();

    await page.waitForURL(/[?&]industry=finance(&|$)/);
    const after = await total(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await expect(page.getByRole('checkbox', { name: /^Банки и финтех/ })).toBeChecked();
    for (const card of await cards(page).all()) await expect(card).toContainText('Банки и финтех');
    await context.close();
  });
});

test.describe('catalogue with JavaScript', () => {
  // A zone other than Moscow: the form picks up the browser's zone once it has hydrated.
  test.use({ timezoneId: 'Asia/Almaty' });

  test('applies a filter without a full page load and keeps the URL canonical', async ({ page }) => {
    await page.goto('/vacancies');
    await expect(page.locator('#filter-tz')).toHaveValue('Asia/Almaty');
    const before = await total(page);
    await page.evaluate(() => Object.assign(window, { catalogueMarker: 'kept' }));

    const checkbox = page.getByRole('checkbox', { name: /^Онлайн-школы/ });
    await checkbox.check();
    await page.waitForURL((url) => url.search === '?industry=edtech');
    await expect.poll(() => total(page)).toBeLessThan(before);

    expect(await page.evaluate(() => (window as unknown as { catalogueMarker?: string }).catalogueMarker)).toBe('kept');
    await expect(checkbox).toBeChecked();
    await expect(cards(page).first()).toBeVisible();
    for (const card of await cards(page).all()) await expect(card).toContainText('Онлайн-школы');

    // A link changes the URL from outside the form: the form follows it.
    await page.getByRole('link', { name: 'Убрать фильтр: Онлайн-школы' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect(checkbox).not.toBeChecked();
    expect(await page.evaluate(() => (window as unknown as { catalogueMarker?: string }).catalogueMarker)).toBe('kept');
  });

  test('searches as you type, keeping the focus in the field', async ({ page }) => {
    await page.goto('/vacancies');
    await expect(page.locator('#filter-tz')).toHaveValue('Asia/Almaty');
    const search = page.getByLabel('Поиск по вакансиям');
    await search.pressSequentially('оператор', { delay: 40 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'оператор');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('оператор');
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('оператор');
    await expect(cards(page).first()).toContainText(/оператор/i);
  });

  test('sorts by salary from the toolbar', async ({ page }) => {
    await page.goto('/vacancies');
    await expect(page.locator('#filter-tz')).toHaveValue('Asia/Almaty');
    await page.getByLabel('Сортировка').selectOption('salary');
    await page.waitForURL(/sort=salary/);
    await expect(cards(page).first()).toBeVisible();
  });
});

test('search finds vacancies by a word form', async ({ page }) => {
  const response = await page.goto('/vacancies?q=операторы');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('операторы');
  await expect(page.getByLabel('Поиск по вакансиям')).toHaveValue('операторы');
  expect(await cards(page).count()).toBeGreaterThan(0);
  await expect(cards(page).first()).toContainText(/оператор/i);
  await expect(page.getByLabel('Сортировка')).toHaveValue('');
  await expect(page.getByLabel('Сортировка').locator('option:checked')).toHaveText('По соответствию');
});

test('paginates with prev/next links, which carry the cursor of the card they continue from', async ({ page }) => {
  await page.goto('/vacancies');
  expect(await cards(page).count()).toBe(20);
  const nav = page.getByRole('navigation', { name: 'Страницы результатов' });
  await expect(nav.locator('[aria-current="page"]')).toContainText('1');
  await nav.locator('a[rel="next"]').click();
  await page.waitForURL(/[?&]page=2&after=n\.\d+\.[0-9a-f-]{36}$/);
  await expect(nav.locator('[aria-current="page"]')).toContainText('2');
  await expect(nav.locator('a[rel="prev"]')).toBeVisible();
  await expect(cards(page).first()).toBeVisible();
  await expect(page).toHaveTitle(/страница 2/);
  // The canonical address of the page is its number alone.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/vacancies\?page=2$/);
  const secondPage = await cards(page).locator('h3').allTextContents();

  await nav.locator('a[rel="next"]').click();
  await page.waitForURL(/[?&]page=3&after=/);
  await nav.locator('a[rel="prev"]').click();
  await page.waitForURL(/[?&]page=2&before=n\./);
  await expect(nav.locator('[aria-current="page"]')).toContainText('2');
  expect(await cards(page).locator('h3').allTextContents()).toEqual(secondPage);
  // Back to the first page: no cursor needed.
  await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', '/vacancies');
});

test('an empty result suggests which filter to drop', async ({ page }) => {
  await page.goto('/vacancies?industry=finance&salaryFrom=900000000');
  await expect(page.getByRole('heading', { name: 'По этим условиям вакансий нет' })).toBeVisible();
  await expect(cards(page)).toHaveCount(0);
  const drop = page.getByRole('link', { name: /^Убрать фильтр: от 900/ });
  await expect(drop).toHaveAttribute('href', '/vacancies?industry=finance');
  await expect(page.getByRole('link', { name: 'Убрать фильтр: Банки и финтех' })).toHaveAttribute(
    'href',
    '/vacancies?salaryFrom=900000000',
  );
  await drop.click();
  await page.waitForURL(/\/vacancies\?industry=finance$/);
  await expect(cards(page).first()).toBeVisible();
});

test('parameters that do not parse are reported, never an error', async ({ page }) => {
  const response = await page.goto('/vacancies?salaryFrom=abc&page=-3&industry=nope');
  expect(response?.status()).toBe(200);
  const notice = page.getByRole('note');
  await expect(notice).toContainText('Мы не поняли параметры');
  await expect(notice).toContainText('salaryFrom=abc');
  await expect(notice).toContainText('page=-3');
  await expect(notice).toContainText('industry=nope');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(await cards(page).count()).toBeGreaterThan(0);
});

test('canonical URL leaves out the sort order', async ({ page }) => {
  await page.goto('/vacancies?sort=salary&industry=telecom');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/vacancies\?industry=telecom$/);
  await expect(page).toHaveTitle(/^Вакансии: Телеком/);
});

test('is in English under /en', async ({ page }) => {
  const response = await page.goto('/en/vacancies');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chat support vacancies');
  await expect(page.locator('#results-heading')).toContainText('vacancies found');
  await expect(page.getByRole('checkbox', { name: /^Online stores/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show' })).toBeVisible();
  await expect(page.locator('form[role="search"]')).toHaveAttribute('action', '/en/vacancies');
});

test('fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/vacancies');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // Search stays above the results on phones; the filters wait in a sheet (tests/e2e/catalogue-mobile.spec.ts).
  await expect(page.getByLabel('Поиск по вакансиям')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Банки и финтех/ })).toBeHidden();
  await page.getByRole('button', { name: /^Фильтры/ }).click();
  await expect(page.getByRole('dialog', { name: 'Фильтры' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Банки и финтех/ })).toBeVisible();
});

test('has no serious accessibility violations in Russian and English', async ({ page }) => {
  await page.goto('/vacancies');
  await expectNoSeriousA11yViolations(page);
  await page.goto('/en/vacancies?industry=finance&withSalary=1');
  await expectNoSeriousA11yViolations(page);
});
