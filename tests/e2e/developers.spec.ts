import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const LOCALES = [
  { locale: 'ru', prefix: '', footer: 'API и RSS для разработчиков', terms: 'Условия использования' },
  { locale: 'en', prefix: '/en', footer: 'API and RSS for developers', terms: 'Terms of use' },
] as const;

/** A feed as a reader fetches it: valid XML, RSS 2.0, its items. */
async function readFeed(request: APIRequestContext, href: string) {
  const { pathname, search } = new URL(href);
  const res = await request.get(pathname + search);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(res.headers()['cache-control']).toBe('public, max-age=300');
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { rss } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  expect(rss['@_version']).toBe('2.0');
  return rss.channel as { title: string; link: string; item?: { link: string; title: string }[] };
}

for (const { locale, prefix, footer, terms } of LOCALES) {
  test.describe(`/developers (${locale})`, () => {
    test('documents the API and the feeds, with working examples', async ({ page, request }) => {
      const response = await page.goto(`${prefix}/developers`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(8);
      await expect(page.getByRole('heading', { level: 2, name: terms })).toBeVisible();
      await expect(page.locator('main a[href="/api/v1/openapi.json"]').first()).toBeVisible();

      // The first curl example is a real request against this server.
      const curl = (await page.locator('main pre').first().innerText()).trim();
      const url = /curl '([^']+)'/.exec(curl)?.[1];
      expect(url).toContain('/api/v1/vacancies?');
      const api = await request.get(new URL(url!).pathname + new URL(url!).search);
      expect(api.status()).toBe(200);
      const body = await api.json();
      expect(Array.isArray(body.items)).toBe(true);
      expect(typeof body.total).toBe('number');
    });

    test('is linked from the footer', async ({ page }) => {
      await page.goto(`${prefix}/`);
      await page.getByRole('contentinfo').getByRole('link', { name: footer }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/developers$`));
    });

    test('has no serious accessibility violations', async ({ page }) => {
      await page.goto(`${prefix}/developers`);
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test('developers page fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/developers');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('feeds', () => {
  test('the catalogue names the feed of its search in the head, and the feed reads', async ({ page, request }) => {
    await page.goto('/vacancies?industry=finance&sort=salary&page=1');
    const link = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(link).toHaveCount(1);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/vacancies\/feed\.xml\?industry=finance$/);
    const channel = await readFeed(request, href);
    expect(channel.link).toMatch(/\/vacancies\?industry=finance$/);
    expect(channel.item?.length ?? 0).toBeGreaterThan(0);
    expect(channel.item!.length).toBeLessThanOrEqual(50);
    for (const item of channel.item!) expect(item.link).toMatch(/^https?:\/\/[^/]+\/vacancies\/[a-z0-9-]+$/);
  });

  test('the English catalogue links its English feed', async ({ page, request }) => {
    await page.goto('/en/vacancies');
    const href = (await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'))!;
    expect(new URL(href).pathname).toBe('/en/vacancies/feed.xml');
    const channel = await readFeed(request, href);
    expect(channel.item![0]!.link).toMatch(/\/en\/vacancies\/[a-z0-9-]+$/);
  });

  test('a company page links its feed; unknown companies have none', async ({ page, request }) => {
    await page.goto('/vacancies');
    // A fresh load, as a feed reader or crawler sees the page (a client navigation may keep the previous head's links).
    const company = (await page.locator('main article').first().locator('a[href^="/companies/"]').getAttribute('href'))!;
    await page.goto(company);
    await expect(page).toHaveURL(/\/companies\/[a-z0-9-]+$/);
    const href = (await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'))!;
    expect(new URL(href).pathname).toBe(`${new URL(page.url()).pathname}/feed.xml`);
    const channel = await readFeed(request, href);
    expect(channel.item?.length ?? 0).toBeGreaterThan(0);

    expect((await request.get('/companies/no-such-company-e2e/feed.xml')).status()).toBe(404);
  });
});

test.describe('open API through the server', () => {
  test('answers JSON with CORS, caching and rate-limit headers, and 304 for a known ETag', async ({ request }) => {
    const res = await request.get('/api/v1/vacancies?limit=2');
    expect(res.status()).toBe(200);
    const headers = res.headers();
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers['cache-control']).toBe('public, max-age=60');
    expect(headers['ratelimit-limit']).toBe('120');
    expect(Number(headers['ratelimit-remaining'])).toBeLessThan(120);
    const body = await res.json();
    expect(body.items).toHaveLength(2);
    expect(body.next).toBeTruthy();

    const again = await request.get('/api/v1/vacancies?limit=2', { headers: { 'If-None-Match': headers.etag! } });
    expect(again.status()).toBe(304);
  });

  test('answers a CORS preflight with 204', async ({ request }) => {
    const res = await request.fetch('/api/v1/vacancies', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status()).toBe(204);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    expect(res.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
  });

  test('answers errors in JSON, never an HTML page', async ({ request }) => {
    for (const [path, status] of [
      ['/api/v1/vacancies?salaryFrom=abc', 400],
      ['/api/v1/vacancies?q=a%00b', 400],
      ['/api/v1/vacancies/no-such-vacancy', 404],
      ['/api/v1/vacancies/%00', 404],
      ['/api/v1/nope', 404],
      ['/api/v1', 404],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(status);
      expect(res.headers()['content-type'], path).toBe('application/json; charset=utf-8');
      expect((await res.json()).error, path).toBeTruthy();
    }
  });

  test('serves its OpenAPI document', async ({ request }) => {
    const res = await request.get('/api/v1/openapi.json');
    expect(res.status()).toBe(200);
    expect((await res.json()).openapi).toBe('3.1.0');
  });
});
