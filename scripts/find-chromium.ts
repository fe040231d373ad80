import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The browser for Playwright: CHROMIUM_PATH or Debian's chromium when present (these machines cannot
 * download Playwright's build), otherwise Playwright's own (null). Throws a clear message when neither exists.
 */
export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`);
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return null;
  throw new Error(
    'No browser for the browser tests. Install one:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}
