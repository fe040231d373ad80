import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getCompanyPage } from '@/lib/companies/queries';
import { createPrismaClient } from '@/lib/db-client';
import { expireVacancies } from '@/lib/jobs/vacancy-jobs.server';
import type { AdminActor } from '@/lib/moderation/audit.server';
import { blockCompany, unblockCompany } from '@/lib/moderation/company.server';
import { dismissReports, removeVacancy, submitReport } from '@/lib/moderation/report.server';
import { approveRevision, approveVacancy } from '@/lib/moderation/review.server';
import { cachedCatalogueRead, catalogueCacheStats } from '@/lib/vacancies/catalogue-cache';
import { catalogueEpoch } from '@/lib/vacancies/catalogue-epoch-queries';
import { searchVacancies } from '@/lib/vacancies/catalogue-queries';
import { getSimilarVacancies, getVacancyPage } from '@/lib/vacancies/detail-queries';
import { closeVacancy, createDraft, submitVacancy, updateVacancy, type Actor } from '@/lib/vacancies/lifecycle.server';
import { getNewestVacancies } from '@/lib/vacancies/queries';
import { EMPTY_FILTERS } from '@/lib/vacancies/search-params';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';
import { DEMO_ACCOUNTS } from '../../prisma/seed/seed';
import { submittedVacancy } from '@/tests/support/factories';

// The catalogue cache (lib/vacancies/catalogue-cache.ts, decision 023): each change a visitor could see
// shows on the very next search, through the real actions; unrelated writes keep the cache. Other files
// write to the same database meanwhile, which only ever makes the cache miss more, never serve stale data.

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
// Letters only, so full-text search finds exactly this file's vacancies.
const letters = (prefix: string) => `${prefix}${[...tag].map((c) => 'абвгдежзиклмнопр'[parseInt(c, 16)]).join('')}`;
const word = letters('кэштест');
const DAY = 86_400_000;

let admin: AdminActor;
let owner: Actor;
let companyId: string;

const found = async (q = word, now = new Date()) => new Set((await searchVacancies({ ...EMPTY_FILTERS, q }, now)).items.map((v) => v.id));

/** A vacancy of this file's company, submitted and approved. */
async function published(patch: object = {}): Promise<string> {
  const id = await submittedVacancy(owner, companyId, { ...VALID_VACANCY, title: `Оператор чата ${word}`, ...patch });
  expect(await approveVacancy(admin, id, { acknowledged: true })).toEqual({ ok: true, value: null });
  return id;
}

/**
 * Whether `write` bumps the catalogue's version: inside one transaction (rolled back), did this transaction
 * write the catalogue_state row (its xmin is our transaction id)? Other files' bumps do not count, and
 * READ COMMITTED lets our bump wait for theirs instead of failing.
 */
async function bumps(write: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>): Promise<boolean> {
  let changed = false;
  await db
    .$transaction(async (tx) => {
      await write(tx);
      const [row] = await tx.$queryRaw<{ ours: boolean }[]>`
        SELECT coalesce((SELECT xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296 FROM "catalogue_state" WHERE "id" = 1), false) AS "ours"`;
      changed = row!.ours;
      throw new Error('rollback');
    })
    .catch((err: unknown) => {
      if (!(err instanceof Error && err.message === 'rollback')) throw err;
    });
  return changed;
}

beforeAll(async () => {
  const user = await db.user.create({ data: { email: `cache-${tag}@test.example`, name: 'Кэш', emailVerified: new Date(), locale: 'ru' } });
  const company = await db.company.create({
    data: { name: `Кэш ${tag}`, slug: `cache-${tag}`, members: { create: [{ userId: user.id, role: 'owner' }] } },
  });
  companyId = company.id;
  owner = { id: user.id, companies: [{ id: company.id, name: company.name, slug: company.slug, role: 'owner' }] };
  admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true, role: true } });
});

afterAll(async () => {
  const vacancies = await db.vacancy.findMany({ where: { companyId }, select: { id: true } });
  await db.auditLog.deleteMany({ where: { targetId: { in: [companyId, ...vacancies.map((v) => v.id)] } } });
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.outboxMail.deleteMany({ where: { to: { contains: tag } } });
  await db.$disconnect();
});

