import { randomInt, randomUUID } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumeApiRequest } from '@/lib/api/rate-limit.server';
import { ApiError, ApiInvalidParameters, ApiVacancy, ApiVacancyList, API_RATE_LIMIT } from '@/lib/api/schemas';
import { createPrismaClient } from '@/lib/db-client';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { SITE_URL } from '@/lib/seo';
import { slotToUtcMinutes } from '@/lib/shifts/fit';
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { parseCatalogueParams, type CatalogueFilters } from '@/lib/vacancies/search-params';
import * as catchAll from '@/app/api/v1/[[...path]]/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import * as one from '@/app/api/v1/vacancies/[id]/route';
import * as list from '@/app/api/v1/vacancies/route';

// The open API called through its route handlers, as Next.js calls them: a Request in, a Response out.
// Every test vacancy carries `word` in its title, so `q=<word>` scopes a search to this file's rows.
const db = createPrismaClient(inject('databaseUrl'), 3);
const tag = randomUUID().slice(0, 8);
const word = `apitest${tag.replace(/\d/g, 'x')}`;
const DAY = 86_400_000;
const base = Date.now() - 5 * DAY;

const address = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const caller = address();

function request(path: string, init: { method?: string; headers?: Record<string, string>; from?: string } = {}) {
  return new Request(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers: { [CLIENT_ADDRESS_HEADER]: init.from ?? caller, ...init.headers },
  });
}
const noParams = { params: Promise.resolve({}) };
const getList = (query: string, init?: Parameters<typeof request>[1]) => list.GET(request(`/api/v1/vacancies?${query}`, init), noParams);
const getOne = (id: string, query = '', init?: Parameters<typeof request>[1]) =>
  one.GET(request(`/api/v1/vacancies/${encodeURIComponent(id)}${query}`, init), { params: Promise.resolve({ id }) });

type Spec = {
  status?: 'published' | 'draft' | 'pending' | 'closed';
  publishedAt: Date;
  expiresAt?: Date;
  industry?: 'ecommerce' | 'finance' | 'edtech';
  schedule?: 'shift' | 'fullDay' | 'flexible';
  salary?: [number, number];
  languages?: { language: string; level: 'native' | 'B1' | 'C1' }[];
  slot?: { start: number; end: number; timeZone: string };
  voiceRequired?: boolean;
  companyId?: string;
};

let companyId: string;
let blockedCompanyId: string;
const created: { id: string; slug: string; spec: Spec }[] = [];

async function vacancy(spec: Spec) {
  const n = created.length;
  const row = await db.vacancy.create({
    data: {
      slug: `api-${tag}-${n}`,
      companyId: spec.companyId ?? companyId,
      title: `Оператор чата ${word} ${n}`,
      description: '**Отвечать** покупателям в чате.',
      industry: spec.industry ?? 'ecommerce',
      schedule: spec.schedule ?? 'shift',
      employment: 'full',
      experience: 'noExperience',
      status: spec.status ?? 'published',
      publishedAt: spec.publishedAt,
      expiresAt: spec.expiresAt ?? new Date(Date.now() + 20 * DAY),
      voiceRequired: spec.voiceRequired ?? false,
      weekendWork: n % 2 === 0,
      equipmentProvided: n % 3 === 0,
      ...(spec.salary
        ? { salaryFrom: spec.salary[0], salaryTo: spec.salary[1], salaryCurrency: 'RUB', salaryPeriod: 'month', salaryGross: false, salaryMinRub: spec.salary[0], salaryMaxRub: spec.salary[1] }
        : {}),
      languages: { create: spec.languages ?? [{ language: 'ru', level: 'native' }] },
      ...(spec.slot
        ? (() => {
            const utc = slotToUtcMinutes(spec.slot, new Date());
            return { shiftSlots: { create: [{ ...{ startMinute: spec.slot.start, endMinute: spec.slot.end, timeZone: spec.slot.timeZone }, utcStartMinute: utc.start, utcEndMinute: utc.end }] } };
          })()
        : {}),
    },
    select: { id: true, slug: true },
  });
  created.push({ ...row, spec });
  return row;
}

const publicOnes = () => created.filter((c) => (c.spec.status ?? 'published') === 'published' && (c.spec.expiresAt ?? new Date(Date.now() + DAY)) > new Date() && c.spec.companyId !== blockedCompanyId);

