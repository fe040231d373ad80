// What the app under test runs with (playwright.config.ts's webServer); a spec that runs app code in its
// own process (the job worker, say) must sign links with the same secret.
export const E2E_AUTH_SECRET = process.env.AUTH_SECRET ?? 'e2e-only-secret-e2e-only-secret-e2e-only';
