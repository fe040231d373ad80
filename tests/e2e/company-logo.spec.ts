import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';
import { query } from './support/db';
import { signInOn } from './support/sign-in';
import { asNewClient, expect, test, type Page } from './support/test';

// An owner gives the company a logo, a size, benefits and links, and the public page shows them; a file that
// only calls itself .png is refused at the field; the upload also works without JavaScript.
test.describe.configure({ mode: 'serial' });

const tag = randomUUID().slice(0, 8);
const account = { email: `e2e-logo-${tag}@chatshift.example`, password: 'logo-shift-4096' };
const slug = `e2e-logo-${tag}`;
let companyId = '';

const png = () =>
  sharp({ create: { width: 480, height: 320, channels: 4, background: '#ea580c' } })
    .png()
    .toBuffer();

test.beforeAll(async () => {
  const users = await query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ($1, 'Ирина Логотипова', $2, now(), now()) RETURNING id`,
    [account.email, await hashPassword(account.password)],
  );
  const companies = await query<{ id: string }>(
    `INSERT INTO companies (slug, name, description, industry, "updatedAt") VALUES ($1, $2, 'Отвечаем покупателям в чатах.', 'ecommerce', now()) RETURNING id`,
    [slug, `E2E Логотип ${tag}`],
  );
  companyId = companies[0]!.id;
  await query(`INSERT INTO memberships ("companyId", "userId", role) VALUES ($1, $2, 'owner')`, [companyId, users[0]!.id]);
});

test.afterAll(async () => {
  const files = await query<{ fileId: string }>(`DELETE FROM company_logo_files WHERE "companyId" = $1 RETURNING "fileId"`, [companyId]);
  await query('DELETE FROM stored_files WHERE id = ANY($1::uuid[])', [files.map((f) => f.fileId)]);
  await query('DELETE FROM companies WHERE id = $1', [companyId]);
  await query('DELETE FROM users WHERE email = $1', [account.email]);
});

async function openProfile(page: Page) {
  await page.goto('/employer/company', { waitUntil: 'networkidle' });
  await expect(page).toHaveTitle(/Компания и команда/);
}

test('the owner uploads a logo, fills size, benefits and links, and the public page shows them', async ({ page, context }) => {
  await asNewClient(context);
  await signInOn(page, account);
  await openProfile(page);

  await page.getByLabel('Файл с логотипом').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('just text pretending to be a picture') });
  await page.getByRole('button', { name: 'Загрузить логотип' }).click();
  await expect(page.getByText('Подходят только PNG, JPEG и WebP')).toBeVisible();
  await expect(page.getByLabel('Файл с логотипом')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Файл с логотипом').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await png() });
  await page.getByRole('button', { name: 'Загрузить логотип' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Логотип обновлён' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Заменить логотип' })).toBeVisible();

  await page.getByLabel('Сколько человек в компании').selectOption('between11And50');
  await page.getByLabel('Наставник на первые недели').check();
  await page.getByLabel('Другие преимущества').fill('Оплата мобильной связи');
  await page.getByLabel('Канал в Telegram').fill('https://evil.example/t.me/x');
  await page.getByRole('button', { name: 'Сохранить профиль' }).click();
  await expect(page.getByText('Нужна ссылка вида https://t.me/channel')).toBeVisible();
  await expect(page.getByLabel('Другие преимущества')).toHaveValue('Оплата мобильной связи');
  await page.getByLabel('Канал в Telegram').fill('@e2e_logo_chat');
  await page.getByRole('button', { name: 'Сохранить профиль' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Профиль сохранён' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/companies/${slug}`);
  const logo = page.locator('header img[src^="/api/logos/"]');
  await expect(logo).toHaveAttribute('width', '96');
  const src = (await logo.getAttribute('src'))!;
  expect(src).toMatch(/^\/api\/logos\/[0-9a-f]{32}-128\.webp$/);
  const image = await page.request.get(src);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/webp');
  expect(image.headers()['cache-control']).toContain('immutable');
  expect((await sharp(await image.body()).metadata()).width).toBe(128);
  await expect(page.getByText('11–50 человек')).toBeVisible();
  await expect(page.getByText('Наставник на первые недели')).toBeVisible();
  await expect(page.getByText('Оплата мобильной связи')).toBeVisible();
  await expect(page.getByRole('link', { name: '@e2e_logo_chat' })).toHaveAttribute('rel', 'nofollow ugc noopener');
  await expectNoSeriousA11yViolations(page);
});

test('without JavaScript the logo is replaced and removed by plain form posts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await asNewClient(context);
  const page = await context.newPage();
  await signInOn(page, account);
  const before = await query<{ logoHash: string }>('SELECT "logoHash" FROM companies WHERE id = $1', [companyId]);
  await page.goto('/employer/company');
  const webp = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#0f766e' } }).webp().toBuffer();
  await page.getByLabel('Файл с логотипом').setInputFiles({ name: 'logo.webp', mimeType: 'image/webp', buffer: webp });
  await page.getByRole('button', { name: 'Заменить логотип' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Логотип обновлён' })).toBeVisible();
  const after = await query<{ logoHash: string }>('SELECT "logoHash" FROM companies WHERE id = $1', [companyId]);
  expect(after[0]!.logoHash).not.toBe(before[0]!.logoHash);

  await page.getByRole('button', { name: 'Убрать логотип' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Логотип убран' })).toBeVisible();
  expect((await query('SELECT 1 FROM company_logo_files WHERE "companyId" = $1', [companyId])).length).toBe(0);
  await page.goto(`/companies/${slug}`);
  await expect(page.locator('img[src^="/api/logos/"]')).toHaveCount(0);
  await context.close();
});
