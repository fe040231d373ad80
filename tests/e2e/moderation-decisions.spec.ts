import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';
import { query } from './support/db';
import { saveSignedInState } from './support/sign-in';
import { expect as baseExpect, test } from './support/test';

// Decisions that are hard to get wrong (issue 13, item 3): risky approval needs "I checked the reasons",
// the rejection is previewed in the employer's language, blocking asks first with its consequences (also
// without JavaScript), long report texts fold. Every row here carries this run's tag.
const expect = baseExpect.configure({ timeout: 30_000 });
const TAG = `e2e-dec-${randomUUID().slice(0, 8)}`;
const PASSWORD = 'decisions-e2e-pass';
const ADMIN = { email: `${TAG}-admin@test.example`, password: PASSWORD };
const STATE = path.join(os.tmpdir(), `decisions-admin-${process.pid}.json`);
const ids = { company: '', owner: '', risky: '', reject: '', reported: '' };
const SCAM_TEXT = 'Работа в чате из дома. Перед началом нужно оплатить обучение 3000 рублей, деньги вернём с первой зарплатой.';

async function insertVacancy(name: string, status: 'pending' | 'published', risk: { score: number; reasons: object[] }) {
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status, "updatedAt",
       "publishedAt", "expiresAt", "contractTypes", "riskScore", "riskReasons")
     VALUES ($1, $2, $3, $4, 'ecommerce', 'shift', 'full', 'noExperience', $5::"VacancyStatus", now(),
       CASE WHEN $5 = 'published' THEN now() END, CASE WHEN $5 = 'published' THEN now() + interval '20 days' END, '{employment}', $6, $7::jsonb)
     RETURNING id`,
    [`${TAG}-${name}`, ids.company, `Оператор ${TAG} ${name}`, SCAM_TEXT, status, risk.score, JSON.stringify(risk.reasons)],
  );
  await query(`INSERT INTO moderation_events ("vacancyId", action, "createdAt") VALUES ($1, 'submitted', now() - interval '2 hours')`, [row!.id]);
  return row!.id;
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const hash = await hashPassword(PASSWORD);
  await query(`INSERT INTO users (email, name, "passwordHash", role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, 'admin', now(), now())`, [
    ADMIN.email, `Модератор ${TAG}`, hash,
  ]);
  const [owner] = await query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", role, locale, "emailVerified", "updatedAt") VALUES ($1, 'Owner', $2, 'employer', 'en', now(), now()) RETURNING id`,
    [`${TAG}-owner@test.example`, hash],
  );
  ids.owner = owner!.id;
  const [company] = await query<{ id: string }>(`INSERT INTO companies (slug, name, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [TAG, `Компания ${TAG}`]);
  ids.company = company!.id;
  await query(`INSERT INTO memberships ("companyId", "userId", role) VALUES ($1, $2, 'owner')`, [ids.company, ids.owner]);
  const upfront = { code: 'upfrontPayment', weight: 60, phrases: ['оплатить обучение'] };
  ids.risky = await insertVacancy('risky', 'pending', { score: 93, reasons: [upfront, { code: 'missingCompanyDetails', weight: 12, phrases: [] }] });
  ids.reject = await insertVacancy('reject', 'pending', { score: 12, reasons: [] });
  ids.reported = await insertVacancy('reported', 'published', { score: 0, reasons: [] });
  await insertVacancy('live', 'published', { score: 0, reasons: [] });
  await query(`INSERT INTO scam_reports ("vacancyId", category, message) VALUES ($1, 'scam', $2), ($1, 'other', 'Коротко.')`, [
    ids.reported,
    `Длинная жалоба ${TAG}. ` + 'Сначала просили оплатить обучение, потом перестали отвечать в Telegram и удалили чат. '.repeat(8),
  ]);
  await saveSignedInState(browser, testInfo.project.use.baseURL, ADMIN, STATE);
});

test.afterAll(async () => {
  await query('DELETE FROM audit_log WHERE "targetId" IN (SELECT id::text FROM vacancies WHERE slug LIKE $1) OR "targetId" = $2', [`${TAG}-%`, ids.company]);
  await query('DELETE FROM outbox_mail WHERE "to" LIKE $1', [`${TAG}-%`]);
  await query('DELETE FROM companies WHERE slug = $1', [TAG]);
  await query('DELETE FROM users WHERE email LIKE $1', [`${TAG}-%`]);
  await rm(STATE, { force: true });
});

test.describe('the admin', () => {
  test.use({ storageState: STATE });

  test('reads the reasons first, and approves a risky vacancy only after ticking "I checked the reasons"', async ({ page }) => {
    await page.goto(`/admin/moderation/${ids.risky}`, { timeout: 90_000 });
    const risk = page.getByTestId('risk-panel');
    await expect(risk).toContainText('Плата с соискателя');
    // Above the preview and the decision, with the highlighted text open.
    const y = async (testId: string) => (await page.getByTestId(testId).boundingBox())!.y;
    expect(await y('risk-panel')).toBeLessThan(await y('vacancy-preview'));
    expect(await y('risk-panel')).toBeLessThan(await y('decision'));
    await expect(page.getByTestId('highlighted-text').locator('mark', { hasText: 'оплатить обучение' })).toBeVisible();

    // Rejecting is the filled button and comes first; approving is secondary, behind the box.
    const decision = page.getByTestId('decision');
    await expect(decision).toContainText('Высокий риск (93 из 100)');
    const reject = decision.getByRole('button', { name: 'Отклонить вакансию' });
    const approve = decision.getByRole('button', { name: 'Одобрить и опубликовать' });
    expect((await reject.boundingBox())!.y).toBeLessThan((await approve.boundingBox())!.y);
    expect(await reject.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(await approve.evaluate((el) => getComputedStyle(el).backgroundColor));
    await expectNoSeriousA11yViolations(page);

    // The server refuses even when the browser's own check is taken away.
    const box = decision.getByRole('checkbox', { name: 'Я проверил(а) причины' });
    await box.evaluate((el) => el.removeAttribute('required'));
    await approve.click();
    await expect(decision.getByText('Отметьте, что вы проверили причины риска')).toBeVisible({ timeout: 90_000 });
    expect((await query<{ status: string }>('SELECT status::text FROM vacancies WHERE id = $1', [ids.risky]))[0]?.status).toBe('pending');

    await box.check();
    await approve.click();
    await expect(page).toHaveURL(/\/admin\/moderation\?done=approved/, { timeout: 90_000 });
    expect((await query<{ status: string }>('SELECT status::text FROM vacancies WHERE id = $1', [ids.risky]))[0]?.status).toBe('published');
  });

  test('sees what the employer will read, in the employer’s language, before rejecting', async ({ page }) => {
    await page.goto(`/admin/moderation/${ids.reject}`, { timeout: 90_000 });
    const form = page.getByTestId('rejection-form');
    await expect(page.getByTestId('decision')).not.toContainText('Высокий риск');
    await form.getByLabel('Причина').selectOption('missingCompanyDetails');
    const preview = form.getByTestId('employer-preview');
    await expect(preview.getByTestId('preview-note')).toContainText('Не хватает сведений о работодателе');
    await form.getByLabel('Комментарий для работодателя').fill(`Нужен ИНН ${TAG}.`);
    await expect(preview.getByTestId('preview-note')).toContainText(`Нужен ИНН ${TAG}.`);
    // The owner reads English: the mail is previewed in English around the ad's Russian reason.
    const mail = preview.getByTestId('preview-mail-en');
    await expect(mail).toContainText('did not pass review');
    await expect(mail).toContainText(`Нужен ИНН ${TAG}.`);
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'Отклонить вакансию' }).click();
    await expect(page).toHaveURL(/\/admin\/moderation\?done=rejected/, { timeout: 90_000 });
    const [sent] = await query<{ text: string }>(`SELECT text FROM outbox_mail WHERE "to" = $1 AND kind = 'vacancy-rejected'`, [`${TAG}-owner@test.example`]);
    expect(sent?.text).toContain(`Не хватает сведений о работодателе. Заполните в профиле компании сайт, юридическое название и ИНН. Нужен ИНН ${TAG}.`);
  });

  test('finds long report texts folded, and sees the SLA share on the overview', async ({ page }) => {
    await page.goto('/admin/reports', { timeout: 90_000 });
    const item = page.locator(`[data-vacancy-id="${ids.reported}"]`);
    const long = item.getByTestId('long-report');
    await expect(long).not.toHaveAttribute('open');
    await long.getByText('Показать полностью').click();
    await expect(long).toHaveAttribute('open');
    await expect(item.getByText('Коротко.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/admin', { timeout: 90_000 });
    await expect(page.getByTestId('sla-card')).toContainText('Решения в срок');
    await expect(page.getByTestId('sla-7')).toContainText(/\d+\s*%|решений не было/);
  });

  test('blocking an account says what it loses and keeps, and waits for the confirmation', async ({ page }) => {
    await page.goto(`/admin/users?q=${encodeURIComponent(`${TAG}-owner`)}`, { timeout: 90_000 });
    const form = page.getByTestId('block-user-form');
    await page.getByText('Заблокировать…').click();
    await form.getByRole('textbox').fill('Спам');
    await form.getByRole('button', { name: 'Заблокировать' }).click();
    const confirm = form.getByTestId('confirm-step');
    await expect(confirm).toContainText(`${TAG}-owner@test.example не сможет войти`);
    await expect(confirm).toContainText(`единственный владелец компании «Компания ${TAG}»`);
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Отмена' }).click();
    await expect(form.getByTestId('confirm-step')).toHaveCount(0);
    await expect(form.getByRole('textbox')).toHaveValue('Спам');
    expect((await query<{ blocked: boolean }>('SELECT "blockedAt" IS NOT NULL AS blocked FROM users WHERE id = $1', [ids.owner]))[0]?.blocked).toBe(false);
  });
});

test.describe('without JavaScript', () => {
  test.use({ storageState: STATE, javaScriptEnabled: false });

  test('blocking a company shows what will happen, counted now, and needs the confirmation', async ({ page }) => {
    await page.goto(`/admin/companies/${ids.company}`, { timeout: 90_000 });
    const form = page.getByTestId('block-form');
    await form.getByLabel('Причина блокировки').fill(`Берут деньги за обучение ${TAG}`);
    await form.getByRole('button', { name: 'Заблокировать компанию' }).click();
    const confirm = page.getByTestId('confirm-step');
    // risky (approved above), reported and live are published now.
    await expect(confirm).toContainText('3 опубликованные вакансии исчезнут с сайта.');
    await expect(confirm).toContainText('2 открытые жалобы будут закрыты.');
    await expect(confirm).toContainText('Владелец получит письмо с причиной.');
    expect((await query<{ blocked: boolean }>('SELECT "blockedAt" IS NOT NULL AS blocked FROM companies WHERE id = $1', [ids.company]))[0]?.blocked).toBe(false);
    await expect(page.getByTestId('block-form').getByLabel('Причина блокировки')).toHaveValue(`Берут деньги за обучение ${TAG}`);

    await confirm.getByRole('button', { name: 'Да, заблокировать компанию' }).click();
    await expect(page.getByTestId('unblock-form')).toBeVisible({ timeout: 90_000 });
    expect((await query<{ blocked: boolean }>('SELECT "blockedAt" IS NOT NULL AS blocked FROM companies WHERE id = $1', [ids.company]))[0]?.blocked).toBe(true);
    // The summary no longer counts them as published.
    await expect(page.locator('[data-status="hiddenByBlock"]')).toContainText('Скрыты блокировкой: 3');
    await expect(page.locator('[data-status="published"]')).toHaveCount(0);
  });

  test('the rejection preview is a step of its own', async ({ page }) => {
    const id = await insertVacancy('nojs', 'pending', { score: 5, reasons: [] });
    await page.goto(`/admin/moderation/${id}`, { timeout: 90_000 });
    const form = page.getByTestId('rejection-form');
    await expect(form.getByRole('button', { name: 'Отклонить вакансию' })).toHaveCount(0);
    await form.getByLabel('Причина').selectOption('poorDescription');
    await form.getByRole('button', { name: 'Показать, что прочтёт работодатель' }).click();
    const after = page.getByTestId('rejection-form');
    await expect(after.getByTestId('preview-mail-en')).toContainText('did not pass review');
    await after.getByRole('button', { name: 'Отклонить вакансию' }).click();
    await expect(page).toHaveURL(/\/admin\/moderation\?done=rejected/, { timeout: 90_000 });
  });
});
