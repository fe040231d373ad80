import { expect, type Browser, type Page } from '@playwright/test';

export type Account = { email: string; password: string };

/** Fills and sends the (Russian) sign-in form already on the page, whatever the answer. */
export async function fillSignInForm(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Электронная почта').fill(account.email);
  await page.getByLabel('Пароль', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** Signs in on the page (Russian form); a dev server that hot-reloads mid-typing gets three tries. */
export async function signInOn(page: Page, account: Account): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto('/signin', { timeout: 120_000 });
    await fillSignInForm(page, account);
    try {
      await expect(page).not.toHaveURL(/\/signin/, { timeout: 120_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Signs in once in a fresh context and saves the session to `file` for `storageState`: sign-in attempts are
 * limited per address and per account, so a spec signs in once per account and shares the session.
 */
export async function saveSignedInState(browser: Browser, baseURL: string | undefined, account: Account, file: string): Promise<void> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    await signInOn(await context.newPage(), account);
    await context.storageState({ path: file });
  } finally {
    await context.close();
  }
}
