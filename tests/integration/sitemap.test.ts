import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import robots from '@/app/robots';
import { sitemapEntries, sitemapFile, sitemapIndex } from '@/lib/sitemap/files';
import { getSitemapPlan } from '@/lib/sitemap/queries';
import { catalogueCacheStats } from '@/lib/vacancies/catalogue-cache';
import { createPrismaClient } from '@/lib/db-client';
import { SITE_URL } from '@/lib/seo';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const DAY = 86_400_000;

// Published vacancies the public must not see, made here and removed afterwards: one of a blocked
// company, one whose expiry passed before the expiry job marked it.
const hidden = {
  blockedCompany: `sitemap-blocked-${tag}`,
  blocked: `sitemap-blocked-vacancy-${tag}`,
  staleCompany: `sitemap-stale-${tag}`,
  stale: `sitemap-stale-vacancy-${tag}`,
};

beforeAll(async () => {
  const vacancy = {
    title: 'Sitemap fixture',
    description: 'Fixture',
    industry: 'other',
    schedule: 'flexible',
    employment: 'part',
    experience: 'noExperience',
    status: 'published',
    publishedAt: new Date(Date.now() - 40 * DAY),
  } as const;
  await db.company.create({
    data: {
      slug: hidden.blockedCompany,
      name: 'Blocked fixture',
      blockedAt: new Date(),
      vacancies: { create: { ...vacancy, slug: hidden.blocked, expiresAt: new Date(Date.now() + 10 * DAY) } },
    },
  });
  await db.company.create({
    data: {
      slug: hidden.staleCompany,
      name: 'Stale fixture',
      vacancies: { create: { ...vacancy, slug: hidden.stale, expiresAt: new Date(Date.now() - DAY) } },
    },
  });
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { in: [hidden.blockedCompany, hidden.staleCompany] } } });
  await db.$disconnect();
});

/** Every entry of every file the index lists. */
async function sitemapUrls() {
  const plan = await getSitemapPlan();
  const names = ['pages', ...Array.from({ length: plan.vacancyFiles }, (_, i) => `vacancies-${i}`)];
  const entries = (await Promise.all(names.map((name) => sitemapEntries(name)))).flatMap((e) => e ?? []);
  return { entries, urls: new Set(entries.map((e) => e.url)) };
}

describe('sitemap.xml', () => {
  it('lists the static pages in Russian and English', async () => {
    const { urls } = await sitemapUrls();
    for (const path of ['', '/vacancies', '/faq', '/guide']) {
      expect(urls).toContain(`${SITE_URL}${path || '/'}`);
      expect(urls).toContain(`${SITE_URL}/en${path}`);
    }
  });

  it('lists every open vacancy in both languages, with its date and its translations', async () => {
    const open = await db.vacancy.findMany({
      where: { status: 'published', expiresAt: { gt: new Date() }, company: { blockedAt: null } },
      select: { slug: true, updatedAt: true },
    });
    expect(open.length).toBeGreaterThan(0);
    const { entries, urls } = await sitemapUrls();
    for (const { slug } of open) {
      expect(urls).toContain(`${SITE_URL}/vacancies/${slug}`);
      expect(urls).toContain(`${SITE_URL}/en/vacancies/${slug}`);
    }
    const first = open[0]!;
    const entry = entries.find((e) => e.url === `${SITE_URL}/en/vacancies/${first.slug}`);
    expect(entry?.lastModified).toEqual(first.updatedAt);
    expect(entry?.languages).toMatchObject({
      ru: `${SITE_URL}/vacancies/${first.slug}`,
      en: `${SITE_URL}/en/vacancies/${first.slug}`,
    });
  });

  it('leaves out vacancies that are not public', async () => {
    const notPublic = await db.vacancy.findMany({
      where: { OR: [{ status: { not: 'published' } }, { expiresAt: { lte: new Date() } }, { company: { blockedAt: { not: null } } }] },
      select: { slug: true, status: true },
    });
    const statuses = new Set(notPublic.map((v) => v.status));
    for (const status of ['draft', 'pending', 'rejected', 'removed', 'expired'] as const) {
      expect(statuses).toContain(status);
    }
    expect(notPublic.map((v) => v.slug)).toEqual(expect.arrayContaining([hidden.blocked, hidden.stale]));

    const { urls } = await sitemapUrls();
    const leaked = notPublic.filter(
      (v) => urls.has(`${SITE_URL}/vacancies/${v.slug}`) || urls.has(`${SITE_URL}/en/vacancies/${v.slug}`),
    );
    expect(leaked).toEqual([]);
  });

  it('lists companies with an open vacancy, and only those', async () => {
    const withOpen = await db.company.findMany({
      where: { blockedAt: null, vacancies: { some: { status: 'published', expiresAt: { gt: new Date() } } } },
      select: { slug: true },
    });
    const { urls } = await sitemapUrls();
    const companyUrls = [...urls].filter((u) => u.includes('/companies/'));
    expect(companyUrls).toHaveLength(withOpen.length * 2);
    for (const { slug } of withOpen) expect(urls).toContain(`${SITE_URL}/en/companies/${slug}`);
    expect(urls).not.toContain(`${SITE_URL}/companies/${hidden.blockedCompany}`);
    expect(urls).not.toContain(`${SITE_URL}/companies/${hidden.staleCompany}`);
  });

  it('is an index of files, each within the 50,000 URLs a sitemap file may hold', async () => {
    const index = await sitemapIndex();
    expect(index).toContain('<sitemapindex');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(files).toEqual([`${SITE_URL}/sitemaps/pages.xml`, `${SITE_URL}/sitemaps/vacancies-0.xml`]);
    for (const name of ['pages', 'vacancies-0']) {
      const xml = await sitemapFile(name);
      expect(xml).toContain('<urlset');
      expect([...xml!.matchAll(/<url>/g)].length).toBeLessThanOrEqual(50_000);
    }
  });

  it('knows no file past the last one and no other names, and made-up names fill no cache', async () => {
    expect(await sitemapEntries('vacancies-999999')).toBeNull();
    expect(await sitemapEntries('vacancies-01')).toBeNull();
    expect(await sitemapEntries('../etc/passwd')).toBeNull();
    expect(await sitemapEntries('pages ')).toBeNull();
    await sitemapFile('pages');
    const before = catalogueCacheStats().entries;
    for (let i = 1; i < 50; i++) expect(await sitemapFile(`vacancies-${1000 + i}`)).toBeNull();
    // At most a new plan per catalogue version other files' writes start meanwhile; not one entry per name.
    expect(catalogueCacheStats().entries - before).toBeLessThan(5);
  });

  it('escapes what it writes into XML', async () => {
    const { urlsetXml } = await import('@/lib/sitemap/xml');
    expect(urlsetXml([{ url: 'https://x.example/a?b=1&c=<2>' }])).toContain('<loc>https://x.example/a?b=1&amp;c=&lt;2&gt;</loc>');
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of private areas and points to the sitemap', () => {
    const { rules, sitemap: sitemapUrl } = robots();
    const rule = Array.isArray(rules) ? rules[0] : rules;
    expect(rule?.userAgent).toBe('*');
    expect(rule?.allow).toBe('/');
    expect(rule?.disallow).toEqual(expect.arrayContaining(['/admin', '/en/admin', '/employer', '/en/employer', '/api/', '/dev/']));
    expect(sitemapUrl).toBe(`${SITE_URL}/sitemap.xml`);
  });
});