beforeAll(async () => {
  const company = await db.company.create({ data: { name: `Мягкий Чат ${tag}`, slug: `api-company-${tag}` } });
  const blocked = await db.company.create({ data: { name: `Blocked ${tag}`, slug: `api-blocked-${tag}`, blockedAt: new Date() } });
  companyId = company.id;
  blockedCompanyId = blocked.id;
  const industries = ['ecommerce', 'finance', 'edtech'] as const;
  for (let i = 0; i < 24; i++) {
    // Groups of three share a publication time, so pages also split ties (ordered by id).
    await vacancy({
      publishedAt: new Date(base + Math.floor(i / 3) * 60_000),
      industry: industries[i % 3],
      schedule: i % 4 === 0 ? 'fullDay' : 'shift',
      salary: i % 2 === 0 ? [30_000 + i * 2_000, 50_000 + i * 2_000] : undefined,
      languages: i % 3 === 0 ? [{ language: 'ru', level: 'native' }, { language: 'en', level: 'B1' }] : [{ language: 'ru', level: 'native' }],
      slot: i % 5 === 0 ? { start: 21 * 60, end: 9 * 60, timeZone: 'Europe/Moscow' } : { start: 9 * 60, end: 18 * 60, timeZone: 'Europe/Moscow' },
      voiceRequired: i % 4 === 1,
    });
  }
  await vacancy({ status: 'draft', publishedAt: new Date(base) });
  await vacancy({ status: 'closed', publishedAt: new Date(base) });
  await vacancy({ publishedAt: new Date(base - 40 * DAY), expiresAt: new Date(Date.now() - DAY) });
  await vacancy({ publishedAt: new Date(base), companyId: blockedCompanyId });
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: 'api-v1' } } }).catch(() => {});
  await db.$disconnect();
});

async function allPages(query: string, limit: number): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let url: string | null = `/api/v1/vacancies?${query}&limit=${limit}`;
  let pages = 0;
  while (url) {
    const res = await list.GET(request(url.replace(SITE_URL, '')), noParams);
    expect(res.status).toBe(200);
    const body = ApiVacancyList.parse(await res.json());
    ids.push(...body.items.map((i) => i.id));
    totals.push(body.total);
    url = body.nextUrl;
    if (body.next) expect(body.nextUrl).toContain(`cursor=${body.next}`);
    expect(++pages).toBeLessThan(50);
  }
  return { ids, totals, pages };
}

function filters(query: string): CatalogueFilters {
  const params = new URLSearchParams(query);
  const raw: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  return parseCatalogueParams(raw).filters;
}

async function catalogueIds(f: CatalogueFilters): Promise<Set<string>> {
  const first = await searchVacancies({ ...f, page: 1 });
  const ids = new Set(first.items.map((i) => i.id));
  for (let page = 2; page <= first.pageCount; page++) (await searchVacancies({ ...f, page })).items.forEach((i) => ids.add(i.id));
  return ids;
}

describe('GET /api/v1/vacancies', () => {
  it('pages through every matching vacancy exactly once, newest first, with the total on every page', async () => {
    const expected = publicOnes();
    const { ids, totals, pages } = await allPages(`q=${word}`, 7);
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((c) => c.id)));
    expect(new Set(totals)).toEqual(new Set([expected.length]));

    const order = expected
      .map((c) => ({ id: c.id, t: c.spec.publishedAt.getTime() }))
      .sort((a, b) => b.t - a.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((c) => c.id);
    expect(ids).toEqual(order);
  });

  it('gives the same pages with a limit of 1 and of 100', async () => {
    const one = await allPages(`q=${word}`, 1);
    const all = await allPages(`q=${word}`, 100);
    expect(all.pages).toBe(1);
    expect(one.ids).toEqual(all.ids);
  });

  it.each([
    '',
    '&industry=finance',
    '&industry=finance&industry=edtech',
    '&schedule=fullDay',
    '&language=en',
    '&salaryFrom=60000',
    '&salaryFrom=40000&salaryTo=55000',
    '&salaryFrom=500&currency=USD',
    '&withSalary=1&chatOnly=1',
    '&availableFrom=20:00&availableTo=10:00',
    '&availableFrom=08:00&availableTo=19:00&tz=Europe/Moscow&industry=ecommerce',
    '&sort=new',
  ])('returns what the catalogue shows for q=<word>%s', async (extra) => {
    const query = `q=${word}${extra}`;
    const { ids, totals } = await allPages(query, 100);
    const catalogue = await catalogueIds(filters(query));
    expect(new Set(ids)).toEqual(catalogue);
    expect(totals[0]).toBe(catalogue.size);
  });

  it('describes each vacancy as the schema says, links in the asked language', async () => {
    const res = await getList(`q=${word}&language=en&withSalary=1&limit=100&locale=en`);
    const body = ApiVacancyList.parse(await res.json());
    const item = body.items.find((i) => i.slug === `api-${tag}-0`)!;
    expect(item).toMatchObject({
      url: `${SITE_URL}/en/vacancies/api-${tag}-0`,
      company: { name: `Мягкий Чат ${tag}`, slug: `api-company-${tag}`, url: `${SITE_URL}/en/companies/api-company-${tag}` },
      salary: { from: 30000, to: 50000, currency: 'RUB', period: 'month', gross: false, minRubMonthly: 30000, maxRubMonthly: 50000 },
      industry: 'ecommerce',
      schedule: 'fullDay',
      shifts: [{ start: '21:00', end: '09:00', timeZone: 'Europe/Moscow' }],
      languages: [{ code: 'en', level: 'B1' }, { code: 'ru', level: 'native' }],
      flags: { chatOnly: true, training: false, abroad: false, nightShifts: false, weekendWork: true, equipmentProvided: true },
      publishedAt: new Date(base).toISOString(),
    });
    expect(item.expiresAt).toMatch(/Z$/);
    expect(JSON.stringify(item)).not.toContain('**');
  });

  it('answers with CORS, caching and rate-limit headers', async () => {
    const from = address();
    const res = await getList(`q=${word}`, { from });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('etag')).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(res.headers.get('ratelimit-limit')).toBe(String(API_RATE_LIMIT.points));
    expect(res.headers.get('ratelimit-remaining')).toBe(String(API_RATE_LIMIT.points - 1));
    expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(res.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
  });

  it('puts the next page in a Link header too', async () => {
    const res = await getList(`q=${word}&limit=2`);
    const body = ApiVacancyList.parse(await res.json());
    expect(res.headers.get('link')).toBe(`<${body.nextUrl}>; rel="next"`);
    expect(body.nextUrl).toMatch(new RegExp(`^${SITE_URL}/api/v1/vacancies\\?q=${word}&limit=2&cursor=`));
  });
});

