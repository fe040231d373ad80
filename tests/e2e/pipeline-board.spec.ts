import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Page } from './support/test';
import { AUTH, DEMO } from './support/auth';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';

// The pipeline as an employer works it: the board moved with the keyboard alone, the same move without
// JavaScript, next/previous through a filtered list, a bulk change with a refusal, and the CSV in Russian.
const expect = baseExpect.configure({ timeout: 30_000 });
const DAY = 86_400_000;
const TAG = `e2e-board-${randomUUID().slice(0, 8)}`;
const PEOPLE = {
  anna: `Анна Доскина ${TAG}`,
  boris: `Борис Клавишин ${TAG}`,
  vera: `Вера Без-Скриптова ${TAG}`,
  gleb: `Глеб Отказов ${TAG}`,
};
type Person = keyof typeof PEOPLE;
const ids = {} as Record<Person, string>;
let vacancyId = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ storageState: AUTH.employer1, navigationTimeout: 90_000, actionTimeout: 30_000 });

test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    'SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1',
    [DEMO.employer1.email],
  );
  const [vacancy] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, "contractTypes",
       status, "publishedAt", "expiresAt", "updatedAt")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience', '{employment}', 'published', $4, $5, now())
     RETURNING id`,
    [TAG, company!.id, `Оператор доски ${TAG}`, new Date(Date.now() - 5 * DAY), new Date(Date.now() + 20 * DAY)],
  );
  vacancyId = vacancy!.id;
  // Oldest first, so the list (newest first) reads gleb, vera, boris, anna.
  const order: [Person, string][] = [['anna', 'new'], ['boris', 'new'], ['vera', 'new'], ['gleb', 'rejected']];
  for (const [i, [who, status]] of order.entries()) {
    const [row] = await query<{ id: string }>(
      `INSERT INTO applications ("vacancyId", name, email, languages, experience, "coverMessage", "consentAt", "consentVersion",
         status, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'between1And3', $5, now(), '2026-11', $6::"ApplicationStatus", $7, now())
       RETURNING id`,
      [vacancyId, PEOPLE[who], `${who}-${TAG}@mail.example`, JSON.stringify([{ language: 'en', level: 'B2' }]),
        who === 'vera' ? '=1+2' : 'Два года в поддержке.', status, new Date(Date.now() - (4 - i) * DAY)],
    );
    ids[who] = row!.id;
  }
});

test.afterAll(async () => {
  await query('DELETE FROM outbox_mail WHERE "to" LIKE $1', [`%${TAG}%`]);
  await query('DELETE FROM vacancies WHERE slug = $1', [TAG]);
});

const board = `/employer/applications?view=board&vacancy=`;
const card = (page: Page, who: Person) => page.locator(`[data-card-id="${ids[who]}"]`);
const column = (page: Page, status: string) => page.locator(`[data-column="${status}"]`);
const statusOf = async (who: Person) =>
  (await query<{ status: string }>('SELECT status::text AS status FROM applications WHERE id = $1', [ids[who]]))[0]!.status;

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`: keyboard only, no clicks. */
async function tabTo(page: Page, selector: string, limit = 40, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('an employer moves two candidates on the board with the keyboard alone', async ({ page }) => {
  await page.goto(board + vacancyId, { timeout: 90_000 });
  await expect(page).toHaveTitle(/Отклики: доска/);
  await expect(card(page, 'anna')).toBeVisible();
  await expect(column(page, 'new').locator('h2')).toContainText('Новые');
  await expectNoSeriousA11yViolations(page);

  // Anna: new → shortlisted. From the top of the page: Tab to her card's menu, Enter, Tab to the step, Enter.
  await page.locator('body').focus();
  await tabTo(page, `[data-card-id="${ids.anna}"] summary`);
  await page.keyboard.press('Enter');
  await tabTo(page, `[data-card-id="${ids.anna}"] [data-move="shortlisted"]`, 6);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-announcement')).toHaveText(`${PEOPLE.anna} — теперь в колонке «Отобранные».`);
  await expect(column(page, 'shortlisted').locator(`[data-card-id="${ids.anna}"]`)).toBeVisible();
  // Focus followed the card to its new column, so the next key press continues from there.
  await expect(card(page, 'anna').locator('summary')).toBeFocused();

  // Boris: new → rejected, with the standard letter (the box is ticked by default). Still only the keyboard:
  // his column is to the left, so back with Shift+Tab.
  await tabTo(page, `[data-card-id="${ids.boris}"] summary`, 10, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, `[data-card-id="${ids.boris}"] [data-move="rejected"]`, 6);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-announcement')).toHaveText(`${PEOPLE.boris} — теперь в колонке «С отказом», письмо кандидату отправлено.`);

  await page.reload();
  await expect(column(page, 'shortlisted').locator(`[data-card-id="${ids.anna}"]`)).toBeVisible();
  await expect(column(page, 'rejected').locator(`[data-card-id="${ids.boris}"]`)).toBeVisible();
  await expect(column(page, 'new').locator(`[data-card-id="${ids.anna}"], [data-card-id="${ids.boris}"]`)).toHaveCount(0);
  expect([await statusOf('anna'), await statusOf('boris')]).toEqual(['shortlisted', 'rejected']);
  const mails = await query<{ kind: string; text: string }>('SELECT kind, text FROM outbox_mail WHERE "to" = $1', [`boris-${TAG}@mail.example`]);
  expect(mails).toEqual([expect.objectContaining({ kind: 'application-rejected', text: expect.stringContaining(`Здравствуйте, ${PEOPLE.boris}!`) })]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a move on the board is a small form that posts and comes back to the board', async ({ page }) => {
    await page.goto(board + vacancyId, { timeout: 90_000 });
    await card(page, 'vera').locator('summary').click();
    await card(page, 'vera').locator('[data-move="viewed"]').click();
    await expect(page.getByTestId('board-announcement')).toContainText(`${PEOPLE.vera} — теперь в колонке «Просмотренные».`);
    await expect(column(page, 'viewed').locator(`[data-card-id="${ids.vera}"]`)).toBeVisible();
    expect(await statusOf('vera')).toBe('viewed');
  });
});

