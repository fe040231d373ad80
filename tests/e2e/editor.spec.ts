import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from './support/test';
import { AUTH, DEMO } from './support/auth';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';

const EMPLOYER = DEMO.employer1;

// The session the setup project saved (auth.setup.ts): no sign-in per spec. The dev server compiles on first hit.
test.describe.configure({ mode: 'serial' });
test.use({ storageState: AUTH.employer1, navigationTimeout: 90_000 });

const combo = (page: Page, name: string) => page.getByRole('combobox', { name: new RegExp(`^${name}`) });

test('an employer fills a vacancy, fixes a too-short title and submits it for review', async ({ page }) => {
  const title = `Оператор чата e2e ${randomUUID().slice(0, 8)}`;
  let vacancyId: string | undefined;
  try {
    await page.goto('/employer/vacancies/new');
    await page.getByLabel('Название вакансии').fill('Опер');
    await combo(page, 'Отрасль').selectOption('ecommerce');
    await combo(page, 'Занятость').selectOption('full');
    await combo(page, 'Опыт').selectOption('noExperience');
    await combo(page, 'График').selectOption('shift');

    await page.getByLabel('Начало смены 1').fill('21:00');
    await page.getByLabel('Конец смены 1').fill('09:00');
    const preview = page.getByTestId('slot-preview').first();
    await expect(preview).toContainText('21:00–09:00 по Москве — это 23:00–11:00 в Екатеринбурге');
    await expect(preview).toContainText('через полночь');
    await page.getByRole('button', { name: 'Добавить смену' }).click();
    await page.getByLabel('Начало смены 2').fill('09:00');
    await page.getByLabel('Конец смены 2').fill('21:00');
    await combo(page, 'Часовой пояс смены 2').selectOption('Asia/Yekaterinburg');
    await expect(page.getByTestId('slot-preview').nth(1)).toContainText('09:00–21:00 в Екатеринбурге — это 07:00–19:00 по Москве');

    await page.getByRole('button', { name: 'Добавить язык' }).click();
    await combo(page, 'Язык 2').selectOption('en');
    await combo(page, 'Уровень языка 2').selectOption('B2');
    await page.getByRole('button', { name: 'Добавить язык' }).click();
    await combo(page, 'Язык 3').selectOption('kk');
    await combo(page, 'Уровень языка 3').selectOption('B1');

    await page.getByLabel('От', { exact: true }).fill('45000');
    await page.getByLabel('До', { exact: true }).fill('60000');
    await page.getByLabel('Есть обучение').check();
    await page.getByLabel('Длительность обучения, дней').fill('5');
    await page.getByLabel('Трудовой договор').check();
    const description = 'Отвечаем покупателям в чате: **статусы заказов**, возвраты и оплата. Обучаем за неделю, наставник на смене.';
    await page.getByLabel('Текст вакансии').fill(description);
    await page.getByRole('button', { name: 'Предпросмотр' }).click();
    await expect(page.getByTestId('description-preview').locator('strong')).toHaveText('статусы заказов');

    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    const titleField = page.getByLabel('Название вакансии');
    // The field says it, and the summary above the form lists it with a link to the field.
    await expect(page.locator('[id="vf-title-error"]')).toHaveText('Название должно быть не короче 5 символов');
    await expect(page.getByTestId('error-summary').getByRole('link', { name: 'Название вакансии', exact: true })).toBeVisible();
    await expect(titleField).toHaveAttribute('aria-invalid', 'true');
    await expect(titleField).toBeFocused();
    // Nothing typed is lost.
    await expect(page.getByLabel('Начало смены 2')).toHaveValue('09:00');
    await expect(combo(page, 'Язык 3')).toHaveValue('kk');
    await expect(page.getByLabel('Длительность обучения, дней')).toHaveValue('5');
    await expect(page.getByLabel('Текст вакансии')).toHaveValue(description);

    await titleField.fill(title);
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    vacancyId = new URL(page.url()).pathname.split('/').pop();
    const [row] = await query<{ status: string; slots: number; languages: number }>(
      `SELECT v.status::text AS status,
              (SELECT count(*)::int FROM shift_slots s WHERE s."vacancyId" = v.id) AS slots,
              (SELECT count(*)::int FROM vacancy_languages l WHERE l."vacancyId" = v.id) AS languages
         FROM vacancies v WHERE v.id = $1 AND v.title = $2`,
      [vacancyId, title],
    );
    expect(row).toEqual({ status: 'pending', slots: 2, languages: 3 });

    // The edit page opens the same values.
    await page.goto(`/employer/vacancies/${vacancyId}/edit`);
    await expect(page.getByLabel('Название вакансии')).toHaveValue(title);
    await expect(page.getByLabel('Конец смены 2')).toHaveValue('21:00');
    await expect(combo(page, 'Часовой пояс смены 2')).toHaveValue('Asia/Yekaterinburg');
    await expect(combo(page, 'Уровень языка 3')).toHaveValue('B1');
  } finally {
    await query('DELETE FROM vacancies WHERE title = $1', [title]);
  }
});

