import { randomBytes, randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type BrowserContext, type Page } from './support/test';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';

const DAY = 86_400_000;
// Server actions on a busy machine take a while; the assertions wait for them.
const expect = baseExpect.configure({ timeout: 30_000 });
// One made-up word in every title of this spec: `/vacancies?q=WORD` lists this spec's vacancies and no others.
const WORD = `zz${Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const TAG = `e2e-saved-${WORD}`;

type Row = { id: string; slug: string; title: string };
let open: Row[] = [];
let closed: Row;

async function insertVacancy(companyId: string, name: string, status: 'published' | 'closed'): Promise<Row> {
  const slug = `${TAG}-${name}`;
  const title = `Оператор чата ${WORD} ${name}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience,
       status, "applyMode", "publishedAt", "expiresAt", "closedAt", "updatedAt")
     VALUES ($1, $2, $3, 'Отвечаем покупателям в чате.', 'ecommerce', 'shift', 'full', 'noExperience',
       $4, 'form', $5, $6, $7, now())
     RETURNING id`,
    [slug, companyId, title, status, new Date(Date.now() - 2 * DAY), new Date(Date.now() + 20 * DAY), status === 'closed' ? new Date(Date.now() - DAY) : null],
  );
  return { id: row!.id, slug, title };
}

test.beforeAll(async () => {
  const [company] = await query<{ id: string }>(
    `SELECT m."companyId" AS id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = 'employer1@chatshift.example' LIMIT 1`,
  );
  open = [await insertVacancy(company!.id, 'one', 'published'), await insertVacancy(company!.id, 'two', 'published'), await insertVacancy(company!.id, 'three', 'published')];
  closed = await insertVacancy(company!.id, 'closed', 'closed');
});

test.afterAll(async () => {
  await query('DELETE FROM vacancies WHERE slug LIKE $1', [`${TAG}%`]);
});

const cards = (page: Page) => page.locator('main article');
const saveButton = (page: Page, title: string, locale: 'ru' | 'en' = 'ru') =>
  page.getByRole('button', { name: locale === 'ru' ? `Сохранить вакансию «${title}»` : `Save vacancy “${title}”`, exact: true });
/** The header's link: «Избранное 2», or «Избранное» alone while nothing is saved. */
const savedLink = (page: Page) => page.getByTestId('saved-link');

async function saveCookie(context: BrowserContext, baseURL: string | undefined, value: string) {
  await context.addCookies([{ name: 'saved', value, url: baseURL ?? 'http://127.0.0.1:3100', sameSite: 'Lax' }]);
}

test('saves two vacancies from the catalogue with JavaScript, counts them in the header and lists them', async ({ page, context }) => {
  // networkidle: act once the page is hydrated (a click before that is the plain form, tested below).
  await page.goto(`/vacancies?q=${WORD}`, { waitUntil: 'networkidle' });
  await expect(cards(page)).toHaveCount(3);
  await expect(savedLink(page)).toHaveText('Избранное');
  await page.evaluate(() => Object.assign(window, { savedMarker: 'kept' }));

  for (const vacancy of [open[0]!, open[1]!]) {
    const button = saveButton(page, vacancy.title);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByRole('link', { name: 'Избранное 2', exact: true })).toBeVisible();
  await expect(saveButton(page, open[2]!.title)).toHaveAttribute('aria-pressed', 'false');
  // No page load: the catalogue stayed where it was.
  expect(await page.evaluate(() => (window as unknown as { savedMarker?: string }).savedMarker)).toBe('kept');
  await expect(page).toHaveURL(new RegExp(`/vacancies\\?q=${WORD}$`));

  // The buttons and the count flip at once (optimistic); the cookie comes with the second action's answer.
  const savedCookie = async () => (await context.cookies()).find((c) => c.name === 'saved');
  await expect.poll(async () => (await savedCookie())?.value).toBe(`${open[1]!.id}.${open[0]!.id}`);
  const cookie = await savedCookie();
  expect(cookie).toMatchObject({ path: '/', httpOnly: true, sameSite: 'Lax' });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * DAY);

  await savedLink(page).click();
  await expect(page).toHaveURL(/\/saved$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Избранные вакансии' })).toBeVisible();
  await expect(savedLink(page)).toHaveAttribute('aria-current', 'page');
  // Newest saved first.
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(0)).toContainText(open[1]!.title);
  await expect(cards(page).nth(1)).toContainText(open[0]!.title);

  // Unsaving here takes it off the list.
  await saveButton(page, open[1]!.title).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(open[0]!.title);
  await expect(page.getByRole('link', { name: 'Избранное 1', exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('saves with the plain form, comes back to the same page, and unsaves on /saved', async ({ page }) => {
    const path = `/vacancies?q=${WORD}`;
    await page.goto(path);
    await expect(cards(page)).toHaveCount(3);

    const posted = page.waitForResponse((r) => r.request().method() === 'POST');
    await saveButton(page, open[2]!.title).click();
    const response = await posted;
    expect(response.status()).toBe(303);
    expect(response.headers().location).toMatch(new RegExp(`^(https?://[^/]+)?/vacancies\\?q=${WORD}$`));
    await expect(saveButton(page, open[2]!.title)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`/vacancies\\?q=${WORD}$`));
    await expect(page.getByRole('link', { name: 'Избранное 1', exact: true })).toBeVisible();

    await page.goto('/saved');
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page).first()).toContainText(open[2]!.title);

    await saveButton(page, open[2]!.title).click();
    await expect(page.getByRole('heading', { name: 'Здесь пока пусто' })).toBeVisible();
    await expect(page).toHaveURL(/\/saved$/);
    await expect(page.getByRole('link', { name: 'Смотреть вакансии' })).toHaveAttribute('href', '/vacancies');
    await expect(savedLink(page)).toHaveText('Избранное');
  });

  test('a link with the form fields changes nothing: saving takes a POST', async ({ page, context }) => {
    const response = await page.goto(`/vacancies?q=${WORD}&id=${open[0]!.id}&saved=1`);
    expect(response?.status()).toBe(200);
    expect((await context.cookies()).find((c) => c.name === 'saved')).toBeUndefined();
    expect((await page.goto('/saved/toggle?id=' + open[0]!.id))?.status()).toBe(404);
  });
});

