import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createToken } from '@/lib/accounts/tokens';
import { getCompanyForEdit, getCompanyPage, getInvitationForUser } from '@/lib/companies/queries';
import { createPrismaClient } from '@/lib/db-client';
import type { Actor } from '@/lib/vacancies/lifecycle.server';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
let companyId: string;
let owner: Actor & { email: string };
let colleague: Actor & { email: string };
let outsider: Actor & { email: string };
const invitationToken = createToken();

async function user(name: string) {
  return db.user.create({ data: { email: `${name}-${tag}@test.example`, name, passwordHash: 'x', emailVerified: new Date() } });
}

async function actor(userId: string, email: string): Promise<Actor & { email: string }> {
  const memberships = await db.membership.findMany({ where: { userId }, include: { company: true } });
  return { id: userId, email, companies: memberships.map((m) => ({ id: m.companyId, name: m.company.name, slug: m.company.slug, role: m.role })) };
}

beforeAll(async () => {
  const [a, b, c] = [await user('owner'), await user('colleague'), await user('outsider')];
  const company = await db.company.create({
    data: {
      name: 'Запросы Сервис', slug: `queries-${tag}`, website: 'https://queries.example', country: 'RU', industry: 'finance',
      members: { create: [{ userId: a.id, role: 'owner' }, { userId: b.id, role: 'member' }] },
    },
  });
  companyId = company.id;
  await db.companyInvitation.createMany({
    data: [
      { companyId, email: `invited-${tag}@test.example`, role: 'member', tokenHash: invitationToken.hash, invitedById: a.id, expiresAt: new Date(Date.now() + 86_400_000) },
      { companyId, email: `expired-${tag}@test.example`, role: 'owner', tokenHash: createToken().hash, invitedById: a.id, expiresAt: new Date(Date.now() - 1000) },
    ],
  });
  [owner, colleague, outsider] = await Promise.all([actor(a.id, a.email), actor(b.id, b.email), actor(c.id, c.email)]);
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.$disconnect();
});

describe('getCompanyForEdit', () => {
  it('gives a member the profile, the team and the open invitations', async () => {
    const company = await getCompanyForEdit(colleague, companyId);
    expect(company).toMatchObject({
      id: companyId,
      role: 'member',
      verified: false,
      profile: { name: 'Запросы Сервис', slug: `queries-${tag}`, website: 'https://queries.example', telegramUrl: '', size: '', benefits: [], country: 'RU', industry: 'finance' },
      logoHash: null,
    });
    expect(company!.members.map((m) => [m.email, m.role])).toEqual([
      [owner.email, 'owner'],
      [colleague.email, 'member'],
    ]);
    expect(company!.members[0]!.joinedAt).toBeInstanceOf(Date);
    expect(company!.invitations).toEqual([{ email: `invited-${tag}@test.example`, role: 'member', expiresAt: expect.any(Date) }]);
    expect((await getCompanyForEdit(owner, companyId))?.role).toBe('owner');
  });

  it('returns null for a non-member and for a malformed id', async () => {
    expect(await getCompanyForEdit(outsider, companyId)).toBeNull();
    expect(await getCompanyForEdit(owner, 'not-a-uuid')).toBeNull();
    expect(await getCompanyForEdit(owner, randomUUID())).toBeNull();
  });
});

describe('getInvitationForUser', () => {
  it('names the company only to the addressee of an open invitation', async () => {
    const invited = { id: randomUUID(), email: `invited-${tag}@test.example`, companies: [] };
    expect(await getInvitationForUser(invited, invitationToken.token)).toMatchObject({ companyName: 'Запросы Сервис', role: 'member' });
    expect(await getInvitationForUser(outsider, invitationToken.token)).toBeNull();
    expect(await getInvitationForUser(invited, 'short')).toBeNull();
  });
});

describe('getCompanyPage', () => {
  it('shows a page of 20 open vacancies, newest first, with the total, and the last page for a page past the end', async () => {
    const DAY = 86_400_000;
    await db.vacancy.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        slug: `company-page-${tag}-${i}`, companyId, title: `Оператор ${i}`, description: 'Текст.', industry: 'finance' as const,
        schedule: 'shift' as const, employment: 'full' as const, experience: 'noExperience' as const, status: 'published' as const,
        publishedAt: new Date(Date.now() - (i + 1) * 60_000), expiresAt: new Date(Date.now() + 10 * DAY),
      })),
    });
    const first = await getCompanyPage(`queries-${tag}`);
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first!.vacancies.map((v) => v.slug)).toEqual(Array.from({ length: 20 }, (_, i) => `company-page-${tag}-${i}`));
    const second = await getCompanyPage(`queries-${tag}`, 2);
    expect(second!.vacancies.map((v) => v.slug)).toEqual(Array.from({ length: 5 }, (_, i) => `company-page-${tag}-${i + 20}`));
    expect(await getCompanyPage(`queries-${tag}`, 9)).toMatchObject({ page: 2, pageCount: 2 });
    await db.vacancy.deleteMany({ where: { slug: { startsWith: `company-page-${tag}-` } } });
  });
});
