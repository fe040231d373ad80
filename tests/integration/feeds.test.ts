import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { SITE_URL } from '@/lib/seo';
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { EMPTY_FILTERS } from '@/lib/vacancies/search-params';
import * as companyFeed from '@/app/[locale]/companies/[slug]/feed.xml/route';
import * as catalogueFeed from '@/app/[locale]/vacancies/feed.xml/route';

// The RSS feeds through their route handlers. Every vacancy here has `word` in its title, so `q=<word>`
// keeps a catalogue feed to this file's rows.
const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const word = `feedtest${tag.replace(/\d/g, 'x')}`;
const DAY = 86_400_000;
const HOSTILE = `<script>&"`;
const base = Date.now() - 10 * DAY;

type Item = { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; pubDate: string; description: string; category: string };

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });

async function read(res: Response) {
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { rss } = parser.parse(xml);
  return { xml, rss, items: (rss.channel.item ?? []) as Item[] };
}

const companyFeedOf = (slug: string, locale = 'ru') =>
  companyFeed.GET(new Request(`http://localhost/${locale}/companies/${slug}/feed.xml`), { params: Promise.resolve({ locale, slug }) });
const catalogueFeedOf = (query: string, locale = 'ru') =>
  catalogueFeed.GET(new Request(`http://localhost/${locale}/vacancies/feed.xml?${query}`), { params: Promise.resolve({ locale }) });

let newestSlug = '';

beforeAll(async () => {
  const company = await db.company.create({ data: { name: `Лента & Ко ${tag}`, slug: `feed-company-${tag}` } });
  await db.company.create({ data: { name: `Blocked ${tag}`, slug: `feed-blocked-${tag}`, blockedAt: new Date() } });
  const common = {
    companyId: company.id, description: '## Условия\n\n**Оклад** и _премии_', industry: 'finance' as const, schedule: 'shift' as const,
    employment: 'full' as const, experience: 'noExperience' as const, expiresAt: new Date(Date.now() + 20 * DAY),
  };
  // 55 open vacancies (more than a feed holds), the hostile title the newest, one with a control character.
  // The search word comes first: PostgreSQL's parser reads `&" word` as one blank token.
  await db.vacancy.createMany({
    data: Array.from({ length: 55 }, (_, i) => ({
      ...common,
      slug: `feed-${tag}-${i}`,
      title: i === 54 ? `${word} ${HOSTILE}` : i === 53 ? `Bell\u0007 ${word}` : `Оператор ${word} ${i}`,
      status: 'published' as const,
      publishedAt: new Date(base + i * 60_000),
      ...(i % 2 ? { salaryFrom: 45_000, salaryTo: 60_000, salaryCurrency: 'RUB', salaryPeriod: 'month' as const, salaryGross: false, salaryMinRub: 45_000, salaryMaxRub: 60_000 } : {}),
      shiftPattern: '2/2',
    })),
  });
  await db.vacancy.create({ data: { ...common, slug: `feed-${tag}-draft`, title: `Draft ${word}`, status: 'draft', publishedAt: new Date() } });
  newestSlug = `feed-${tag}-54`;
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.$disconnect();
});

