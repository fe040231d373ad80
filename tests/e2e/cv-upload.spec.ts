import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { asNewClient, expect as baseExpect, test, type Page } from './support/test';
import { query } from './support/db';
import { AUTH, DEMO } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// A candidate attaches a PDF to the apply form (with and without JavaScript, and a refused executable);
// the company's member sees the download link and gets the same bytes; nobody else gets anything.

const EMPLOYER = DEMO.employer1;
const DAY = 86_400_000;
const expect = baseExpect.configure({ timeout: 60_000 });
const TAG = `e2e-cv-${randomUUID().slice(0, 8)}`;
const STATE = AUTH.employer1;
const candidate = (name: string) => `${name}-${TAG}@candidate.example`;
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${TAG}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
let slug = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.skip(!existsSync('app/[locale]/(auth)/signin/page.tsx'), 'the sign-in page does not exist yet');


test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    'SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1',
    [EMPLOYER.email],
  );
  slug = `${TAG}-operator`;
  await query(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
       status, "applyMode", "publishedAt", "expiresAt", "updatedAt")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience', 'published', 'form', $4, $5, now())`,
    [slug, company!.id, `Оператор чата ${TAG}`, new Date(Date.now() - DAY), new Date(Date.now() + 20 * DAY)],
  );
});

test.afterAll(async () => {
  // Stored files are not deleted with their application (the retention job sweeps them); these go now.
  await query(
    `DELETE FROM stored_files WHERE id IN (SELECT a."cvFileId" FROM applications a JOIN vacancies v ON v.id = a."vacancyId" WHERE v.slug = $1)`,
    [slug],
  );
  await query('DELETE FROM vacancies WHERE slug = $1', [slug]);
  await query(`DELETE FROM outbox_mail WHERE "to" LIKE $1`, [`%${TAG}%`]);
});

test.beforeEach(({ context }) => asNewClient(context));

const applicationOf = async (email: string) =>
  (await query<{ id: string; cvFileName: string | null }>(
    `SELECT a.id, a."cvFileName" FROM applications a JOIN vacancies v ON v.id = a."vacancyId" WHERE v.slug = $1 AND a.email = $2`,
    [slug, email],
  ))[0];

async function openAndFill(page: Page, email: string) {
  await page.goto(`/vacancies/${slug}`, { timeout: 60_000, waitUntil: 'networkidle' });
  await page.getByLabel('Имя и фамилия').fill('Анна Смирнова');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel(/Даю согласие/).check();
}

const submit = async (page: Page) => {
  // The form refuses to be sent within 3 s of rendering; a person takes longer than this test.
  await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => (input.value = String(Date.now() - 10_000)));
  await page.getByRole('button', { name: 'Отправить отклик' }).click();
};

test('an executable called cv.pdf is refused at the field, the rest is kept; a PDF goes through', async ({ page }) => {
  const email = candidate('js');
  await openAndFill(page, email);
  const fileInput = page.getByLabel('Файл резюме (необязательно)');
  await fileInput.setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00This program cannot be run in DOS mode', 'latin1') });
  await submit(page);
  await expect(page.getByText('Это не похоже на документ. Загрузите PDF, DOCX, ODT или RTF.')).toBeVisible();
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Имя и фамилия')).toHaveValue('Анна Смирнова');
  await expect(page.getByLabel('Электронная почта')).toHaveValue(email);
  expect(await applicationOf(email)).toBeUndefined();
  await expectNoSeriousA11yViolations(page);

  // Refused for another reason (sent "before" the form was rendered), the form asks for the file again.
  await fileInput.setInputFiles({ name: 'Резюме Анны.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('input[name="startedAt"]').evaluate((input: HTMLInputElement) => (input.value = String(Date.now() + 60_000)));
  await page.getByRole('button', { name: 'Отправить отклик' }).click();
  await expect(page.getByText('Прикрепите «Резюме Анны.pdf» ещё раз')).toBeVisible();
  expect(await applicationOf(email)).toBeUndefined();

  await fileInput.setInputFiles({ name: 'Резюме Анны.pdf', mimeType: 'application/pdf', buffer: PDF });
  await submit(page);
  await expect(page.getByTestId('apply-success')).toContainText(email);
  expect(await applicationOf(email)).toMatchObject({ cvFileName: 'Резюме Анны.pdf' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a PDF is posted as a plain multipart form', async ({ page }) => {
    const email = candidate('nojs');
    await openAndFill(page, email);
    await page.getByLabel('Файл резюме (необязательно)').setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: PDF });
    // The kept startedAt must be more than 3 s old.
    await page.waitForTimeout(3_100);
    await page.getByRole('button', { name: 'Отправить отклик' }).click();
    await expect(page.getByTestId('apply-success')).toContainText(email);
    expect(await applicationOf(email)).toMatchObject({ cvFileName: 'resume.pdf' });
  });
});

test('the employer sees the download link and gets the same bytes; the signed-out get 404', async ({ browser, playwright }, testInfo) => {
  const application = await applicationOf(candidate('js'));
  expect(application).toBeDefined();
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STATE });
  try {
    const page = await context.newPage();
    await page.goto(`/employer/applications/${application!.id}`, { timeout: 90_000 });
    const link = page.getByTestId('cv-download');
    await expect(link).toHaveText('Скачать резюме (PDF, 1 КБ)');
    await expect(page.getByTestId('candidate')).toContainText('Резюме Анны.pdf');
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/employer/applications/${application!.id}/cv`);
    await expectNoSeriousA11yViolations(page);

    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Резюме Анны.pdf')}`);
    expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

    const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      expect((await anonymous.get(href!)).status()).toBe(404);
    } finally {
      await anonymous.dispose();
    }
  } finally {
    await context.close();
  }
});

test('the candidate opens "my applications" from the mail and sees the employer’s invitation', async ({ page, browser }, testInfo) => {
  const email = candidate('js');
  const [confirmation] = await query<{ text: string }>(`SELECT text FROM outbox_mail WHERE "to" = $1 AND kind = 'application-received'`, [email]);
  const link = new URL(/https?:\/\/\S+\/applications\?token=\S+/.exec(confirmation!.text)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  const mine = page.getByTestId('my-applications').getByRole('listitem').filter({ hasText: `Оператор чата ${TAG}` });
  await expect(mine.getByTestId('candidate-status')).toHaveText(/Отправлен|Просмотрен/);
  await expectNoSeriousA11yViolations(page);

  const application = await applicationOf(email);
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STATE });
  try {
    const employer = await context.newPage();
    await employer.goto(`/employer/applications/${application!.id}`, { timeout: 90_000 });
    const step = employer.locator('[data-step="invited"]');
    await step.locator('summary').click();
    await step.getByRole('button', { name: 'Пригласить на собеседование' }).click();
    await expect(employer.locator('h1 + dl [data-status]')).toHaveText('Приглашение');
    await expect(employer.getByTestId('status-history')).toContainText('Кандидат отправил отклик');
  } finally {
    await context.close();
  }

  await page.reload();
  await expect(mine.getByTestId('candidate-status')).toHaveText('Приглашение');
  await expect(mine).toContainText('Вас пригласили');
  const [invitation] = await query<{ replyTo: string | null }>(`SELECT "replyTo" FROM outbox_mail WHERE "to" = $1 AND kind = 'application-invited'`, [email]);
  expect(invitation?.replyTo).toBeTruthy();
});
