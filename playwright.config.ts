import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_AUTH_SECRET } from './tests/e2e/support/server-env';

// Started through `npm test` (scripts/test.ts), which makes the database, builds the app and passes
// DATABASE_URL and CHROMIUM_PATH (empty = Playwright's own browser).
// E2E_BASE_URL runs the specs against a server you started yourself (e.g. `next dev`), skipping webServer.
const port = Number(process.env.E2E_PORT ?? 3100);
const externalBaseUrl = process.env.E2E_BASE_URL;
const chromiumPath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json']],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // Without the background-networking flags Chromium keeps dialling out on closed networks.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Signs the demo accounts in once and saves their sessions for the specs (tests/e2e/support/auth.ts).
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', dependencies: ['setup'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `node --import tsx scripts/server.ts start -p ${port} -H 127.0.0.1`,
        url: `http://127.0.0.1:${port}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: {
          DATABASE_URL: process.env.DATABASE_URL ?? '',
          AUTH_SECRET: E2E_AUTH_SECRET,
          ENABLE_DEV_MAIL: '1',
          // The worker's crons would change rows under the specs' feet; tests/integration/jobs.test.ts covers it.
          JOBS: 'off',
          // One process: on a 2-core CI machine a second Next process only competes with the browsers;
          // the cluster itself is covered by tests/integration/cluster.test.ts (decision 021).
          WEB_CONCURRENCY: '1',
          SITE_URL: `http://127.0.0.1:${port}`,
          // Specs give each browser context its own address (tests/e2e/support/client-address.ts) instead
          // of forging X-Forwarded-For, which the server ignores.
          TEST_CLIENT_ADDRESS_HEADER: '1',
        },
      },
});