describe('the catalogue cache', () => {
  it('answers a repeated search from the cache', async () => {
    await published();
    // Another file's write between the two searches starts a new epoch; try again then.
    for (let attempt = 0; attempt < 10; attempt++) {
      const epoch = await catalogueEpoch(new Date());
      const first = await found();
      const before = catalogueCacheStats();
      const second = await found();
      const after = catalogueCacheStats();
      if ((await catalogueEpoch(new Date())) !== epoch) continue;
      expect(second).toEqual(first);
      expect(after.hits - before.hits).toBe(1);
      expect(after.misses).toBe(before.misses);
      return;
    }
    throw new Error('the catalogue changed under every attempt');
  });

  it('shares one computation between concurrent misses', async () => {
    let runs = 0;
    const key = randomUUID();
    const now = new Date();
    const compute = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return runs;
    };
    const results = await Promise.all([1, 2, 3].map(() => cachedCatalogueRead('test', key, now, compute)));
    expect(new Set(results).size).toBe(1);
    expect(runs).toBeLessThanOrEqual(2); // 2 only if another file's write started a new epoch in between
  });

  it('keeps its results through writes no visitor sees: drafts, pending ads, their languages and shifts', async () => {
    expect(
      await bumps(async (tx) => {
        const v = await tx.vacancy.create({
          data: {
            slug: `cache-draft-${tag}`, companyId, title: 'Черновик', description: 'Текст.', industry: 'ecommerce', schedule: 'shift',
            employment: 'full', experience: 'noExperience', status: 'draft',
          },
        });
        await tx.vacancyLanguage.create({ data: { vacancyId: v.id, language: 'ru', level: 'native' } });
        await tx.shiftSlot.create({ data: { vacancyId: v.id, position: 0, startMinute: 540, endMinute: 1080, timeZone: 'Europe/Moscow', utcStartMinute: 360, utcEndMinute: 900 } });
        await tx.vacancy.update({ where: { id: v.id }, data: { title: 'Черновик 2', status: 'pending' } });
      }),
    ).toBe(false);
    const id = await published();
    expect(await bumps((tx) => tx.vacancy.update({ where: { id }, data: { title: `Новое ${word}` } }))).toBe(true);
    expect(await bumps((tx) => tx.vacancyLanguage.create({ data: { vacancyId: id, language: 'kk', level: 'B2' } }))).toBe(true);
    expect(await bumps((tx) => tx.shiftSlot.updateMany({ where: { vacancyId: id }, data: { endMinute: 1020 } }))).toBe(true);
    expect(await bumps((tx) => tx.company.update({ where: { id: companyId }, data: { name: `Кэш ${tag} 2` } }))).toBe(true);
    expect(await bumps((tx) => tx.exchangeRate.update({ where: { currency: 'USD' }, data: { rubPerUnit: { increment: 0 } } }))).toBe(true);
  });

  it('shows an approval on the next search', async () => {
    const created = await createDraft(owner, companyId, { ...VALID_VACANCY, title: `Оператор чата ${word}` });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await submitVacancy(owner, created.value.id);
    expect(await found()).not.toContain(created.value.id);
    expect(await approveVacancy(admin, created.value.id, { acknowledged: true })).toEqual({ ok: true, value: null });
    expect(await found()).toContain(created.value.id);
  });

  it('shows an approved edit on the next search', async () => {
    const edited = letters('правка');
    const id = await published();
    expect(await found(edited)).not.toContain(id);
    expect(await updateVacancy(owner, id, { ...VALID_VACANCY, title: `Оператор чата ${word} ${edited}` })).toEqual({ ok: true, value: { revision: true } });
    expect(await found(edited)).not.toContain(id); // the edit waits for review; the published text stays
    expect((await approveRevision(admin, id, { acknowledged: true })).ok).toBe(true);
    expect(await found(edited)).toContain(id);
  });

  it('drops a closed vacancy on the next search', async () => {
    const id = await published();
    expect(await found()).toContain(id);
    expect((await closeVacancy(owner, id)).ok).toBe(true);
    expect(await found()).not.toContain(id);
  });

  it('drops a vacancy the moment it expires, before and after the expiry job', async () => {
    const id = await published();
    const expiresAt = (await db.vacancy.findUniqueOrThrow({ where: { id } })).expiresAt!;
    expect(await found(word, new Date(expiresAt.getTime() - 60_000))).toContain(id);
    expect(await found(word, new Date(expiresAt.getTime() + 1))).not.toContain(id);
    await db.vacancy.update({ where: { id }, data: { expiresAt: new Date(Date.now() - DAY) } });
    expect(await found()).not.toContain(id);
    await expireVacancies();
    expect((await db.vacancy.findUniqueOrThrow({ where: { id } })).status).toBe('expired');
    expect(await found()).not.toContain(id);
  });

  it('drops a blocked company’s vacancies on the next search and brings them back when unblocked', async () => {
    const id = await published();
    expect(await found()).toContain(id);
    expect((await blockCompany(admin, companyId, 'Проверка кэша: компания просит оплату.')).ok).toBe(true);
    expect(await found()).not.toContain(id);
    expect((await unblockCompany(admin, companyId)).ok).toBe(true);
    expect(await found()).toContain(id);
  });

  it('follows report decisions: a dismissal keeps the vacancy, a removal drops it', async () => {
    const id = await published();
    const slug = (await db.vacancy.findUniqueOrThrow({ where: { id } })).slug;
    expect((await submitReport(slug, { category: 'scam', message: 'Просят оплатить обучение до собеседования.' }, { ip: '198.51.100.7' })).ok).toBe(true);
    expect((await dismissReports(admin, id)).ok).toBe(true);
    expect(await found()).toContain(id);
    expect((await removeVacancy(admin, id, 'Просит оплату за обучение.')).ok).toBe(true);
    expect(await found()).not.toContain(id);
  });

  it('keeps the home page’s newest list fresh', async () => {
    // Wide enough that vacancies other files publish meanwhile (some dated a little ahead) cannot crowd ours out.
    const newest = () => cachedCatalogueRead('home-test', null, new Date(), () => getNewestVacancies(300));
    await newest();
    const id = await published();
    expect((await newest()).map((v) => v.id)).toContain(id);
    expect((await closeVacancy(owner, id)).ok).toBe(true);
    expect((await newest()).map((v) => v.id)).not.toContain(id);
  });
});

