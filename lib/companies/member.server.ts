import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { invalidOutcome } from '@/lib/forms/issues';
import type { Actor } from '@/lib/vacancies/lifecycle.server';
import { createToken, hashToken } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import type { MemberRole } from '@/lib/vocabularies';
import { CompanyProfileSchema, InviteSchema } from './schemas';

// Company profile and membership changes. Owners edit the profile and manage members; anyone may
// leave; a company always keeps at least one owner. Each function checks the actor itself.

export type CompanyOutcome<T = null> =
  | { ok: true; value: T }
  | { ok: false; error: 'notFound' | 'notOwner' | 'lastOwner' | 'slugTaken' | 'alreadyMember' | 'invitationInvalid' }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string[]> };

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const Id = z.uuid();

export function roleIn(actor: Actor, companyId: string): MemberRole | null {
  if (!Id.safeParse(companyId).success) return null;
  return actor.companies.find((c) => c.id === companyId)?.role ?? null;
}

export async function updateCompanyProfile(actor: Actor, companyId: string, input: unknown): Promise<CompanyOutcome> {
  const role = roleIn(actor, companyId);
  if (!role) return { ok: false, error: 'notFound' };
  if (role !== 'owner') return { ok: false, error: 'notOwner' };
  const parsed = CompanyProfileSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error);
  const p = parsed.data;
  const taken = await db.company.findFirst({ where: { slug: p.slug, id: { not: companyId } }, select: { id: true } });
  if (taken) return { ok: false, error: 'slugTaken' };
  const current = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { legalName: true, taxId: true, country: true } });
  // Verification vouches for the legal details as checked; changing them needs a new check.
  const legalChanged = current.legalName !== (p.legalName ?? null) || current.taxId !== (p.taxId ?? null) || current.country !== (p.country ?? null);
  await db.company.update({
    where: { id: companyId },
    data: {
      name: p.name, slug: p.slug, website: p.website ?? null, contactEmail: p.contactEmail ?? null, description: p.description,
      industry: p.industry, size: p.size ?? null, benefits: p.benefits, customBenefits: p.customBenefits,
      telegramUrl: p.telegramUrl ?? null, vkUrl: p.vkUrl ?? null, legalName: p.legalName ?? null, taxId: p.taxId ?? null, country: p.country ?? null,
      ...(legalChanged ? { verifiedAt: null, verifiedById: null } : {}),
    },
  });
  return { ok: true, value: null };
}

/** Creates an invitation; the caller mails `token` (only its hash is stored). */
export async function inviteMember(actor: Actor, companyId: string, input: unknown): Promise<CompanyOutcome<{ token: string; email: string }>> {
  const role = roleIn(actor, companyId);
  if (!role) return { ok: false, error: 'notFound' };
  if (role !== 'owner') return { ok: false, error: 'notOwner' };
  const parsed = InviteSchema.safeParse(input);
  if (!parsed.success) return invalidOutcome(parsed.error);
  const already = await db.membership.findFirst({ where: { companyId, user: { email: parsed.data.email } }, select: { userId: true } });
  if (already) return { ok: false, error: 'alreadyMember' };
  const { token, hash } = createToken();
  await db.companyInvitation.create({
    data: { companyId, email: parsed.data.email, role: parsed.data.role, tokenHash: hash, invitedById: actor.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
  });
  return { ok: true, value: { token, email: parsed.data.email } };
}

/** The signed-in user joins the company of an invitation addressed to their own email. */
export async function acceptInvitation(actor: Actor & { email: string }, token: string): Promise<CompanyOutcome<{ companyId: string }>> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.companyInvitation.updateManyAndReturn({
      where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: new Date() }, email: actor.email },
      data: { acceptedAt: new Date() },
      select: { companyId: true, role: true },
    });
    const invitation = claimed[0];
    if (!invitation) return { ok: false, error: 'invitationInvalid' } as const;
    await tx.membership.upsert({
      where: { companyId_userId: { companyId: invitation.companyId, userId: actor.id } },
      create: { companyId: invitation.companyId, userId: actor.id, role: invitation.role },
      update: {},
    });
    return { ok: true, value: { companyId: invitation.companyId } } as const;
  });
}

/**
 * Removes a member or changes their role; also how someone leaves (target = themselves). Owner rows
 * are locked first, so two owners demoting each other at once cannot leave the company without one.
 */
async function changeMembership(actor: Actor, companyId: string, userId: string, next: MemberRole | 'removed'): Promise<CompanyOutcome> {
  const role = roleIn(actor, companyId);
  if (!role || !Id.safeParse(userId).success) return { ok: false, error: 'notFound' };
  if (role !== 'owner' && !(userId === actor.id && next === 'removed')) return { ok: false, error: 'notOwner' };
  return db.$transaction(async (tx) => {
    const owners = await tx.$queryRaw<{ userId: string }[]>`
      SELECT "userId" FROM "memberships" WHERE "companyId" = ${companyId}::uuid AND "role" = 'owner' FOR UPDATE`;
    const target = await tx.membership.findUnique({ where: { companyId_userId: { companyId, userId } }, select: { role: true } });
    if (!target) return { ok: false, error: 'notFound' } as const;
    const losesOwner = target.role === 'owner' && next !== 'owner';
    if (losesOwner && owners.length <= 1) return { ok: false, error: 'lastOwner' } as const;
    if (next === 'removed') await tx.membership.delete({ where: { companyId_userId: { companyId, userId } } });
    else await tx.membership.update({ where: { companyId_userId: { companyId, userId } }, data: { role: next } });
    return { ok: true, value: null } as const;
  });
}

export const removeMember = (actor: Actor, companyId: string, userId: string) => changeMembership(actor, companyId, userId, 'removed');
export const changeMemberRole = (actor: Actor, companyId: string, userId: string, role: MemberRole) => changeMembership(actor, companyId, userId, role);
export const leaveCompany = (actor: Actor, companyId: string) => changeMembership(actor, companyId, actor.id, 'removed');
