import { expect, test, type Page } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const LOCALES = [
  { locale: 'ru', prefix: '', toc: 'Содержание', payChapter: 'Сколько платят' },
  { locale: 'en', prefix: '/en', toc: 'Contents', payChapter: 'How much it pays' },
] as const;

// The guide links into these filtered listings (the URL contract of /vacancies).
const GUIDE_FILTERS = [
  'experience=noExperience',
  'industry=finance',
  'language=en',
  'training=1',
  'chatOnly=1',
  'schedule=shift',
  'employment=part',
];

type JsonLdNode = { '@type'?: string; mainEntity?: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[] };

async function readJsonLd(page: Page): Promise<JsonLdNode[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as JsonLdNode);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const { locale, prefix, toc, payChapter } of LOCALES) {
  test.describe(`FAQ (${locale})`, () => {
    test('lists at least 12 questions, with matching FAQPage structured data', async ({ page }) => {
      const response = await page.goto(`${prefix}/faq`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

      const questions = page.locator('main details');
      const count = await questions.count();
      expect(count).toBeGreaterThanOrEqual(12);

      const faqPage = (await readJsonLd(page)).find((node) => node['@type'] === 'FAQPage');
      expect(faqPage?.mainEntity).toHaveLength(count);
      const shown = (await page.locator('main details > summary').allTextContents()).map((t) => t.trim());
      expect(faqPage?.mainEntity?.map((q) => q.name)).toEqual(shown);
      for (const question of faqPage?.mainEntity ?? []) {
        expect(question['@type']).toBe('Question');
        expect(question.acceptedAnswer['@type']).toBe('Answer');
        expect(question.acceptedAnswer.text.length).toBeGreaterThan(40);
      }

      await expect(page.locator(`main a[href="${prefix}/guide"]`).first()).toBeAttached();
      await expect(page.locator(`main a[href^="${prefix}/vacancies"]`).first()).toBeAttached();
    });

    test('opens and closes an answer from the keyboard', async ({ page }) => {
      await page.goto(`${prefix}/faq`);
      const first = page.locator('main details').first();
      const summary = first.locator('summary');
      await expect(first).not.toHaveAttribute('open');

      await summary.focus();
      await expect(summary).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(first).toHaveAttribute('open');
      await expect(first.locator('p').first()).toBeVisible();

      await page.keyboard.press('Enter');
      await expect(first).not.toHaveAttribute('open');
    });

    test('has no serious accessibility violations, also with an answer open', async ({ page }) => {
      await page.goto(`${prefix}/faq`);
      await page.locator('main details summary').first().click();
      await expectNoSeriousA11yViolations(page);
    });
  });

  test.describe(`guide (${locale})`, () => {
    test('is one article with chapters and a working table of contents', async ({ page }) => {
      const response = await page.goto(`${prefix}/guide`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(10);

      const contents = page.getByRole('navigation', { name: toc });
      const anchors = await contents.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(anchors.length).toBeGreaterThanOrEqual(8);
      for (const anchor of anchors) {
        expect(anchor).toMatch(/^#[a-z-]+$/);
        await expect(page.locator(anchor)).toHaveCount(1);
      }

      await contents.getByRole('link', { name: payChapter }).click();
      await expect(page).toHaveURL(/#pay$/);
      await expect(page.getByRole('heading', { level: 2, name: payChapter })).toBeInViewport();
    });

    test('links into filtered listings in its own language', async ({ page }) => {
      await page.goto(`${prefix}/guide`);
      for (const filter of GUIDE_FILTERS) {
        await expect(page.locator(`main a[href="${prefix}/vacancies?${filter}"]`).first()).toBeVisible();
      }
      await page.locator(`main a[href="${prefix}/vacancies?training=1"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/vacancies\\?training=1$`));
    });

    test('has no serious accessibility violations', async ({ page }) => {
      await page.goto(`${prefix}/guide`);
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test('FAQ and guide fit a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/faq', '/en/guide']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
});

test('sitemap.xml indexes files that list both pages and the vacancies in both languages; robots.txt points to it', async ({ request }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toContain('application/xml');
  expect(await index.text()).toMatch(/<loc>[^<]+\/sitemaps\/pages\.xml<\/loc>[\s\S]*\/sitemaps\/vacancies-0\.xml<\/loc>/);
  const pages = await (await request.get('/sitemaps/pages.xml')).text();
  for (const path of ['/faq', '/en/faq', '/guide', '/en/guide']) expect(pages).toContain(`${path}</loc>`);
  const vacancies = await (await request.get('/sitemaps/vacancies-0.xml')).text();
  expect(vacancies).toMatch(/<loc>[^<]+\/en\/vacancies\/[^<]+<\/loc>/);
  expect((await request.get('/sitemaps/vacancies-999.xml')).status()).toBe(404);
  expect((await request.get('/sitemaps/passwd.xml')).status()).toBe(404);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin');
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});
