import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';

// The home page's search box with suggestions (components/search/search-combobox.tsx), over the demo
// data's search_terms (filled by the seed). Keyboard first: the ARIA 1.2 combobox pattern.

test.describe('search suggestions', () => {
  test('are offered while typing and chosen with the keyboard', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Должность, компания или навык' });
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveAttribute('aria-autocomplete', 'list');

    await box.pressSequentially('англ', { delay: 40 });
    const list = page.getByRole('listbox', { name: 'Подсказки' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!);
    const filter = list.getByRole('option', { name: /Английский.*Фильтр: язык/ });
    await expect(filter).toBeVisible();
    // The polite live region says how many there are.
    await expect(page.getByRole('status').filter({ hasText: /подсказ/ })).toHaveText(/\d+ подсказ/);

    // Arrow keys move the active option (aria-activedescendant), focus stays in the box.
    await box.press('ArrowDown');
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(box).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    // Escape closes the list and keeps the text.
    await box.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('англ');

    // Choosing the language filter opens the catalogue filtered by it.
    await box.press('ArrowDown');
    await expect(list).toBeVisible();
    const options = await list.getByRole('option').allTextContents();
    const index = options.findIndex((text) => /Английский/.test(text) && /Фильтр: язык/.test(text));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/vacancies\?language=en$/);
  });

  test('a title fills the box and searches for it; mouse works too', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('combobox', { name: 'Job title, company or skill' });
    await box.pressSequentially('chat', { delay: 40 });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    const title = list.getByRole('option', { name: /Search by job title/ }).first();
    await expect(title).toBeVisible();
    const text = (await title.locator('span').first().textContent())!.trim();
    await title.click();
    await expect(page).toHaveURL(/\/en\/vacancies\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(text);
  });

  test('forgives the wrong keyboard layout', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Должность, компания или навык' });
    await box.pressSequentially('jgthf', { delay: 40 }); // «опера» typed on QWERTY
    await expect(page.getByRole('listbox', { name: 'Подсказки' }).getByRole('option', { name: /^Оператор/i }).first()).toBeVisible();
  });

  test('Enter without choosing searches for the text as typed', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Должность, компания или навык' });
    await box.pressSequentially('оператор', { delay: 40 });
    await expect(page.getByRole('listbox', { name: 'Подсказки' })).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/vacancies\?q=%D0%BE%D0%BF%D0%B5%D1%80%D0%B0%D1%82%D0%BE%D1%80$/);
  });

  test('is a plain search input without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('combobox')).toHaveCount(0);
    const box = page.getByRole('searchbox', { name: 'Должность, компания или навык' });
    await expect(box).toHaveAttribute('name', 'q');
    await box.fill('чат');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/vacancies\?q=%D1%87%D0%B0%D1%82$/);
    await context.close();
  });
});
