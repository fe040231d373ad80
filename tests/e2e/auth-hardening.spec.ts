import { randomUUID } from 'node:crypto';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { hashPassword } from '../../lib/accounts/password';
import { query } from './support/db';
import { expect, newClientHeaders, test } from './support/test';

// Issue 9 over HTTP against the production build: guess limits through Auth.js's own endpoint, sessions
// that end on the server, the same answer to sign-up for known and unknown emails, security headers,
// and malformed requests that must get a 4xx with a message instead of a 500.

const PASSWORD = 'steady-night-4096';
const created: string[] = [];

async function makeUser(role: 'employer' | 'admin' = 'employer'): Promise<string> {
  const email = `e2e-hard-${randomUUID().slice(0, 10)}@chatshift.example`;
  await query(
    `INSERT INTO users (email, name, role, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, 'Ира E2E', $2, $3, now(), now())`,
    [email, role, await hashPassword(PASSWORD)],
  );
  created.push(email);
  return email;
}

test.afterAll(async () => {
  await query('DELETE FROM users WHERE email = ANY($1)', [created]);
});

/** A client of its own address (cookies kept between its requests). */
const newClient = (baseURL: string | undefined, address = newClientHeaders()) =>
  playwrightRequest.newContext({ baseURL, extraHTTPHeaders: address });

/** One attempt through POST /api/auth/callback/credentials: 'signed-in' or the error code Auth.js redirects with. */
async function attemptSignIn(client: APIRequestContext, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await client.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, callbackUrl: '/employer' }, maxRedirects: 0 });
  expect(res.status()).toBe(302);
  const cookies = (await client.storageState()).cookies;
  if (cookies.some((c) => c.name === 'authjs.session-token')) return 'signed-in';
  return new URL(res.headers().location ?? '', 'http://x').searchParams.get('code') ?? 'none';
}

const dashboardStatus = async (client: APIRequestContext) => (await client.get('/employer', { maxRedirects: 0 })).status();

test('50 wrong guesses through the Auth.js endpoint are refused after the limit; the owner still gets in', async ({ baseURL }) => {
  const email = await makeUser();
  const home = newClientHeaders();
  // The owner has signed in from home before.
  const owner = await newClient(baseURL, home);
  expect(await attemptSignIn(owner, email, PASSWORD)).toBe('signed-in');

  const attacker = await newClient(baseURL);
  const outcomes: string[] = [];
  for (let i = 0; i < 50; i++) outcomes.push(await attemptSignIn(attacker, email, `wrong-guess-${i}`));
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('invalid'));
  expect(outcomes.slice(5).every((o) => o.startsWith('rate_limited_'))).toBe(true);
  // Even the right password is refused from the attacker's address now.
  expect(await attemptSignIn(attacker, email, PASSWORD)).toMatch(/^rate_limited_/);

  // Guesses spread over many addresses exhaust the per-email limit for strangers…
  for (let i = 0; i < 20; i++) await attemptSignIn(await newClient(baseURL), email, `spread-${i}`);
  expect(await attemptSignIn(await newClient(baseURL), email, PASSWORD)).toMatch(/^rate_limited_/);
  // …but not for the owner at home.
  const ownerAgain = await newClient(baseURL, home);
  expect(await attemptSignIn(ownerAgain, email, PASSWORD)).toBe('signed-in');
  expect(await dashboardStatus(ownerAgain)).toBe(200);
});

test('a session cookie saved before sign-out stops working after it', async ({ baseURL }) => {
  const email = await makeUser();
  const client = await newClient(baseURL);
  expect(await attemptSignIn(client, email, PASSWORD)).toBe('signed-in');
  const saved = await client.storageState();
  expect(await dashboardStatus(client)).toBe(200);

  const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await client.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });

  const copy = await playwrightRequest.newContext({ baseURL, storageState: saved, extraHTTPHeaders: newClientHeaders() });
  const res = await copy.get('/employer', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toContain('/signin');
});

test('“sign out on all devices” ends every session', async ({ baseURL, page }) => {
  const email = await makeUser();
  const other = await newClient(baseURL);
  expect(await attemptSignIn(other, email, PASSWORD)).toBe('signed-in');

  await page.goto('/signin?callbackUrl=/employer/account');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { name: 'Аккаунт и вход' })).toBeVisible();
  await expect(page.getByTestId('session-count')).toHaveText('Вы вошли на 2 устройствах.');
  await page.getByRole('button', { name: 'Выйти на всех устройствах' }).click();
  await expect(page).toHaveURL(/\/signin/);

  expect(await dashboardStatus(other)).toBe(307);
  await page.goto('/employer');
  await expect(page).toHaveURL(/\/signin/);
});

