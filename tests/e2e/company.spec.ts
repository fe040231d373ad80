import { randomUUID } from 'node:crypto';
import { expect, test } from './support/test';
import pg from 'pg';
import { expectNoSeriousA11yViolations } from './support/axe';

async function sql(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** A company of the test's own, removed afterwards (with anything that references it). */
async function withCompany(blocked: boolean, run: (slug: string, name: string) => Promise<void>): Promise<void> {
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const name = `E2E Support ${slug.slice(4)}`;
  await sql(
    `INSERT INTO companies (slug, name, description, industry, country, "blockedAt", "updatedAt")
     VALUES ($1, $2, 'Небольшая команда поддержки.', 'telecom', 'KZ', $3, now())`,
    [slug, name, blocked ? new Date() : null],
  );
  try {
    await run(slug, name);
  } finally {
    await sql('DELETE FROM companies WHERE slug = $1', [slug]);
  }
}

test('a company opens from a vacancy card and lists its open vacancies', async ({ page }) => {
  await page.goto('/vacancies');
  const companyLink = page.locator('main article').first().locator('a[href^="/companies/"]');
  const name = (await companyLink.innerText()).trim();
  await companyLink.click();

  await expect(page).toHaveURL(/\/companies\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { name: 'Открытые вакансии' })).toBeVisible();
  const cards = page.locator('main article');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card).toContainText(name);

  await page.reload();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${new URL(page.url()).pathname}$`));

  const website = page.locator('main a[rel="nofollow noopener"]');
  if (await website.count()) await expect(website).toHaveAttribute('href', /^https?:\/\//);
  await expectNoSeriousA11yViolations(page);
});

test('a company without open vacancies still has a page', async ({ page }) => {
  await withCompany(false, async (slug, name) => {
    const response = await page.goto(`/en/companies/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('heading', { name: 'No open vacancies right now' })).toBeVisible();
    await expect(page.getByText('Kazakhstan')).toBeVisible();
    await expect(page.getByRole('link', { name: /Vacancies in “Telecoms”/ })).toHaveAttribute('href', '/en/vacancies?industry=telecom');
    await expectNoSeriousA11yViolations(page);
  });
});

test('unknown and blocked companies answer 404', async ({ page }) => {
  expect((await page.goto('/companies/no-such-company-e2e'))?.status()).toBe(404);
  expect((await page.goto('/companies/Not_A_Slug'))?.status()).toBe(404);
  await withCompany(true, async (slug) => {
    expect((await page.goto(`/companies/${slug}`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Такой страницы нет' })).toBeVisible();
  });
});

test('a company with more than 20 open vacancies lists them a page at a time; a page number that does not parse shows a page', async ({ page, request }) => {
  await withCompany(false, async (slug) => {
    await sql(
      `INSERT INTO vacancies (slug, "companyId", title, description, industry, schedule, employment, experience, status, "publishedAt", "expiresAt", "updatedAt")
       SELECT $1 || '-' || n, c.id, 'Оператор чата ' || n, 'Текст.', 'telecom', 'shift', 'full', 'noExperience', 'published',
              now() - n * interval '1 minute', now() + interval '10 days', now()
       FROM companies c, generate_series(1, 23) n WHERE c.slug = $1`,
      [slug],
    );
    const cards = page.locator('section[aria-labelledby="vacancies-heading"] h3');
    await page.goto(`/companies/${slug}`);
    await expect(cards).toHaveCount(20);
    await page.getByRole('navigation', { name: /Страницы/ }).getByRole('link', { name: 'Страница 2' }).click();
    await expect(page).toHaveURL(new RegExp(`/companies/${slug}\\?page=2$`));
    await expect(cards).toHaveCount(3);
    for (const junk of ['%00', 'abc', '-5', '99999999999999999999', '%E0%A4%A', '2&page=3']) {
      const response = await request.get(`/companies/${slug}?page=${junk}`);
      expect(response.status(), junk).toBe(200);
    }
  });
});
