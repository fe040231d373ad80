import { randomInt } from 'node:crypto';
import { test as base, expect, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

// Every spec imports `test` and `expect` from here:
// - each browser context is a client of its own address: limits count per address, and the e2e server
//   (TEST_CLIENT_ADDRESS_HEADER=1 in playwright.config.ts) takes it from a test-only header, since it
//   ignores X-Forwarded-For like production does;
// - every page of every context is watched for Content-Security-Policy violations, and a test with any fails.

export const TEST_CLIENT_ADDRESS_HEADER = 'x-test-client-address';
export const randomClientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** Headers that make the requests of a context (or of `request`) come from a new address. */
export const newClientHeaders = (headers: Record<string, string> = {}) => ({ ...headers, [TEST_CLIENT_ADDRESS_HEADER]: randomClientAddress() });

/** Gives an existing context a new address, e.g. before a test that signs in or applies. */
export const asNewClient = (context: BrowserContext) => context.setExtraHTTPHeaders(newClientHeaders());

type CspViolation = { page: string; directive: string; blocked: string; sample: string };

const watched = new WeakSet<BrowserContext>();

async function watchCsp(context: BrowserContext, sink: CspViolation[]) {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding('__reportCspViolation', ({ page }, v: Omit<CspViolation, 'page'>) => {
    sink.push({ page: page?.url() ?? '', ...v });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (v: object) => void }).__reportCspViolation;
      report?.({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
}

export const test = base.extend<{ cspViolations: CspViolation[] }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => provide(newClientHeaders(extraHTTPHeaders ?? {})),

  cspViolations: [
    async ({ browser }, provide) => {
      const sink: CspViolation[] = [];
      // Contexts a spec opens itself are watched and given their own address too.
      const original = browser.newContext;
      browser.newContext = async (options: BrowserContextOptions = {}) => {
        const context = await original.call(browser, { ...options, extraHTTPHeaders: newClientHeaders(options.extraHTTPHeaders ?? {}) });
        await watchCsp(context, sink);
        return context;
      };
      try {
        await provide(sink);
      } finally {
        browser.newContext = original;
      }
      expect(sink, 'Content-Security-Policy violations on the pages of this test').toEqual([]);
    },
    { auto: true },
  ],

  context: async ({ context, cspViolations }, provide) => {
    await watchCsp(context, cspViolations);
    await provide(context);
  },
});

export { expect };
export type { Browser, BrowserContext, Page, TestInfo, APIRequestContext } from '@playwright/test';