test('the edit page of a vacancy of another company, or of no vacancy, is not found', async ({ page }) => {
  const [foreign] = await query<{ id: string }>(
    `SELECT v.id FROM vacancies v WHERE v."companyId" NOT IN (
       SELECT m."companyId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1) LIMIT 1`,
    [EMPLOYER.email],
  );
  for (const id of [foreign?.id ?? randomUUID(), randomUUID(), 'not-a-uuid']) {
    const response = await page.goto(`/employer/vacancies/${id}/edit`);
    expect(response?.status()).toBe(404);
  }
});

test('an edit of a published vacancy waits for review while the published text stays', async ({ page }) => {
  const [vacancy] = await query<{ id: string; title: string }>(
    `SELECT v.id, v.title FROM vacancies v
       JOIN memberships m ON m."companyId" = v."companyId" JOIN users u ON u.id = m."userId"
      WHERE u.email = $1 AND v.status = 'published' AND NOT EXISTS (SELECT 1 FROM vacancy_revisions r WHERE r."vacancyId" = v.id)
      ORDER BY v."createdAt" LIMIT 1`,
    [EMPLOYER.email],
  );
  test.skip(!vacancy, 'the seed has no published vacancy of the demo employer without a pending edit');
  const { id, title } = vacancy!;
  const edited = `${title.slice(0, 90)} (правка ${randomUUID().slice(0, 6)})`;
  const startedAt = new Date();
  try {
    await page.goto(`/employer/vacancies/${id}/edit`);
    await expect(page.getByLabel('Название вакансии')).toHaveValue(title);
    await page.getByLabel('Название вакансии').fill(edited);
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await expect(page).toHaveURL(new RegExp(`/employer/vacancies/${id}$`), { timeout: 30_000 });
    const [row] = await query<{ status: string; title: string; revised: string }>(
      `SELECT v.status::text AS status, v.title, r.data->>'title' AS revised FROM vacancies v JOIN vacancy_revisions r ON r."vacancyId" = v.id WHERE v.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'published', title, revised: edited });

    await page.goto(`/employer/vacancies/${id}/edit`);
    await expect(page.getByText('Вы видите правку, которая ждёт проверки')).toBeVisible();
    await expect(page.getByLabel('Название вакансии')).toHaveValue(edited);
  } finally {
    await query('DELETE FROM vacancy_revisions WHERE "vacancyId" = $1', [id]);
    await query(`DELETE FROM moderation_events WHERE "vacancyId" = $1 AND action = 'revisionSubmitted' AND "createdAt" >= $2`, [id, startedAt]);
  }
});

test('the editor works with the keyboard alone', async ({ page }) => {
  await page.goto('/employer/vacancies/new');
  const sections = new Set<string>();
  let addSlotFocused = false;
  for (let i = 0; i < 120 && !addSlotFocused; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      let section = el?.closest('fieldset') ?? null;
      while (section?.parentElement?.closest('fieldset')) section = section.parentElement.closest('fieldset');
      if (!el?.closest('form')) return { section: null, text: el?.textContent ?? '', labelled: true };
      const labelled = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? (el.labels?.length ?? 0) > 0 : Boolean(el?.textContent?.trim() || el?.getAttribute('aria-label'));
      return { section: section?.querySelector(':scope > legend')?.textContent ?? null, text: el?.textContent ?? '', labelled };
    });
    expect(focused.labelled, `a name for the control at Tab ${i + 1}`).toBe(true);
    if (focused.section) sections.add(focused.section);
    addSlotFocused = focused.text === 'Добавить смену';
  }
  expect([...sections]).toEqual(['Основное', 'График и смены']);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Начало смены 2')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Удалить смену 2' })).toBeVisible();

  // The rest of the sections, in order, by Tab alone.
  for (let i = 0; i < 200 && !sections.has('Как откликнуться'); i++) {
    await page.keyboard.press('Tab');
    const section = await page.evaluate(() => {
      let f = document.activeElement?.closest('fieldset') ?? null;
      while (f?.parentElement?.closest('fieldset')) f = f.parentElement.closest('fieldset');
      return f?.querySelector(':scope > legend')?.textContent ?? null;
    });
    if (section) sections.add(section);
  }
  expect([...sections]).toEqual([
    'Основное', 'График и смены', 'Языки поддержки', 'Зарплата', 'Обучение, KPI, оборудование',
    'Работа из-за рубежа', 'Оформление', 'Описание', 'Как откликнуться',
  ]);
});

for (const path of ['/employer/vacancies/new', '/en/employer/vacancies/new']) {
  test(`the editor at ${path} has no serious accessibility problems`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // With errors shown, too.
    await page.getByRole('button', { name: path.startsWith('/en') ? 'Submit for review' : 'Отправить на проверку' }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
    await expectNoSeriousA11yViolations(page);
  });
}