describe('vacancy and company pages from the catalogue cache', () => {
  const page = async (id: string) => getVacancyPage((await db.vacancy.findUniqueOrThrow({ where: { id } })).slug);
  const companyPage = () => getCompanyPage(`cache-${tag}`);

  it('answers a repeated vacancy page from the cache', async () => {
    const id = await published();
    for (let attempt = 0; attempt < 10; attempt++) {
      const epoch = await catalogueEpoch(new Date());
      const first = await page(id);
      const before = catalogueCacheStats();
      const second = await page(id);
      const after = catalogueCacheStats();
      if ((await catalogueEpoch(new Date())) !== epoch) continue;
      expect(second).toEqual(first);
      expect(after.hits - before.hits).toBe(1);
      return;
    }
    throw new Error('the catalogue changed under every attempt');
  });

  it('shows an approved edit, a closing and later edits of the closed ad on the next request', async () => {
    const id = await published();
    expect((await page(id))?.title).toBe(`Оператор чата ${word}`);
    expect((await updateVacancy(owner, id, { ...VALID_VACANCY, title: `Оператор чата ${word} правка` })).ok).toBe(true);
    expect((await page(id))?.title).toBe(`Оператор чата ${word}`); // waits for review
    expect((await approveRevision(admin, id, { acknowledged: true })).ok).toBe(true);
    expect((await page(id))?.title).toBe(`Оператор чата ${word} правка`);
    expect((await closeVacancy(owner, id)).ok).toBe(true);
    expect((await page(id))?.state).toBe('ended');
    // A closed ad's changes do not move the epoch, so its page is never kept.
    await db.vacancy.update({ where: { id }, data: { description: 'Закрыта, текст поправлен.' } });
    expect((await page(id))?.description).toBe('Закрыта, текст поправлен.');
  });

  it('ends a vacancy whose time is up, and hides blocked companies’ and removed ads', async () => {
    const id = await published();
    expect((await page(id))?.state).toBe('open');
    await db.vacancy.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await page(id))?.state).toBe('ended');

    const other = await published();
    expect(await page(other)).not.toBeNull();
    expect((await blockCompany(admin, companyId, 'Проверка кэша: компания просит оплату.')).ok).toBe(true);
    expect(await page(other)).toBeNull();
    expect(await companyPage()).toBeNull();
    expect((await unblockCompany(admin, companyId)).ok).toBe(true);
    expect(await page(other)).not.toBeNull();
    expect((await removeVacancy(admin, other, 'Просит оплату за обучение.')).ok).toBe(true);
    expect(await page(other)).toBeNull();
  });

  it('keeps similar vacancies and the company page fresh', async () => {
    const a = await published();
    const b = await published();
    const detail = (await page(a))!;
    expect((await getSimilarVacancies(detail, 300)).map((v) => v.id)).toContain(b);
    expect((await companyPage())?.vacancies.map((v) => v.id)).toContain(b);
    expect((await closeVacancy(owner, b)).ok).toBe(true);
    expect((await getSimilarVacancies(detail, 300)).map((v) => v.id)).not.toContain(b);
    expect((await companyPage())?.vacancies.map((v) => v.id)).not.toContain(b);

    await db.company.update({ where: { id: companyId }, data: { description: `Описание ${tag}` } });
    expect((await companyPage())?.company.description).toBe(`Описание ${tag}`);
    expect((await page(a))?.company.description).toBe(`Описание ${tag}`);
  });

  it('keeps no answer for an address no vacancy has', async () => {
    const before = catalogueCacheStats();
    for (let i = 0; i < 3; i++) expect(await getVacancyPage(`no-such-vacancy-${tag}`)).toBeNull();
    expect(catalogueCacheStats().hits).toBe(before.hits);
  });

  it('does not keep “no such company”: a company created afterwards shows at once', async () => {
    const slug = `cache-new-${tag}`;
    expect(await getCompanyPage(slug)).toBeNull();
    await db.company.create({ data: { name: `Новая ${tag}`, slug } });
    expect((await getCompanyPage(slug))?.company.name).toBe(`Новая ${tag}`);
  });
});
