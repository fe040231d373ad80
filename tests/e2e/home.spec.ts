import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('home page', () => {
  test('is in Russian at the root, with newest vacancies from the database', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('клиентам');
    await expect(page.getByRole('heading', { name: 'Свежие вакансии' })).toBeVisible();
    await expect(page.locator('a[href^="/vacancies/"]').first()).toBeVisible();
    // Each of the newest vacancies can be saved from its card.
    await expect(page.getByRole('button', { name: /^Сохранить вакансию/ }).first()).toBeVisible();
    // Candidates find their way back to what they left with us without an account.
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Мои отклики' })).toHaveAttribute('href', '/applications');
    await expect(footer.getByRole('link', { name: 'Мои подписки на вакансии' })).toHaveAttribute('href', '/alerts');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/?$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en$/);
    await expectNoSeriousA11yViolations(page);
  });

  test('is in English under /en', async ({ page }) => {
    const response = await page.goto('/en');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Latest vacancies' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Vacancies', exact: true }).first()).toHaveAttribute('href', '/en/vacancies');
    await expectNoSeriousA11yViolations(page);
  });

  test('switches language and keeps the page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).first().click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Русский' }).first().click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('searches with a plain GET form, also without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Должность, компания или навык').fill('оператор');
    await page.getByRole('button', { name: 'Найти вакансии' }).click();
    await expect(page).toHaveURL(/\/vacancies\?q=%D0%BE/);
    await context.close();
  });

  test('is usable at 360 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('unknown pages answer 404 in the right language', async ({ page }) => {
  const ru = await page.goto('/no-such-page');
  expect(ru?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Такой страницы нет' })).toBeVisible();
  const en = await page.goto('/en/no-such-page');
  expect(en?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('/api/health reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
});

test('a header menu tapped open before the page’s scripts have run stays open once they have', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/vacancies', { waitUntil: 'domcontentloaded' });
  const menu = page.getByRole('banner').locator('details').filter({ has: page.locator('summary', { hasText: /^Меню$/ }) });
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open', '');
  release();
  // The filters' trigger is a link until the page has hydrated, a button after.
  await expect(page.getByRole('button', { name: /^Фильтры/ })).toBeVisible();
  await expect(menu).toHaveAttribute('open', '');
});
