import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import { isAdmin, recordAudit, type AdminActor } from './audit.server';

// Verification vouches that an admin checked the company's legal details; the public mark comes
// from companies.verifiedAt. Editing those details clears it (lib/companies/member.server.ts).

export type VerificationOutcome =
  | { ok: true; value: null }
  | { ok: false; error: 'notFound' | 'alreadyVerified' | 'notVerified' | 'missingLegalDetails' };

const NOT_FOUND = { ok: false, error: 'notFound' } as const;
const Id = z.uuid();

export async function verifyCompany(actor: AdminActor | null, companyId: string, now = new Date()): Promise<VerificationOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const [company] = await tx.$queryRaw<{ verifiedAt: Date | null; legalName: string | null; taxId: string | null }[]>`
      SELECT "verifiedAt", "legalName", "taxId" FROM companies WHERE id = ${companyId}::uuid FOR UPDATE`;
    if (!company) return NOT_FOUND;
    if (company.verifiedAt) return { ok: false, error: 'alreadyVerified' } as const;
    if (!company.legalName?.trim() || !company.taxId?.trim()) return { ok: false, error: 'missingLegalDetails' } as const;
    await tx.company.update({ where: { id: companyId }, data: { verifiedAt: now, verifiedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id, action: 'company.verify', targetType: 'company', targetId: companyId,
      data: { legalName: company.legalName, taxId: company.taxId },
    });
    return { ok: true, value: null } as const;
  });
}

export async function unverifyCompany(actor: AdminActor | null, companyId: string): Promise<VerificationOutcome> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const [company] = await tx.$queryRaw<{ verifiedAt: Date | null }[]>`
      SELECT "verifiedAt" FROM companies WHERE id = ${companyId}::uuid FOR UPDATE`;
    if (!company) return NOT_FOUND;
    if (!company.verifiedAt) return { ok: false, error: 'notVerified' } as const;
    await tx.company.update({ where: { id: companyId }, data: { verifiedAt: null, verifiedById: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: 'company.unverify', targetType: 'company', targetId: companyId,
      data: { verifiedAt: company.verifiedAt.toISOString() },
    });
    return { ok: true, value: null } as const;
  });
}
