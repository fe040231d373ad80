import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiInvalidParameters } from '@/lib/api/schemas';
import { createPrismaClient } from '@/lib/db-client';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { JOBS } from '@/lib/jobs/definitions';
import { SNAPSHOT_ID } from '@/lib/salaries/refresh';
import { ApiSalaries } from '@/lib/salaries/schemas';
import { SITE_URL } from '@/lib/seo';
import * as route from '@/app/api/v1/salaries/route';

// GET /api/v1/salaries through its route handler, on the shared (seeded) database.
const db = createPrismaClient(inject('databaseUrl'), 2);
const caller = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const noParams = { params: Promise.resolve({}) };
const get = (query = '', headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://localhost/api/v1/salaries${query}`, { headers: { [CLIENT_ADDRESS_HEADER]: caller, ...headers } }), noParams);

afterAll(async () => {
  await db.$disconnect();
});

describe('GET /api/v1/salaries', () => {
  it('computes the snapshot once when there is none, then answers from it', async () => {
    await db.salaryInsight.deleteMany({ where: { id: SNAPSHOT_ID } });
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const body = ApiSalaries.parse(await res.json());
    expect(body.currency).toBe('RUB');
    expect(body.overall.count).toBeGreaterThan(0);
    expect(body.overall.catalogueUrl).toBe(`${SITE_URL}/vacancies?withSalary=1`);
    expect(body.byIndustry.find((b) => b.key === 'finance')?.catalogueUrl).toBe(`${SITE_URL}/vacancies?industry=finance&withSalary=1`);
    expect(body.byTraining.find((b) => b.key === 'none')?.catalogueUrl).toBeNull();
    expect(body.weekly).toHaveLength(26);
    for (const group of [...body.byIndustry, ...body.bySchedule, ...body.byExperience]) {
      if (group.count < body.minSample) expect(group.median).toBeNull();
    }
    expect(await db.salaryInsight.count({ where: { id: SNAPSHOT_ID } })).toBe(1);
  });

  it('converts into the asked currency and links in the asked language', async () => {
    const [rub, usd] = await Promise.all([get().then((r) => r.json()), get('?currency=usd&locale=en').then((r) => r.json())]);
    const body = ApiSalaries.parse(usd);
    expect(body.currency).toBe('USD');
    expect(body.overall.median).toBeLessThan(ApiSalaries.parse(rub).overall.median! / 10);
    expect(body.overall.catalogueUrl).toBe(`${SITE_URL}/en/vacancies?currency=USD&withSalary=1`);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await get();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\//);
    expect((await get('', { 'If-None-Match': etag })).status).toBe(304);
  });

  it.each([
    ['?currency=XYZ', 'currency'],
    ['?currency=', 'currency'],
    ['?locale=de', 'locale'],
  ])('refuses %s with a 400 naming the parameter', async (query, param) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = ApiInvalidParameters.parse(await res.json());
    expect(body.issues.map((i) => i.path[0])).toContain(param);
  });

  it('refuses unknown parameters', async () => {
    const res = await get('?industry=finance');
    expect(res.status).toBe(400);
    const body = ApiInvalidParameters.parse(await res.json());
    expect(body.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('is read-only', async () => {
    const res = await route.POST(new Request('http://localhost/api/v1/salaries', { method: 'POST', headers: { [CLIENT_ADDRESS_HEADER]: caller } }), noParams);
    expect(res.status).toBe(405);
  });
});

describe('the salary-insights job', () => {
  it('is scheduled every 30 minutes and reports what it did', async () => {
    const job = JOBS.find((j) => j.name === 'salary-insights');
    expect(job?.cron).toBe('*/30 * * * *');
    const report = await job!.run(new Date());
    expect(report.vacancies).toBeGreaterThan(0);
    expect(report.ms).toBeGreaterThanOrEqual(0);
  });
});
