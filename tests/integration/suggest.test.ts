import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { suggest } from '@/lib/search/suggest';
import { ApiSuggestions } from '@/lib/search/suggest-schemas';
import { swapKeyboardLayout } from '@/lib/search/suggest-text';
import * as route from '@/app/api/v1/suggest/route';

// Suggestions over search_terms rows of this file's own: made-up words no demo vacancy uses, so every
// assertion is about these rows whatever else the table holds.
const db = createPrismaClient(inject('databaseUrl'), 3);
const letters = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[randomInt(26)]).join('');
const latin = `zq${letters(7)}`; // e.g. zqkfmwpra
const second = `vx${letters(6)}`;
const cyrillic = swapKeyboardLayout(`jx${letters(7)}`.replace(/[^a-z]/g, 'a'))!; // Cyrillic letters only
const ids: number[] = [];

async function term(kind: string, text: string, weight: number, target: unknown = null, locale = '') {
  const normalized = text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  const row = await db.searchTerm.create({ data: { kind, text, normalized, locale, weight, target: target === null ? undefined : (target as object) } });
  ids.push(row.id);
}

const address = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const get = (query: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  (init.method === 'HEAD' ? route.HEAD : route.GET)(
    new Request(`http://localhost/api/v1/suggest${query}`, { method: init.method ?? 'GET', headers: { [CLIENT_ADDRESS_HEADER]: address(), ...init.headers } }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  await term('title', `Оператор чата ${latin}`, 7);
  await term('title', `${latin} night agent`, 2);
  await term('title', `Куратор ${second}-${latin}`, 3);
  await term('company', `${latin.toUpperCase()} Group`, 4, { slug: `${latin}-group` });
  await term('vocabulary', `${latin} язык`, 11, { param: 'language', value: 'kk' }, 'ru');
  await term('vocabulary', `${latin} language`, 11, { param: 'language', value: 'kk' }, 'en');
  await term('vocabulary', `${latin} broken`, 5, { param: 'industry', value: 'mining' }, 'ru');
  await term('title', `${latin} closed long ago`, 0);
  await term('title', `${cyrillic} смена`, 2);
  await term('word', latin, 1000);
});

afterAll(async () => {
  await db.searchTerm.deleteMany({ where: { id: { in: ids } } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: 'api-v1' } } }).catch(() => {});
  await db.$disconnect();
});

describe('suggest()', () => {
  it('offers the filter, the company and the titles that start with the typed text, filter first', async () => {
    const found = await suggest(latin.slice(0, 5), 'ru');
    expect(found.map((s) => s.kind)).toEqual(['vocabulary', 'company', 'title', 'title', 'title']);
    expect(found[0]).toEqual({ kind: 'vocabulary', text: `${latin} язык`, href: '/vacancies?language=kk', count: 11, filter: { param: 'language', value: 'kk' } });
    expect(found[1]).toMatchObject({ kind: 'company', href: `/companies/${latin}-group`, count: 4 });
    // Titles: the ones that start with it before the one where it starts a later word.
    expect(found.slice(2).map((s) => s.text)).toEqual([`${latin} night agent`, `Оператор чата ${latin}`, `Куратор ${second}-${latin}`]);
  });

  it('leaves out words, vocabulary of the other language, unreadable targets and terms without open vacancies', async () => {
    const texts = (await suggest(latin, 'ru')).map((s) => s.text);
    expect(texts).not.toContain(`${latin} language`);
    expect(texts).not.toContain(`${latin} broken`);
    expect(texts).not.toContain(`${latin} closed long ago`);
    expect(texts).not.toContain(latin);
    const en = await suggest(latin, 'en');
    expect(en[0]).toMatchObject({ text: `${latin} language`, href: '/en/vacancies?language=kk' });
  });

  it('matches the beginnings of words in any order: "чат опе" finds «Оператор чата»', async () => {
    const found = await suggest(`чат ${latin.slice(0, 4)} опе`, 'ru');
    expect(found.map((s) => s.text)).toContain(`Оператор чата ${latin}`);
    expect((await suggest(`${latin.slice(0, 6)} кур`, 'ru')).map((s) => s.text)).toContain(`Куратор ${second}-${latin}`);
  });

  it('forgives a typo and the wrong keyboard layout', async () => {
    const typo = latin.slice(0, 7) + latin[6] + latin.slice(7); // a letter typed twice
    expect((await suggest(typo, 'ru')).map((s) => s.text)).toContain(`${latin} язык`);
    const layout = swapKeyboardLayout(cyrillic.slice(0, 6))!;
    expect((await suggest(layout, 'ru')).map((s) => s.text)).toContain(`${cyrillic} смена`);
  });

  it('treats LIKE wildcards and regex characters as text', async () => {
    expect(await suggest('%', 'ru')).toEqual([]);
    expect(await suggest('_ _', 'ru')).toEqual([]);
    expect(await suggest(`${latin.slice(0, 3)}%`, 'ru')).toEqual(expect.any(Array));
    expect(await suggest('(((', 'ru')).toEqual([]);
    expect(await suggest('.*', 'ru')).toEqual([]);
  });

  it('finds the demo data’s own terms once the search-terms job has run', async () => {
    const filled = await db.searchTerm.count({ where: { kind: 'vocabulary', weight: { gt: 0 } } });
    if (!filled) return; // the seed fills search_terms; an older seed does not
    const found = await suggest('англ', 'ru');
    expect(found.some((s) => s.kind === 'vocabulary' && s.href === '/vacancies?language=en')).toBe(true);
  });
});

describe('GET /api/v1/suggest', () => {
  it('answers JSON with a short public cache, an ETag and open CORS', async () => {
    const response = await get(`?q=${encodeURIComponent(latin.slice(0, 5))}&locale=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('etag')).toMatch(/^W\//);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = ApiSuggestions.parse(await response.json());
    expect(body.q).toBe(latin.slice(0, 5));
    expect(body.suggestions[0]).toMatchObject({ kind: 'vocabulary', href: '/en/vacancies?language=kk' });

    const again = await get(`?q=${encodeURIComponent(latin.slice(0, 5))}&locale=en`, { headers: { 'If-None-Match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const head = await get(`?q=${latin}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    ['NUL byte', `?q=${latin}%00`, /Control characters/],
    ['10 kB q', `?q=${'я'.repeat(10_240)}`, /100/],
    ['broken encoding', '?q=%D0%BF%FF', /encoded/],
    ['lone surrogate half', '?q=%ED%A0%80', /encoded/],
    ['no q', '?locale=ru', /q/],
    ['blank q', '?q=%20%20%20', /at least/],
    ['unknown parameter', `?q=${latin}&limit=3`, /Unknown parameters: limit/],
    ['unknown locale', `?q=${latin}&locale=de`, /ru|en/],
  ])('refuses a %s with 400 and the issues', async (_name, query, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { error: string; issues: { message: string; path: unknown[] }[] };
    expect(body.error).toBe('invalid_parameters');
    expect(body.issues.length).toBeGreaterThan(0);
    expect(body.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n')).toMatch(message);
    expect(JSON.stringify(body).length).toBeLessThan(2_000);
  });

  it('is read-only', async () => {
    const response = await route.POST(new Request('http://localhost/api/v1/suggest?q=a', { method: 'POST', headers: { [CLIENT_ADDRESS_HEADER]: address() } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(405);
  });
});
