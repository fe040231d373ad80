import { expect, test, type Page } from './support/test';
import { query } from './support/db';
import { expectNoSeriousA11yViolations } from './support/axe';

// Slugs of particular kinds come straight from the run's database (DATABASE_URL, set by npm test).
const OPEN = `v.status = 'published' AND v."expiresAt" > now() AND c."blockedAt" IS NULL`;

async function slugWhere(condition: string): Promise<string> {
  const rows = await query<{ slug: string }>(
    `SELECT v.slug FROM vacancies v JOIN companies c ON c.id = v."companyId" WHERE ${condition} ORDER BY v."publishedAt" DESC NULLS LAST, v.slug LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`No vacancy where ${condition}`);
  return rows[0].slug;
}

async function jobPostings(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((s) => JSON.parse(s) as Record<string, unknown>).filter((d) => d['@type'] === 'JobPosting');
}

test.describe('vacancy page', () => {
  test('opens from the home page with JSON-LD JobPosting and passes axe in Russian', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('region', { name: 'Свежие вакансии' }).locator('a[href^="/vacancies/"]').first();
    const title = (await link.textContent())?.trim() ?? '';
    await link.click();
    // Generous: under `next dev` the first visit compiles the route.
    await expect(page).toHaveURL(/\/vacancies\/[a-z0-9-]+$/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    // A full load too: the status, the canonical link and the structured data as a crawler gets them.
    const response = await page.goto(page.url());
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { name: 'Главное' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Отклик' })).toBeVisible();
    const [posting, ...more] = await jobPostings(page);
    expect(more).toEqual([]);
    expect(posting).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', title, jobLocationType: 'TELECOMMUTE' });
    expect(posting?.hiringOrganization).toMatchObject({ '@type': 'Organization' });
    const slug = new URL(page.url()).pathname.split('/').pop();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/vacancies/${slug}$`));
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('is in English under /en and passes axe', async ({ page }) => {
    const slug = await slugWhere(OPEN);
    const response = await page.goto(`/en/vacancies/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Key facts' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'About the job' })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/vacancies/${slug}$`));
    expect(await jobPostings(page)).toHaveLength(1);
    await expectNoSeriousA11yViolations(page);
  });

  test('links out to the employer with nofollow, in a new tab', async ({ page }) => {
    const slug = await slugWhere(`${OPEN} AND v."applyMode" = 'url' AND v."applyUrl" LIKE 'http%'`);
    await page.goto(`/vacancies/${slug}`);
    const apply = page.getByRole('link', { name: /Откликнуться на сайте компании/ });
    await expect(apply).toHaveAttribute('target', '_blank');
    await expect(apply).toHaveAttribute('rel', 'nofollow noopener');
    // Through the counting route, which answers with a redirect to the employer's page.
    const href = await apply.getAttribute('href');
    expect(href).toMatch(/^\/api\/vacancies\/[0-9a-f-]{36}\/apply$/);
    const hop = await page.request.get(href!, { maxRedirects: 0 });
    expect(hop.status()).toBe(302);
    expect(hop.headers().location).toMatch(/^https?:\/\//);
  });

  test('prefills the subject of an email application', async ({ page }) => {
    const slug = await slugWhere(`${OPEN} AND v."applyMode" = 'email' AND v."applyEmail" IS NOT NULL`);
    await page.goto(`/vacancies/${slug}`);
    const href = await page.getByRole('link', { name: 'Откликнуться по почте' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/vacancies\/[0-9a-f-]{36}\/apply$/);
    const hop = await page.request.get(href!, { maxRedirects: 0 });
    expect(hop.headers().location).toMatch(/^mailto:[^?]+@[^?]+\?subject=.+/);
  });

  test.describe('in another time zone', () => {
    test.use({ timezoneId: 'Asia/Almaty' });

    test('converts Moscow shift times to the browser zone', async ({ page }) => {
      const [slot] = await query<{ slug: string; start: number }>(
        `SELECT v.slug, s."startMinute" AS start FROM vacancies v JOIN companies c ON c.id = v."companyId"
         JOIN shift_slots s ON s."vacancyId" = v.id
         WHERE ${OPEN} AND s."timeZone" = 'Europe/Moscow' AND s."startMinute" <> s."endMinute"
           AND NOT EXISTS (SELECT 1 FROM shift_slots o WHERE o."vacancyId" = v.id AND o.position < s.position)
         ORDER BY v.slug LIMIT 1`,
      );
      test.skip(!slot, 'no open vacancy with a Moscow shift');
      await page.goto(`/vacancies/${slot!.slug}`);
      const table = page.getByRole('table', { name: 'Время смен' });
      await expect(table.getByRole('columnheader', { name: /Ваше время/ })).toContainText('Asia/Almaty');
      // Almaty is UTC+5 all year, two hours ahead of Moscow.
      const local = (slot!.start + 120) % 1440;
      const hhmm = `${String(Math.floor(local / 60)).padStart(2, '0')}:${String(local % 60).padStart(2, '0')}`;
      await expect(table.getByRole('row').nth(1).getByRole('cell').last()).toContainText(hhmm);
    });
  });

  test('shows an ended vacancy without JSON-LD, kept out of search results', async ({ page }) => {
    const slug = await slugWhere(`v.status IN ('closed', 'expired') AND c."blockedAt" IS NULL`);
    const response = await page.goto(`/vacancies/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Вакансия больше не принимает отклики')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Похожие вакансии' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Отклик' })).toHaveCount(0);
    expect(await jobPostings(page)).toEqual([]);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('answers 404 for unknown, malformed and non-public slugs', async ({ page }) => {
    for (const path of ['/vacancies/no-such-vacancy-0000', '/en/vacancies/no-such-vacancy-0000', '/vacancies/Operator', '/vacancies/%F0%9F%98%80', `/vacancies/${'a'.repeat(500)}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    // The tab and the page say that a vacancy is missing, not just "a page".
    await expect(page.getByRole('heading', { name: 'Вакансии нет или она уже закрыта' })).toBeVisible();
    await expect(page).toHaveTitle(/Вакансия не найдена/);
    await page.goto('/en/vacancies/no-such-vacancy-0000');
    await expect(page).toHaveTitle(/Vacancy not found/);
    for (const status of ['draft', 'pending', 'rejected', 'removed']) {
      const slug = await slugWhere(`v.status = '${status}'`);
      expect((await page.goto(`/vacancies/${slug}`))?.status(), status).toBe(404);
    }
  });

  test('is usable at 360 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/vacancies/${await slugWhere(OPEN)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