test('next and previous walk the filtered list, with the filters carried along', async ({ page }) => {
  // The vacancy's applications newest first: gleb, vera, boris, anna. Filtered to two statuses: vera, anna.
  await page.goto(`/employer/applications?vacancy=${vacancyId}&status=viewed&status=shortlisted`, { timeout: 90_000 });
  await page.getByRole('link', { name: PEOPLE.vera }).click();
  await expect(page.getByRole('heading', { level: 1, name: PEOPLE.vera })).toBeVisible();
  const nav = page.getByTestId('neighbours');
  await expect(nav.getByTestId('neighbours-position')).toHaveText('1 из 2');
  await expect(nav.getByRole('link', { name: 'Предыдущий' })).toHaveCount(0);
  await nav.getByRole('link', { name: /Следующий/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: PEOPLE.anna })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/employer/applications/${ids.anna}\\?status=viewed&status=shortlisted&vacancy=${vacancyId}$`));
  await expect(page.getByTestId('neighbours-position')).toHaveText('2 из 2');
  await expect(page.getByTestId('neighbours').getByRole('link', { name: /Следующий/ })).toHaveCount(0);
  await page.getByTestId('neighbours').getByRole('link', { name: /Предыдущий/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: PEOPLE.vera })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Все отклики' })).toHaveAttribute('href', `/employer/applications?status=viewed&status=shortlisted&vacancy=${vacancyId}`);
  await expectNoSeriousA11yViolations(page);
});

test('j and k follow next and previous once scripts run', async ({ page }) => {
  await page.goto(`/employer/applications/${ids.vera}?status=viewed&status=shortlisted&vacancy=${vacancyId}`, { timeout: 90_000 });
  // The hint is rendered only where the keys work, i.e. after hydration.
  const hydrated = await page.getByText('Клавиши j и k').waitFor({ timeout: 30_000 }).then(() => true, () => false);
  test.skip(!hydrated, 'the page did not hydrate on this server, so there are no keyboard shortcuts to test');
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1, name: PEOPLE.anna })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { level: 1, name: PEOPLE.vera })).toBeVisible();
});

test('a bulk change moves the allowed ones and names the one it could not move', async ({ page }) => {
  await page.goto(`/employer/applications?vacancy=${vacancyId}`, { timeout: 90_000 });
  await page.getByLabel(`Отметить: ${PEOPLE.vera}`).check();
  await page.getByLabel(`Отметить: ${PEOPLE.gleb}`).check();
  const form = page.getByTestId('bulk-form');
  await form.getByLabel('Изменить статус на').selectOption('shortlisted');
  await form.getByRole('button', { name: 'Применить к отмеченным' }).click();
  const report = page.getByTestId('bulk-report');
  await expect(report).toContainText('Статус «Отобран» получили: 1. Не удалось: 1.');
  await expect(report).toContainText(`${PEOPLE.gleb} — из статуса «Отказ» так перейти нельзя`);
  expect([await statusOf('vera'), await statusOf('gleb')]).toEqual(['shortlisted', 'rejected']);
  await expect(page.locator(`[data-application-id="${ids.vera}"] [data-status]`)).toHaveText('Отобран');
});

test('the CSV export has a Russian header, Russian statuses and Moscow times', async ({ page }) => {
  await page.goto(`/employer/applications?vacancy=${vacancyId}`, { timeout: 90_000 });
  const link = page.getByRole('link', { name: 'Экспорт CSV' });
  await expect(link).toHaveAttribute('href', `/api/employer/applications/export?vacancy=${vacancyId}&lang=ru`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('otkliki.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(header).toBe(
    'Дата отклика (МСК);Статус;Вакансия;Имя;Почта;Телефон;Telegram;Языки;Опыт;Удобные смены;Сопроводительное письмо;Ссылка на резюме;Данные удалены;Отклик на ChatShift',
  );
  const byName = (who: Person) => rows.find((r) => r.includes(PEOPLE[who]))!.split(';');
  expect(byName('anna')[1]).toBe('Отобран');
  expect(byName('boris')[1]).toBe('Отказ');
  expect(byName('vera')[1]).toBe('Отобран');
  expect(byName('anna')[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  // Quoted for its comma (the exporter quotes commas for tools that guess `,` as the separator).
  expect(byName('anna')[7]).toBe('"Английский — B2, выше среднего"');
  expect(byName('anna')[8]).toBe('От 1 года до 3 лет');
  // A candidate's «=1+2» stays text.
  expect(byName('vera')[10]).toBe("'=1+2");
});

test.describe('another employer', () => {
  test.use({ storageState: AUTH.employer2 });

  test('sees none of these cards and cannot move or export them', async ({ page }) => {
    await page.goto(`${board}${vacancyId}`, { timeout: 90_000 });
    await expect(page.locator(`[data-card-id="${ids.anna}"]`)).toHaveCount(0);
    expect((await page.request.get(`/api/employer/applications/export?vacancy=${vacancyId}&lang=ru`)).status()).toBe(404);
    expect((await page.goto(`/employer/applications/${ids.anna}?view=board`))?.status()).toBe(404);
    expect(await statusOf('anna')).toBe('shortlisted');
  });
});