describe('bad parameters are a 400 with the issues', () => {
  it.each([
    ['salaryFrom=abc', ['salaryFrom']],
    ['q=a%00b&industry=finance', ['q']],
    ['q=a%00b', ['q']],
    ['industry=%00', ['industry']],
    ['limit=0', ['limit']],
    ['limit=101', ['limit']],
    ['limit=ten', ['limit']],
    [`q=${'a'.repeat(10_240)}`, ['q']], // 10 kB
    ['industry=finance&industry=banks', ['industry']],
    ['cursor=garbage!', ['cursor']],
    ['page=2', ['']],
    ['sort=salary', ['sort']],
    ['availableFrom=25:00&availableTo=09:00', ['availableFrom', 'availableTo']],
    ['tz=Mars/Olympus&availableFrom=09:00&availableTo=18:00', ['tz']],
  ])('%.60s', async (query, expectedPaths) => {
    const res = await getList(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('ratelimit-limit')).toBe(String(API_RATE_LIMIT.points));
    const body = ApiInvalidParameters.parse(await res.json());
    expect(body.error).toBe('invalid_parameters');
    expect(body.issues.map((i) => i.path.join('.'))).toEqual(expectedPaths);
    expect(JSON.stringify(body).length).toBeLessThan(2_000);
  });

  it('refuses broken UTF-8 in the query without failing', async () => {
    const res = await list.GET(request('/api/v1/vacancies?q=%E0%A4%A&industry=%C3%28'), noParams);
    expect(res.status).toBe(400);
  });
});

