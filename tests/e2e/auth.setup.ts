import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from './support/test';
import { AUTH, DEMO, type DemoAccount } from './support/auth';
import { signInOn } from './support/sign-in';

// The `setup` project (playwright.config.ts): every demo account signs in once per run, through the real
// form, and the specs reuse the saved sessions (tests/e2e/support/auth.ts).

test.describe.configure({ timeout: 300_000 });

for (const name of Object.keys(DEMO) as DemoAccount[]) {
  test(`sign in as ${name}`, async ({ page }) => {
    await mkdir(path.dirname(AUTH[name]), { recursive: true });
    await signInOn(page, DEMO[name]);
    await page.context().storageState({ path: AUTH[name] });
  });
}