test('saves from the vacancy page and lists an ended vacancy with what happened, without applying', async ({ page, context }) => {
  await page.goto(`/vacancies/${closed.slug}`, { waitUntil: 'networkidle' });
  const button = saveButton(page, closed.title);
  await expect(button).toHaveText('Сохранить');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'Избранное 1', exact: true })).toBeVisible();
  // The button flips at once (optimistic): leave only once the action's answer has set the cookie, or the
  // navigation below cancels it.
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'saved')?.value).toBe(closed.id);

  await page.goto('/saved');
  const ended = page.getByRole('region', { name: /Больше не принимают отклики/ });
  await expect(ended.locator('article')).toHaveCount(1);
  await expect(ended).toContainText(closed.title);
  await expect(ended).toContainText('Работодатель закрыл вакансию');
  await expect(ended.getByRole('link', { name: closed.title })).toHaveAttribute('href', `/vacancies/${closed.slug}`);
  await expect(page.getByRole('region', { name: /Принимают отклики/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Отправить отклик/ })).toHaveCount(0);
});

for (const [locale, path, heading, endedHeading] of [
  ['ru', '/saved', 'Избранные вакансии', /Больше не принимают отклики/],
  ['en', '/en/saved', 'Saved vacancies', /No longer taking applications/],
] as const) {
  test(`${path} shows open and ended vacancies, drops unknown ids, is not indexed and passes axe (${locale})`, async ({ page, context, baseURL }) => {
    await saveCookie(context, baseURL, [open[0]!.id, randomUUID(), closed.id].join('.'));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(cards(page)).toHaveCount(2);
    await expect(page.getByRole('region', { name: endedHeading })).toContainText(closed.title);
    await expect(saveButton(page, open[0]!.title, locale)).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousA11yViolations(page);
  });
}

test('a broken or hostile cookie is ignored: the empty list, never an error', async ({ page, context, baseURL }) => {
  for (const value of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%E0%A4%A', `${open[0]!.id.toUpperCase()}x.nope`, 'x'.repeat(3_900)]) {
    await saveCookie(context, baseURL, value);
    const response = await page.goto('/saved');
    expect(response?.status(), value).toBe(200);
    await expect(page.getByRole('heading', { name: 'Здесь пока пусто' })).toBeVisible();
    await expect(savedLink(page)).toHaveText('Избранное');
  }
  await expectNoSeriousA11yViolations(page);
});

test('the header stays within a 360 px screen with a count', async ({ page, context, baseURL }) => {
  await saveCookie(context, baseURL, open.map((v) => v.id).join('.'));
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Избранное 3', exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