test('sign-up answers a known and an unknown email the same way', async ({ page }) => {
  const known = await makeUser();
  const unknown = `e2e-hard-new-${randomUUID().slice(0, 10)}@chatshift.example`;
  created.push(unknown);
  const answers: string[] = [];
  for (const email of [known, unknown]) {
    await page.goto('/signup');
    await page.getByLabel('Ваше имя').fill('Ира');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill('quiet-harbour-8192');
    await page.getByLabel('Название компании').fill(`Компания ${randomUUID().slice(0, 6)}`);
    await page.getByRole('button', { name: 'Создать аккаунт' }).click();
    await page.waitForURL(/check-email/);
    answers.push(new URL(page.url()).pathname + ' ' + (await page.locator('main').innerText()).replace(email, '<email>'));
  }
  expect(answers[0]).toBe(answers[1]);
  await query(`DELETE FROM companies WHERE id IN (SELECT m."companyId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1)`, [unknown]);
});

test('pages carry a nonce CSP and the security headers; nothing says what serves them', async ({ request }) => {
  for (const path of ['/', '/vacancies', '/en/vacancies', '/admin', '/signin']) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(h['content-security-policy'], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(h['content-security-policy'], path).toContain(d);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(h['x-powered-by'], path).toBeUndefined();
  }
  const a = (await request.get('/')).headers()['content-security-policy'];
  const b = (await request.get('/')).headers()['content-security-policy'];
  expect(a).not.toBe(b);
  const api = (await request.get('/api/health')).headers();
  expect(api['x-content-type-options']).toBe('nosniff');
  expect(api['content-security-policy']).toContain("default-src 'none'");
});

test('malformed requests get a 4xx with a message, never a 500', async ({ baseURL }) => {
  const employer = await newClient(baseURL);
  expect(await attemptSignIn(employer, await makeUser(), PASSWORD)).toBe('signed-in');
  for (const path of ['/employer?q=a%00b', '/employer/applications?q=%00', '/api/employer/vacancies/export?q=%00', '/api/employer/applications/export?q=a%00b']) {
    // No company yet: the application export answers 404; what matters is a 4xx at worst, never a 500.
    expect((await employer.get(path)).status(), path).toBeLessThan(500);
  }
  const admin = await newClient(baseURL);
  expect(await attemptSignIn(admin, await makeUser('admin'), PASSWORD)).toBe('signed-in');
  for (const path of ['/admin/users?q=%00', '/admin/companies?q=a%00b']) expect((await admin.get(path)).status(), path).toBe(200);

  const anyone = await newClient(baseURL);
  const broken = await anyone.get('/api/vacancies/%E0%A4%A/apply');
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toContain('not correctly encoded');
  for (const endpoint of ['session', 'csrf', 'providers', 'signin', 'signout', 'callback/credentials']) {
    for (const callbackUrl of ['ru', '//evil.example', 'javascript:alert(1)', 'https://evil.example/']) {
      const res = await anyone.get(`/api/auth/${endpoint}?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      expect(res.status(), `${endpoint} ${callbackUrl}`).toBe(400);
      expect(((await res.json()) as { message: string }).message).toContain('callbackUrl');
    }
  }
  expect((await anyone.get('/api/auth/session?callbackUrl=/employer')).status()).toBe(200);
});

test('server actions: wrong argument shapes are answered, foreign origins refused', async ({ baseURL, page }) => {
  await page.goto('/signin');
  // React renders a stateful action's id into the form's hidden `$ACTION_1:0` field as {"id":"…"}.
  const id = (await page.locator('input[name="$ACTION_1:0"]').first().inputValue()).match(/"id":"([0-9a-f]{20,})"/)?.[1] ?? '';
  expect(id, 'an action id on /signin').not.toBe('');
  const client = await newClient(baseURL);
  const origin = new URL(baseURL!).origin;
  for (const body of ['[null,null]', '[]', '[1,2]']) {
    const res = await client.post('/signin', { headers: { 'Next-Action': id, Origin: origin }, multipart: { '0': body } });
    expect(res.status(), `arguments ${body}`).toBe(200);
    expect(await res.text(), `arguments ${body}`).toContain('accounts.errors.malformedForm');
  }
  for (const [type, data] of [['multipart', 'not json'], ['multipart', '{"a":1}'], ['multipart', '["$F1"]'], ['text/plain', 'xx{'], ['text/plain', '["$@1"]']]) {
    const res = type === 'multipart'
      ? await client.post('/signin', { headers: { 'Next-Action': id, Origin: origin }, multipart: { '0': data! } })
      : await client.post('/signin', { headers: { 'Next-Action': id, Origin: origin, 'Content-Type': type! }, data });
    expect(res.status(), `undecodable ${type} ${data}`).toBe(400);
  }
  for (const foreign of ['https://evil.example', 'null', '']) {
    const res = await client.post('/signin', { headers: { 'Next-Action': id, Origin: foreign }, multipart: { '0': '["$K1"]' } });
    expect(res.status(), `Origin ${foreign || '(empty)'}`).toBe(403);
  }
});