describe('company feed', () => {
  it('is valid RSS 2.0 with the 50 newest open vacancies, newest first', async () => {
    const res = await companyFeedOf(`feed-company-${tag}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const { rss, items } = await read(res);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe(`Лента & Ко ${tag} — вакансии на ChatShift`);
    expect(rss.channel.link).toBe(`${SITE_URL}/companies/feed-company-${tag}`);
    expect(rss.channel['atom:link']['@_href']).toBe(`${SITE_URL}/companies/feed-company-${tag}/feed.xml`);
    expect(rss.channel.language).toBe('ru');

    expect(items).toHaveLength(50);
    expect(items[0]!.link).toBe(`${SITE_URL}/vacancies/${newestSlug}`);
    expect(items.map((i) => i.title)).not.toContain(`Draft ${word}`);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('escapes titles and drops characters XML cannot carry', async () => {
    const { xml, items } = await read(await companyFeedOf(`feed-company-${tag}`));
    expect(xml).toContain(`<title>${word} &lt;script&gt;&amp;&quot;</title>`);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    expect(items[0]!.title).toBe(`${word} ${HOSTILE}`);
    expect(items[1]!.title).toBe(`Bell ${word}`);
  });

  it('gives each item an absolute permalink, an RFC 822 date and a plain-text summary', async () => {
    const { items } = await read(await companyFeedOf(`feed-company-${tag}`));
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${SITE_URL}/vacancies/feed-${tag}-\\d+$`));
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(item.description).toContain(`Лента & Ко ${tag}`);
      expect(item.description).toContain('Сменный график 2/2');
      expect(item.description).not.toMatch(/[*_#]/);
      expect(item.category).toBe('Банки и финтех');
    }
    const withSalary = items.find((i) => i.link.endsWith('-53'))!;
    expect(withSalary.description).toMatch(/^45\s000\s₽ – 60\s000\s₽ в месяц, на руки · Сменный график 2\/2 · Полная занятость · /);
    expect(items[0]!.description).toMatch(/^зарплата не указана · /);
  });

  it('speaks English under /en', async () => {
    const { rss, items } = await read(await companyFeedOf(`feed-company-${tag}`, 'en'));
    expect(rss.channel.language).toBe('en');
    expect(rss.channel.link).toBe(`${SITE_URL}/en/companies/feed-company-${tag}`);
    expect(items[0]!.link).toBe(`${SITE_URL}/en/vacancies/${newestSlug}`);
    expect(items[1]!.description).toMatch(/^₽45,000–₽60,000 per month, after tax · Shift work 2\/2 · Full-time · /);
  });

  it('is a 404 for unknown and blocked companies, junk slugs and unknown locales', async () => {
    for (const [slug, locale] of [['no-such-company', 'ru'], [`feed-blocked-${tag}`, 'ru'], ['%00', 'ru'], ['a'.repeat(10_000), 'en'], [`feed-company-${tag}`, 'de']] as const) {
      const res = await companyFeedOf(slug, locale);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    }
  });
});

describe('catalogue feed', () => {
  it('lists the newest 50 of the search the catalogue shows, whatever its sort', async () => {
    const catalogue = await searchVacancies({ ...EMPTY_FILTERS, q: word, sort: 'salary' });
    const { rss, items } = await read(await catalogueFeedOf(`q=${word}&sort=salary&page=2`));
    expect(catalogue.total).toBe(55);
    expect(items).toHaveLength(50);
    expect(items[0]!.link).toBe(`${SITE_URL}/vacancies/${newestSlug}`);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(rss.channel.title).toBe(`«${word}» — вакансии на ChatShift`);
    // The feed's own links drop sort and page.
    expect(rss.channel['atom:link']['@_href']).toBe(`${SITE_URL}/vacancies/feed.xml?q=${word}`);
    expect(rss.channel.link).toBe(`${SITE_URL}/vacancies?q=${word}`);
  });

  it('applies the catalogue filters', async () => {
    const { items } = await read(await catalogueFeedOf(`q=${word}&withSalary=1`));
    expect(items).toHaveLength(27);
    expect(items.every((i) => /₽/.test(i.description))).toBe(true);
    expect((await read(await catalogueFeedOf(`q=${word}&industry=edtech`))).items).toHaveLength(0);
  });

  it('is lenient like the page: values it cannot read are left out, never an error', async () => {
    for (const query of [`q=${word}&salaryFrom=abc&industry=nope`, `q=${word}%00`, `q=${'я'.repeat(10_000)}`, 'tz=Mars/Olympus&availableFrom=99:99', '__proto__=x&constructor=y']) {
      const res = await catalogueFeedOf(query);
      expect(res.status, query.slice(0, 40)).toBe(200);
      await read(res);
    }
    const { items } = await read(await catalogueFeedOf(`q=${word}&salaryFrom=abc`));
    expect(items).toHaveLength(50);
  });

  it('is a 404 under an unknown locale', async () => {
    expect((await catalogueFeedOf('', 'de')).status).toBe(404);
  });
});
