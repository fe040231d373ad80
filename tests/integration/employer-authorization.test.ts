import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { changeMemberRole, inviteMember, removeMember, updateCompanyProfile } from '@/lib/companies/member.server';
import { getCompanyForEdit } from '@/lib/companies/queries';
import { createPrismaClient } from '@/lib/db-client';
import { getDashboardVacancies, getDashboardVacancy, getVacancyPreview } from '@/lib/vacancies/dashboard-queries';
import { getVacancyForEdit } from '@/lib/vacancies/editor-queries';
import {
  closeVacancy,
  createDraft,
  deleteDraft,
  duplicateVacancy,
  renewVacancy,
  submitVacancy,
  updateVacancy,
  type Actor,
} from '@/lib/vacancies/lifecycle.server';
import { VALID_VACANCY } from '@/tests/fixtures/vacancy-input';

// HOUSE_STYLE rule 3, proved for every employer operation and private query: with two companies, the
// owner's company succeeds; an anonymous caller (no companies), the other company's owner and guessed
// ids get "not found" and change nothing.

const db = createPrismaClient(inject('databaseUrl'), 2);
const TAG = `authz-${randomUUID().slice(0, 8)}`;
const DAY = 86_400_000;
let owner: Actor;
let stranger: Actor;
let colleagueId: string;
let companyA: string;
const anonymous: Actor = { id: randomUUID(), companies: [] };
type Status = 'draft' | 'published' | 'pending';

async function vacancy(status: Status, expiresInDays = 3): Promise<string> {
  const created = await createDraft(owner, companyA, { ...VALID_VACANCY, title: `Оператор ${TAG}` });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (status !== 'draft') {
    await db.vacancy.update({ where: { id: created.value.id }, data: { status, publishedAt: new Date(), expiresAt: new Date(Date.now() + expiresInDays * DAY) } });
  }
  return created.value.id;
}

const snapshot = (id: string) =>
  db.vacancy.findUnique({ where: { id }, select: { status: true, title: true, expiresAt: true, revision: { select: { id: true } } } });

beforeAll(async () => {
  const mk = (name: string) => db.user.create({ data: { email: `${name}-${TAG}@test.example`, name }, select: { id: true } });
  const [a, b, c] = await Promise.all([mk('owner'), mk('stranger'), mk('colleague')]);
  colleagueId = c.id;
  const A = await db.company.create({
    data: { name: `A ${TAG}`, slug: `a-${TAG}`, members: { create: [{ userId: a.id, role: 'owner' }, { userId: c.id, role: 'member' }] } },
    select: { id: true, name: true, slug: true },
  });
  const B = await db.company.create({ data: { name: `B ${TAG}`, slug: `b-${TAG}`, members: { create: { userId: b.id, role: 'owner' } } }, select: { id: true, name: true, slug: true } });
  companyA = A.id;
  owner = { id: a.id, companies: [{ ...A, role: 'owner' }] };
  stranger = { id: b.id, companies: [{ ...B, role: 'owner' }] };
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: TAG } } });
  await db.user.deleteMany({ where: { email: { contains: TAG } } });
  await db.$disconnect();
});

const VACANCY_OPERATIONS: { name: string; status: Status; run: (actor: Actor, id: string) => Promise<{ ok: boolean }> }[] = [
  { name: 'edit', status: 'draft', run: (a, id) => updateVacancy(a, id, { ...VALID_VACANCY, title: 'Чужая правка заголовка' }) },
  { name: 'edit published (revision)', status: 'published', run: (a, id) => updateVacancy(a, id, { ...VALID_VACANCY, title: 'Чужая правка заголовка' }) },
  { name: 'submit', status: 'draft', run: submitVacancy },
  { name: 'close', status: 'published', run: closeVacancy },
  { name: 'renew', status: 'published', run: renewVacancy },
  { name: 'delete', status: 'draft', run: deleteDraft },
  { name: 'duplicate', status: 'pending', run: duplicateVacancy },
];

