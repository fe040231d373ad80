import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashPassword } from '@/lib/accounts/password';
import {
  acceptInvitation,
  changeMemberRole,
  inviteMember,
  leaveCompany,
  removeMember,
  updateCompanyProfile,
} from '@/lib/companies/member.server';
import { createPrismaClient } from '@/lib/db-client';
import type { Actor } from '@/lib/vacancies/lifecycle.server';

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
let companyId: string;
let owner: Actor & { email: string };
let colleague: Actor & { email: string };
let outsider: Actor & { email: string };

async function user(name: string) {
  const u = await db.user.create({ data: { email: `${name}-${tag}@test.example`, name, passwordHash: await hashPassword('pass-12345678'), emailVerified: new Date() } });
  return u;
}

async function actor(userId: string, email: string): Promise<Actor & { email: string }> {
  const memberships = await db.membership.findMany({ where: { userId }, include: { company: true } });
  return { id: userId, email, companies: memberships.map((m) => ({ id: m.companyId, name: m.company.name, slug: m.company.slug, role: m.role })) };
}

const profile = (patch: object = {}) => ({
  name: 'Тест Сервис', slug: `test-servis-${tag}`, website: 'https://test.example', description: 'Поддержка клиентов.',
  industry: 'ecommerce', legalName: 'ООО «Тест Сервис»', taxId: '7701234567', country: 'ru', ...patch,
});

beforeAll(async () => {
  const a = await user('owner');
  const b = await user('colleague');
  const c = await user('outsider');
  const company = await db.company.create({
    data: { name: 'Тест Сервис', slug: `test-servis-${tag}`, members: { create: [{ userId: a.id, role: 'owner' }, { userId: b.id, role: 'member' }] } },
  });
  companyId = company.id;
  owner = await actor(a.id, a.email);
  colleague = await actor(b.id, b.email);
  outsider = await actor(c.id, c.email);
});

afterAll(async () => {
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.$disconnect();
});

describe('company profile', () => {
  it('is edited by an owner, and a change of legal details withdraws verification', async () => {
    await db.company.update({ where: { id: companyId }, data: { verifiedAt: new Date() } });
    expect(await updateCompanyProfile(owner, companyId, profile())).toEqual({ ok: true, value: null });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).verifiedAt).toBeNull();
    await db.company.update({ where: { id: companyId }, data: { verifiedAt: new Date() } });
    expect(await updateCompanyProfile(owner, companyId, profile({ description: 'Только описание изменилось.' }))).toMatchObject({ ok: true });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).verifiedAt).not.toBeNull();
  });
  it('keeps the address candidates reply to, lower-cased; an empty field clears it, a bad one is a field error', async () => {
    expect(await updateCompanyProfile(owner, companyId, profile({ contactEmail: ' HR@Company.example ' }))).toMatchObject({ ok: true });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).contactEmail).toBe('hr@company.example');
    expect(await updateCompanyProfile(owner, companyId, profile({ contactEmail: 'not an address' }))).toMatchObject({
      ok: false, error: 'invalid', fieldErrors: { contactEmail: ['companyForm.errors.email'] },
    });
    expect(await updateCompanyProfile(owner, companyId, profile({ contactEmail: '' }))).toMatchObject({ ok: true });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyId } })).contactEmail).toBeNull();
  });
  it('refuses members, outsiders, taken slugs and bad input', async () => {
    expect(await updateCompanyProfile(colleague, companyId, profile())).toEqual({ ok: false, error: 'notOwner' });
    expect(await updateCompanyProfile(outsider, companyId, profile())).toEqual({ ok: false, error: 'notFound' });
    const other = await db.company.findFirstOrThrow({ where: { id: { not: companyId } } });
    expect(await updateCompanyProfile(owner, companyId, profile({ slug: other.slug }))).toEqual({ ok: false, error: 'slugTaken' });
    expect(await updateCompanyProfile(owner, companyId, profile({ slug: 'Плохой адрес', website: 'javascript:x' }))).toMatchObject({
      ok: false, error: 'invalid', fieldErrors: { slug: ['companyForm.errors.slug'], website: ['company.form.errors.website'] },
    });
  });
});

describe('members', () => {
  it('invites by email; only the invited person can accept, once', async () => {
    const invited = await user('invited');
    const result = await inviteMember(owner, companyId, { email: invited.email.toUpperCase(), role: 'member' });
    expect(result.ok).toBe(true);
    const token = result.ok ? result.value.token : '';
    expect(await acceptInvitation(outsider, token)).toEqual({ ok: false, error: 'invitationInvalid' });
    const invitedActor = await actor(invited.id, invited.email);
    expect(await acceptInvitation(invitedActor, token)).toEqual({ ok: true, value: { companyId } });
    expect(await acceptInvitation(invitedActor, token)).toEqual({ ok: false, error: 'invitationInvalid' });
    expect(await db.membership.count({ where: { companyId, userId: invited.id } })).toBe(1);
    expect(await inviteMember(owner, companyId, { email: invited.email })).toEqual({ ok: false, error: 'alreadyMember' });
  });
  it('lets only owners invite, remove and change roles', async () => {
    expect(await inviteMember(colleague, companyId, { email: `x-${tag}@test.example` })).toEqual({ ok: false, error: 'notOwner' });
    expect(await inviteMember(outsider, companyId, { email: `x-${tag}@test.example` })).toEqual({ ok: false, error: 'notFound' });
    expect(await removeMember(colleague, companyId, owner.id)).toEqual({ ok: false, error: 'notOwner' });
    expect(await changeMemberRole(outsider, companyId, colleague.id, 'owner')).toEqual({ ok: false, error: 'notFound' });
  });
  it('never leaves a company without an owner', async () => {
    expect(await leaveCompany(owner, companyId)).toEqual({ ok: false, error: 'lastOwner' });
    expect(await changeMemberRole(owner, companyId, owner.id, 'member')).toEqual({ ok: false, error: 'lastOwner' });
    expect(await changeMemberRole(owner, companyId, colleague.id, 'owner')).toEqual({ ok: true, value: null });
    const colleagueAsOwner = await actor(colleague.id, colleague.email);
    // Two owners demoting each other at the same moment: exactly one succeeds.
    const results = await Promise.all([
      changeMemberRole(owner, companyId, colleague.id, 'member'),
      changeMemberRole(colleagueAsOwner, companyId, owner.id, 'member'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { companyId, role: 'owner' } })).toBe(1);
  });
  it('lets a member leave', async () => {
    const leaver = await user('leaver');
    await db.membership.create({ data: { companyId, userId: leaver.id, role: 'member' } });
    expect(await leaveCompany(await actor(leaver.id, leaver.email), companyId)).toEqual({ ok: true, value: null });
  });
});