describe('GET /api/v1/vacancies/{id}', () => {
  it('finds an open vacancy by id and by slug', async () => {
    const v = publicOnes()[3]!;
    const byId = ApiVacancy.parse(await (await getOne(v.id)).json());
    const bySlug = ApiVacancy.parse(await (await getOne(v.slug)).json());
    expect(byId).toEqual(bySlug);
    expect(byId).toMatchObject({ id: v.id, slug: v.slug, url: `${SITE_URL}/vacancies/${v.slug}` });
    expect((await (await getOne(v.id.toUpperCase())).json()).id).toBe(v.id);
    expect((await (await getOne(v.slug, '?locale=en')).json()).url).toBe(`${SITE_URL}/en/vacancies/${v.slug}`);
  });

  it('is a JSON 404 for unknown, unpublished, closed, expired and blocked ones, and for junk', async () => {
    const hidden = created.filter((c) => !publicOnes().includes(c));
    expect(hidden).toHaveLength(4);
    const ids = [randomUUID(), 'no-such-vacancy', ...hidden.flatMap((c) => [c.id, c.slug]), '\u0000', 'a'.repeat(10_000), '../../etc/passwd', '<script>'];
    for (const id of ids) {
      const res = await getOne(id);
      expect(res.status, id.slice(0, 40)).toBe(404);
      expect(ApiError.parse(await res.json()).error).toBe('not_found');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('refuses parameters it does not read', async () => {
    expect((await getOne(publicOnes()[0]!.id, '?locale=de')).status).toBe(400);
    expect((await getOne(publicOnes()[0]!.id, '?q=x')).status).toBe(400);
  });
});

describe('ETag and 304', () => {
  it('answers 304 without a body when the tag still matches, weak or not, in a list or as *', async () => {
    const first = await getList(`q=${word}&limit=5`);
    const etag = first.headers.get('etag')!;
    for (const ifNoneMatch of [etag, etag.replace(/^W\//, ''), `W/"other", ${etag}`, '*']) {
      const res = await getList(`q=${word}&limit=5`, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toBe('public, max-age=60');
      expect(res.headers.get('ratelimit-remaining')).not.toBeNull();
    }
    const changed = await getList(`q=${word}&limit=6`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
  });

  it('works for one vacancy too', async () => {
    const v = publicOnes()[0]!;
    const etag = (await getOne(v.id)).headers.get('etag')!;
    expect((await getOne(v.id, '', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});

describe('methods and CORS', () => {
  it('answers a preflight with 204 and read-only methods, without spending the budget', async () => {
    const from = address();
    await getList(`q=${word}`, { from });
    const res = await list.OPTIONS(request('/api/v1/vacancies', { method: 'OPTIONS', from, headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } }), noParams);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    expect(res.headers.get('ratelimit-remaining')).toBe(String(API_RATE_LIMIT.points - 1));
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await getList(`q=${word}`);
    const head = await list.HEAD(request(`/api/v1/vacancies?q=${word}`, { method: 'HEAD' }), noParams);
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(await head.text()).toBe('');
  });

  it('refuses writes with a JSON 405', async () => {
    for (const handler of [list.POST, list.PUT, list.PATCH, list.DELETE]) {
      const res = await handler(request('/api/v1/vacancies', { method: 'POST' }), noParams);
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(ApiError.parse(await res.json()).error).toBe('method_not_allowed');
    }
  });

  it('answers unknown addresses under /api/v1 with a JSON 404', async () => {
    const res = await catchAll.GET(request('/api/v1/nope/deeper'), { params: Promise.resolve({ path: ['nope', 'deeper'] }) });
    expect(res.status).toBe(404);
    expect(ApiError.parse(await res.json()).error).toBe('not_found');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once an address has spent its budget, and counts per address', async () => {
    const from = address();
    for (let i = 0; i < API_RATE_LIMIT.points - 1; i++) await consumeApiRequest(from);
    const last = await getList(`q=${word}&limit=1`, { from });
    expect(last.status).toBe(200);
    expect(last.headers.get('ratelimit-remaining')).toBe('0');

    const refused = await getList(`q=${word}&limit=1`, { from });
    expect(refused.status).toBe(429);
    expect(ApiError.parse(await refused.json()).error).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(API_RATE_LIMIT.windowSeconds);
    expect(refused.headers.get('ratelimit-limit')).toBe(String(API_RATE_LIMIT.points));
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('ratelimit-reset')).toBe(String(retryAfter));
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect((await getOne(publicOnes()[0]!.id, '', { from })).status).toBe(429);

    expect((await getList(`q=${word}&limit=1`, { from: address() })).status).toBe(200);
  });

  it('takes the address from the server-stamped header only', async () => {
    const from = address();
    for (let i = 0; i < API_RATE_LIMIT.points; i++) await consumeApiRequest(from);
    const res = await getList(`q=${word}`, { from, headers: { 'X-Forwarded-For': address(), 'X-Real-IP': address() } });
    expect(res.status).toBe(429);
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document describing both endpoints, their answers and errors', async () => {
    const res = await openapi.GET(request('/api/v1/openapi.json'), noParams);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    const doc = await res.json();
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);

    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe(`${SITE_URL}/api/v1`);
    const listOp = doc.paths['/vacancies'].get;
    const names = listOp.parameters.map((p: { name: string }) => p.name);
    for (const name of ['q', 'industry', 'language', 'salaryFrom', 'availableFrom', 'tz', 'limit', 'cursor', 'locale']) expect(names).toContain(name);
    expect(listOp.parameters.find((p: { name: string }) => p.name === 'industry').schema.items.enum).toContain('finance');
    expect(Object.keys(listOp.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '429', '500']));
    expect(Object.keys(doc.paths['/vacancies/{id}'].get.responses)).toEqual(expect.arrayContaining(['200', '404', '429']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Vacancy', 'VacancyList', 'Company', 'Salary', 'Shift', 'Error', 'InvalidParameters']));
    expect(doc.components.schemas.Vacancy.properties.company).toEqual({ $ref: '#/components/schemas/Company' });
  });
});
