import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const LOCALES = [
  {
    locale: 'ru', prefix: '', h1: 'Сколько платят в чат-поддержке', industries: 'По отраслям', finance: 'Банки и финтех',
    histogram: /^Гистограмма зарплат/, showTable: 'Показать цифры таблицей', histogramTable: 'Как распределены зарплаты',
    currency: 'Валюта', show: 'Показать', nav: 'Зарплаты', comparison: 'Сравнение с похожими вакансиями', ignored: /currency=XYZ/,
  },
  {
    locale: 'en', prefix: '/en', h1: 'What chat support pays', industries: 'By industry', finance: 'Banks & fintech',
    histogram: /^Salary histogram/, showTable: 'Show the figures as a table', histogramTable: 'How salaries are distributed',
    currency: 'Currency', show: 'Show', nav: 'Salaries', comparison: 'Compared with similar vacancies', ignored: /currency=XYZ/,
  },
] as const;

for (const l of LOCALES) {
  test.describe(`/salaries (${l.locale})`, () => {
    test('shows the figures as charts with tables', async ({ page }) => {
      const response = await page.goto(`${l.prefix}/salaries`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
      await expect(page.getByRole('heading', { level: 1, name: l.h1 })).toBeVisible();

      // Histogram, weekly medians and six breakdowns: each a described image with its table.
      expect(await page.getByRole('main').getByRole('img').count()).toBeGreaterThanOrEqual(8);
      await expect(page.getByRole('img', { name: l.histogram })).toBeVisible();
      await expect(page.locator('main svg').first()).toBeVisible();

      const industries = page.getByRole('table', { name: l.industries });
      await expect(industries).toBeVisible();
      await expect(industries.getByRole('row')).toHaveCount(7); // header + six industries

      // The histogram's table opens from its disclosure.
      const histogramTable = page.getByRole('table', { name: l.histogramTable });
      await expect(histogramTable).toBeHidden();
      await page.getByText(l.showTable, { exact: true }).first().click();
      await expect(histogramTable).toBeVisible();
      expect(await histogramTable.getByRole('row').count()).toBeGreaterThan(2);
    });

    test('a figure leads to the matching catalogue view', async ({ page }) => {
      await page.goto(`${l.prefix}/salaries`);
      await page.getByRole('table', { name: l.industries }).getByRole('link', { name: l.finance }).click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/vacancies\\?industry=finance&withSalary=1$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    test('shows the figures in the chosen currency and says when it cannot read one', async ({ page }) => {
      await page.goto(`${l.prefix}/salaries`);
      await page.getByLabel(l.currency, { exact: true }).selectOption('USD');
      await page.getByRole('button', { name: l.show, exact: true }).click();
      await expect(page).toHaveURL(/currency=USD/);
      await expect(page.getByRole('main')).toContainText('$');

      await page.goto(`${l.prefix}/salaries?currency=XYZ`);
      await expect(page.getByRole('note')).toContainText(l.ignored);
      await expect(page.getByRole('table', { name: l.industries })).toBeVisible();
    });

    test('is linked from the footer', async ({ page }) => {
      await page.goto(`${l.prefix}/`);
      await page.getByRole('contentinfo').getByRole('link', { name: l.nav, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/salaries$`));
    });

    test('compares a vacancy with similar ones on its page', async ({ page, request }) => {
      const res = await request.get(`/api/v1/vacancies?industry=finance&withSalary=1&limit=1&locale=${l.locale}`);
      expect(res.status()).toBe(200);
      const { items } = (await res.json()) as { items: { url: string }[] };
      expect(items.length).toBe(1);
      await page.goto(new URL(items[0]!.url).pathname);
      await expect(page.getByRole('heading', { level: 2, name: l.comparison })).toBeVisible();
    });

    test('has no serious accessibility violations', async ({ page }) => {
      await page.goto(`${l.prefix}/salaries?currency=EUR`);
      await page.getByText(l.showTable, { exact: true }).first().click();
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test('the salaries page fits a 390 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/salaries');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('GET /api/v1/salaries answers JSON and refuses a bad currency', async ({ request }) => {
  const ok = await request.get('/api/v1/salaries?currency=KZT');
  expect(ok.status()).toBe(200);
  expect((await ok.json()).currency).toBe('KZT');
  const bad = await request.get('/api/v1/salaries?currency=XYZ');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0].path).toEqual(['currency']);
});
