import { describe, expect, it } from 'vitest';
import { parseCatalogueParams } from '@/lib/vacancies/search-params';
import { parseSalariesApiQuery } from '@/lib/salaries/schemas';
import { parseItemQuery, parseListQuery, toRawSearchParams, type ListQueryResult } from './params';
import { decodeCursor, encodeCursor } from './schemas';

const parse = (query: string) => parseListQuery(new URLSearchParams(query));
const issuesOf = (result: ListQueryResult) => (result.ok ? [] : result.issues);
const paths = (query: string) => issuesOf(parse(query)).map((i) => i.path.join('.'));

describe('parseListQuery', () => {
  it('reads the catalogue parameters with the catalogue parser, plus limit, cursor and locale', () => {
    const query = 'q=оператор&industry=finance&industry=edtech&language=EN&salaryFrom=50 000&currency=usd&chatOnly=1&availableFrom=21:00&availableTo=09:00&tz=Asia/Almaty';
    const result = parse(`${query}&limit=50&locale=en`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const catalogue = parseCatalogueParams(toRawSearchParams(new URLSearchParams(query))).filters;
    expect(result.query.filters).toEqual(catalogue);
    expect(result.query).toMatchObject({ limit: 50, locale: 'en', after: null });
  });

  it('has defaults: 20 items, Russian links, the first page', () => {
    expect(parse('')).toEqual({ ok: true, query: expect.objectContaining({ limit: 20, locale: 'ru', after: null }) });
  });

  it('turns every value the page would ignore into an issue', () => {
    expect(paths('salaryFrom=abc')).toEqual(['salaryFrom']);
    expect(paths('industry=nope&schedule=shift')).toEqual(['industry']);
    expect(paths('withSalary=yes')).toEqual(['withSalary']);
    expect(paths('tz=Not/AZone&availableFrom=09:00&availableTo=18:00')).toEqual(['tz']);
    expect(paths('availableFrom=09:00')).toEqual(['availableFrom']);
    expect(paths('salaryFrom=90000&salaryTo=1000')).toEqual(['salaryTo']);
    expect(paths('sort=salary')).toEqual(['sort']);
    expect(paths('sort=nope')).toEqual(['sort']);
    const issue = issuesOf(parse('salaryFrom=abc'))[0]!;
    expect(issue).toMatchObject({ code: 'custom', input: 'abc' });
    expect(issue.message).toMatch(/whole amount/);
  });

  it('refuses limits out of 1–100 and non-numbers', () => {
    for (const limit of ['0', '101', '-1', 'abc', '1.5', '']) expect(paths(`limit=${limit}`)).toEqual(['limit']);
    expect(parse('limit=100').ok).toBe(true);
    expect(parse('limit=1').ok).toBe(true);
  });

  it('refuses unknown parameters, page included, and unknown locales', () => {
    const unknown = issuesOf(parse('industy=finance&page=2'));
    expect(unknown).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['industy', 'page'], path: [] })]);
    expect(unknown[0]!.message).toMatch(/cursor/);
    expect(paths('locale=de')).toEqual(['locale']);
  });

  it('refuses NUL and other control characters, in values and names', () => {
    expect(paths('q=a%00b')).toEqual(['q']);
    expect(paths('industry=finance%00')).toContain('industry');
    expect(issuesOf(parse('%00=1')).length).toBeGreaterThan(0);
    expect(paths('q=line%0Abreak')).toEqual(['q']);
  });

  it('reports at most 20 issues however many parameters are wrong', () => {
    const query = Array.from({ length: 500 }, (_, i) => `industry=bad${i}`).join('&');
    expect(issuesOf(parse(query)).length).toBe(20);
  });

  it('refuses a 10 kB search and echoes only the start of what it got', () => {
    const issues = issuesOf(parse(`q=${'я'.repeat(10_000)}`));
    expect(issues.map((i) => i.path)).toEqual([['q']]);
    expect(String(issues[0]!.input).length).toBeLessThanOrEqual(81);
  });

  it('takes back its own cursors and refuses anything else', () => {
    const cursor = { publishedAt: new Date('2026-12-01T09:00:00.123Z'), id: '3f6b2a9e-8c41-4d7a-9b0e-5c2d1e7f4a10' };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
    const result = parse(`cursor=${encoded}`);
    expect(result.ok && result.query.after).toEqual(cursor);
    for (const bad of ['x', 'not base64!', Buffer.from('123:nope').toString('base64url'), 'A'.repeat(500)]) {
      expect(paths(`cursor=${encodeURIComponent(bad)}`)).toEqual(['cursor']);
    }
  });
});

describe('parseItemQuery', () => {
  it('reads locale only', () => {
    expect(parseItemQuery(new URL('http://localhost/api/v1/vacancies/x'))).toEqual({ ok: true, locale: 'ru' });
    expect(parseItemQuery(new URL('http://localhost/api/v1/vacancies/x?locale=en'))).toEqual({ ok: true, locale: 'en' });
    expect(parseItemQuery(new URL('http://localhost/api/v1/vacancies/x?locale=xx')).ok).toBe(false);
    expect(parseItemQuery(new URL('http://localhost/api/v1/vacancies/x?industry=finance')).ok).toBe(false);
  });
});

describe('toRawSearchParams', () => {
  it('keeps repeated values and has no prototype to pollute', () => {
    const raw = toRawSearchParams(new URLSearchParams('industry=a&industry=b&__proto__=x'));
    expect(raw.industry).toEqual(['a', 'b']);
    expect(Object.getPrototypeOf(raw)).toBeNull();
  });
});

describe('parseStrictQuery (item, suggest and salaries endpoints)', () => {
  const url = (query: string) => new URL(`http://localhost/api/v1/salaries${query}`);
  const issuesOf = (query: string) => {
    const result = parseSalariesApiQuery(url(query));
    if (result.ok) throw new Error(`expected issues for ${query}`);
    return result.issues;
  };

  it('reads the known parameters with their defaults', () => {
    expect(parseSalariesApiQuery(url(''))).toEqual({ ok: true, data: { currency: 'RUB', locale: 'ru' } });
    expect(parseSalariesApiQuery(url('?currency=usd&locale=en'))).toEqual({ ok: true, data: { currency: 'USD', locale: 'en' } });
  });

  it('refuses a repeated parameter instead of taking the first', () => {
    expect(issuesOf('?currency=USD&currency=EUR')[0]).toMatchObject({ path: ['currency'], message: 'Give currency once.' });
  });

  it('answers a flood of unknown parameters with a short list', () => {
    const query = `?${Array.from({ length: 2000 }, (_, i) => `${'k'.repeat(200)}${i}=1`).join('&')}`;
    const issues = issuesOf(query);
    expect(issues).toHaveLength(1);
    expect(JSON.stringify(issues).length).toBeLessThan(2_000);
  });

  it('refuses NUL and broken percent-encoding with their own messages', () => {
    expect(issuesOf('?currency=USD%00')[0]!.message).toMatch(/Control characters/);
    expect(issuesOf('?currency=%FF')[0]!.message).toMatch(/encoded/);
  });
});
