import { expect, test } from './support/test';

// Search that understands (issue 11): corrected typos and keyboard layouts with "search instead", filters
// the query's words name offered as one click, the ad-language filter and English ads first on /en.

const totalOf = async (text: string) => Number(text.replace(/\D/g, ''));

test('a query in the wrong keyboard layout shows results for what was meant, and the way back', async ({ page }) => {
  await page.goto('/vacancies?q=jgthfnjh');
  await expect(page.getByText('Показаны результаты по запросу «оператор».')).toBeVisible();
  expect(await totalOf(await page.locator('#results-heading').innerText())).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Искать «jgthfnjh»' }).click();
  await expect(page).toHaveURL(/q=jgthfnjh&exact=1/);
  await expect(page.getByText('Показаны результаты по запросу')).toHaveCount(0);
  await expect(page.locator('#results-heading')).toContainText(/не нашли|0|Ничего/i);
});

test('a typo is corrected on /en too, in English', async ({ page }) => {
  await page.goto('/en/vacancies?q=' + encodeURIComponent('custmer service'));
  await expect(page.getByText('Showing results for “customer service”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search instead for “custmer service”' })).toBeVisible();
});

test('words that name a filter are offered as that filter, one click away', async ({ page }) => {
  await page.goto('/vacancies?q=' + encodeURIComponent('казахский без опыта'));
  const chips = page.getByRole('list', { name: 'В запросе есть то, что можно выбрать фильтром' });
  await expect(chips.getByRole('link')).toHaveText(['Язык поддержки: казахский — применить', 'Опыт работы: нет опыта — применить']);
  await chips.getByRole('link', { name: /Язык поддержки: казахский/ }).click();
  await expect(page).toHaveURL(/q=%D0%B1%D0%B5%D0%B7\+%D0%BE%D0%BF%D1%8B%D1%82%D0%B0&language=kk|language=kk/);
  const url = new URL(page.url());
  expect(url.searchParams.get('language')).toBe('kk');
  expect(url.searchParams.get('q')).toBe('без опыта');
  await expect(page.getByRole('checkbox', { name: /^Казахский/ })).toBeChecked();
});

test('the ad language filters, and English ads come first on /en', async ({ page }) => {
  await page.goto('/en/vacancies');
  const first = page.locator('main article h2, main article h3').first();
  await expect(first).toHaveText(/[A-Za-z]/);
  await expect(first).not.toHaveText(/[А-Яа-я]/);
  await page.goto('/vacancies?adLanguage=en');
  await expect(page.getByRole('radio', { name: /^На английском/ })).toBeChecked();
  const titles = await page.locator('main article h2, main article h3').allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title).not.toMatch(/[А-Яа-я]{4}/);
});

test('"search instead" holds while filtering the same text, and not for a new one', async ({ page }) => {
  await page.goto('/vacancies?q=jgthfnjh&exact=1', { waitUntil: 'networkidle' });
  await page.getByRole('checkbox', { name: /^Банки и финтех/ }).check();
  await expect(page).toHaveURL(/industry=finance/);
  expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
  const search = page.getByLabel('Поиск по вакансиям');
  await search.fill('jgthfnjh xfn');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=jgthfnjh\+xfn/);
  expect(new URL(page.url()).searchParams.get('exact')).toBeNull();
});

test('the ad language shows as an active filter that can be removed', async ({ page }) => {
  await page.goto('/vacancies?adLanguage=en');
  const chip = page.getByRole('link', { name: /Язык объявления: на английском/ });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).not.toHaveURL(/adLanguage/);
});

test('a filter chosen from the catalogue search suggestions is added to the filters already chosen', async ({ page }) => {
  await page.goto('/vacancies?industry=finance', { waitUntil: 'networkidle' });
  const search = page.getByRole('combobox', { name: 'Поиск по вакансиям' });
  await search.pressSequentially('каза', { delay: 60 });
  const option = page.getByRole('option', { name: /^Казахский/ });
  await expect(option).toBeVisible();
  await option.click();
  await page.waitForURL((url) => url.searchParams.getAll('language').includes('kk'));
  const url = new URL(page.url());
  expect(url.searchParams.getAll('industry')).toEqual(['finance']);
  expect(url.searchParams.get('q')).toBeNull();
  await expect(search).toHaveValue('');
});