describe.each(VACANCY_OPERATIONS)('$name', ({ status, run }) => {
  it('is refused as not found to anonymous, the other company and guessed ids, and changes nothing', async () => {
    const id = await vacancy(status);
    const before = await snapshot(id);
    const copies = await db.vacancy.count({ where: { title: { contains: TAG } } });
    for (const actor of [anonymous, stranger]) expect(await run(actor, id)).toEqual({ ok: false, error: 'notFound' });
    for (const guessed of [randomUUID(), 'not-a-uuid', `${id}'--`]) expect(await run(owner, guessed)).toEqual({ ok: false, error: 'notFound' });
    expect(await snapshot(id)).toEqual(before);
    expect(await db.vacancy.count({ where: { title: { contains: TAG } } })).toBe(copies);
  });

  it("succeeds for the owner's company", async () => {
    expect((await run(owner, await vacancy(status))).ok).toBe(true);
  });
});

describe('creating a draft', () => {
  it('only in a company the caller belongs to', async () => {
    for (const actor of [anonymous, stranger]) expect(await createDraft(actor, companyA, VALID_VACANCY)).toEqual({ ok: false, error: 'notFound' });
    expect(await createDraft(owner, randomUUID(), VALID_VACANCY)).toEqual({ ok: false, error: 'notFound' });
    expect((await createDraft(owner, companyA, { ...VALID_VACANCY, title: `Оператор ${TAG}` })).ok).toBe(true);
  });
});

describe('private vacancy queries', () => {
  it('show a draft to its company only', async () => {
    const id = await vacancy('draft');
    for (const actor of [anonymous, stranger]) {
      expect(await getDashboardVacancy(actor, id)).toBeNull();
      expect(await getVacancyPreview(actor, id)).toBeNull();
      expect(await getVacancyForEdit(actor, id)).toBeNull();
      expect((await getDashboardVacancies(actor)).map((v) => v.id)).not.toContain(id);
    }
    for (const guessed of [randomUUID(), 'x']) expect(await getDashboardVacancy(owner, guessed)).toBeNull();
    expect((await getDashboardVacancy(owner, id))?.id).toBe(id);
    expect(await getVacancyPreview(owner, id)).toMatchObject({ vacancy: { title: expect.stringContaining(TAG) } });
    expect(await getVacancyForEdit(owner, id)).not.toBeNull();
    expect((await getDashboardVacancies(owner)).map((v) => v.id)).toContain(id);
  });
});

describe('company operations', () => {
  const profile = { name: `A ${TAG}`, slug: `a-${TAG}`, website: '', logoUrl: '', description: '', industry: 'ecommerce', legalName: '', taxId: '', country: '' };

  it('are refused to anonymous and the other company, with nothing changed', async () => {
    for (const actor of [anonymous, stranger]) {
      expect(await getCompanyForEdit(actor, companyA)).toBeNull();
      expect(await updateCompanyProfile(actor, companyA, { ...profile, name: 'Захвачено' })).toEqual({ ok: false, error: 'notFound' });
      expect(await inviteMember(actor, companyA, { email: `x-${TAG}@test.example`, role: 'owner' })).toEqual({ ok: false, error: 'notFound' });
      expect(await removeMember(actor, companyA, colleagueId)).toEqual({ ok: false, error: 'notFound' });
      expect(await changeMemberRole(actor, companyA, colleagueId, 'owner')).toEqual({ ok: false, error: 'notFound' });
    }
    expect(await updateCompanyProfile(owner, randomUUID(), profile)).toEqual({ ok: false, error: 'notFound' });
    expect(await removeMember(owner, companyA, randomUUID())).toEqual({ ok: false, error: 'notFound' });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyA } })).name).toBe(`A ${TAG}`);
    expect(await db.membership.count({ where: { companyId: companyA } })).toBe(2);
    expect(await db.companyInvitation.count({ where: { companyId: companyA } })).toBe(0);
  });

  it("succeed for the company's owner", async () => {
    expect(await getCompanyForEdit(owner, companyA)).not.toBeNull();
    expect((await updateCompanyProfile(owner, companyA, { ...profile, description: 'Поддержка клиентов круглосуточно.' })).ok).toBe(true);
    expect((await inviteMember(owner, companyA, { email: `new-${TAG}@test.example`, role: 'member' })).ok).toBe(true);
    expect((await changeMemberRole(owner, companyA, colleagueId, 'owner')).ok).toBe(true);
  });
});
