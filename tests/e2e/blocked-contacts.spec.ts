import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test } from './support/test';
import { query } from './support/db';
import { hashPassword } from '../../lib/accounts/password';
import { expectNoSeriousA11yViolations } from './support/axe';
import { saveSignedInState } from './support/sign-in';

// Issue 13 item 2 as a moderator meets it: a reason on the review page that links to the removed ad whose
// Telegram handle the new one reuses, blocking that handle from there, and the blocked contacts page.

const expect = baseExpect.configure({ timeout: 30_000 });
const TAG = `e2e-bc-${randomUUID().slice(0, 8)}`;
const HANDLE = `@hr_${TAG.slice(-8)}`;
const ADMIN = { email: `${TAG}-admin@test.example`, password: 'blocked-contacts-e2e' };
const STATE = path.join(os.tmpdir(), `blocked-contacts-admin-${process.pid}.json`);
const ids = { pending: '', removed: '' };

async function insertVacancy(name: string, status: 'pending' | 'removed', companyId: string, extra: { riskScore?: number; riskReasons?: unknown; reason?: string } = {}) {
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status, "updatedAt",
       "contractTypes", "riskScore", "riskReasons", "moderationReason")
     VALUES ($1, $2, $3, $4, 'ecommerce', 'shift', 'full', 'noExperience', $5, now(), '{employment}', $6, $7, $8) RETURNING id`,
    [`${TAG}-${name}`, companyId, `Оператор ${TAG} ${name}`, `Пишите куратору ${HANDLE}, он пришлёт анкету.`, status, extra.riskScore ?? null,
      extra.riskReasons === undefined ? null : JSON.stringify(extra.riskReasons), extra.reason ?? null],
  );
  await query(`INSERT INTO moderation_events ("vacancyId", action, "createdAt") VALUES ($1, $2, now() - interval '2 days')`, [row!.id, status === 'removed' ? 'removed' : 'submitted']);
  // What the submission would have recorded for the board-wide checks.
  await query(`INSERT INTO vacancy_contacts ("vacancyId", kind, value) VALUES ($1, 'telegram', $2)`, [row!.id, HANDLE]);
  return row!.id;
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const companies = await query<{ id: string }>('SELECT id FROM companies ORDER BY "createdAt" LIMIT 2');
  await query(
    `INSERT INTO users (email, name, "passwordHash", role, "emailVerified", "updatedAt") VALUES ($1, $2, $3, 'admin', now(), now())`,
    [ADMIN.email, `Модератор ${TAG}`, await hashPassword(ADMIN.password)],
  );
  ids.removed = await insertVacancy('removed', 'removed', companies[1]!.id, { reason: 'Просили оплатить обучение' });
  const [removed] = await query<{ title: string; name: string }>(
    'SELECT v.title, c.name FROM vacancies v JOIN companies c ON c.id = v."companyId" WHERE v.id = $1',
    [ids.removed],
  );
  ids.pending = await insertVacancy('pending', 'pending', companies[0]!.id, {
    riskScore: 65,
    riskReasons: [
      {
        code: 'contactOfFlaggedAd', weight: 65, phrases: [], contact: { kind: 'telegram', value: HANDLE }, contacts: [{ kind: 'telegram', value: HANDLE }],
        links: [{ vacancyId: ids.removed, title: removed!.title, companyName: removed!.name, status: 'removed', at: new Date(Date.now() - 2 * 86_400_000).toISOString(), reason: 'Просили оплатить обучение', companyBlocked: false, reports: 2, contact: { kind: 'telegram', value: HANDLE } }],
      },
    ],
  });
  await saveSignedInState(browser, testInfo.project.use.baseURL, ADMIN, STATE);
});

test.afterAll(async () => {
  await query('DELETE FROM blocked_contacts WHERE value = $1', [HANDLE]);
  await query('DELETE FROM audit_log WHERE "actorId" IN (SELECT id FROM users WHERE email LIKE $1)', [`${TAG}-%`]);
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}-%`]);
  await query('DELETE FROM users WHERE email LIKE $1', [`${TAG}-%`]);
  await rm(STATE, { force: true });
});

test.use({ storageState: STATE });

test('a reused contact links to the removed ad and is blocked from the review page', async ({ page }) => {
  await page.goto(`/admin/moderation/${ids.pending}`);
  const reason = page.getByTestId('board-reason-contactOfFlaggedAd');
  await expect(reason).toContainText(HANDLE);
  await expect(reason).toContainText('удалена модератором');
  await expect(reason).toContainText('причина: «Просили оплатить обучение»');
  await expect(reason).toContainText('2 жалобы');
  await expect(reason.getByRole('link', { name: `Оператор ${TAG} removed` })).toHaveAttribute('href', `/admin/moderation/${ids.removed}`);

  await reason.getByText(`Заблокировать ${HANDLE}`).click();
  await reason.getByLabel(`Причина блокировки ${HANDLE}`).fill('Вербует под видом обучения');
  await reason.getByRole('button', { name: 'Заблокировать' }).click();
  await expect(reason.getByText('Контакт заблокирован.')).toBeVisible();
  // Held: the approval is refused while the handle stays blocked.
  expect((await query('SELECT 1 FROM blocked_contacts WHERE kind = $1 AND value = $2', ['telegram', HANDLE])).length).toBe(1);
});

test('the blocked contacts page lists it, explains bad input per field, and unblocks', async ({ page }) => {
  await page.goto('/admin/contacts');
  await expect(page).toHaveTitle(/Заблокированные контакты/);
  const row = page.getByTestId('blocked-contacts').getByRole('row').filter({ hasText: HANDLE });
  await expect(row).toContainText('Вербует под видом обучения');
  await expect(row).toContainText('2 объявления');
  await expectNoSeriousA11yViolations(page);

  const form = page.getByTestId('block-contact-form');
  // Typing before the form hydrates would be wiped when Conform takes the fields over.
  await page.waitForLoadState('networkidle');
  await form.getByLabel('Вид контакта').selectOption('phone');
  await form.getByLabel('Контакт', { exact: true }).fill('позвоните мне вечером');
  await form.getByLabel('Причина').fill('Проверка');
  await form.getByRole('button', { name: 'Заблокировать' }).click();
  await expect(form.getByText('Это не похоже на номер телефона')).toBeVisible();
  await expect(form.getByLabel('Контакт', { exact: true })).toHaveValue('позвоните мне вечером');

  await form.getByLabel('Вид контакта').selectOption('telegram');
  await form.getByLabel('Контакт', { exact: true }).fill(`https://t.me/${HANDLE.slice(1).toUpperCase()}`);
  await form.getByRole('button', { name: 'Заблокировать' }).click();
  await expect(form.getByText('Этот контакт уже заблокирован')).toBeVisible();

  await row.getByRole('button', { name: 'Разблокировать' }).click();
  await expect(page.getByTestId('blocked-contacts').getByRole('row').filter({ hasText: HANDLE })).toHaveCount(0);
});

test('the page answers in English and on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/admin/contacts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blocked contacts');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
