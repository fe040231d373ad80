import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { hashToken } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { cachedCatalogueRead } from '@/lib/vacancies/catalogue-cache';
import { getVacancyCards, openVacancyWhere } from '@/lib/vacancies/queries';
import { PAGE_SIZE } from '@/lib/vacancies/search-params';
import type { VacancyCardData } from '@/lib/vacancies/types';
import type { Actor } from '@/lib/vacancies/lifecycle.server';
import type { Industry, MemberRole } from '@/lib/vocabularies';
import type { CompanyBenefit, CompanySize } from './vocabulary';

export type CompanyProfile = {
  slug: string;
  name: string;
  verified: boolean;
  industry: Industry;
  /** ISO 3166-1 alpha-2, or null when the company did not say. */
  country: string | null;
  website: string | null;
  telegramUrl: string | null;
  vkUrl: string | null;
  /** Content hash of the uploaded logo (lib/companies/logo-url.ts builds its addresses); null without one. */
  logoHash: string | null;
  size: CompanySize | null;
  benefits: CompanyBenefit[];
  /** Benefits in the company's own words (plain text). */
  customBenefits: string[];
  /** Markdown written by the company. */
  description: string;
};

/** One page of the company's open vacancies (PAGE_SIZE, like the catalogue), and how many there are. */
export type CompanyPage = { company: CompanyProfile; vacancies: VacancyCardData[]; total: number; page: number; pageCount: number };

const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/);

/**
 * A public company profile with one page of its open vacancies, newest first (a page past the end shows
 * the last); null for unknown or blocked companies.
 */
export async function getCompanyPage(slug: string, page = 1): Promise<CompanyPage | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  // The catalogue cache (decision 023): any company row's change and any published vacancy's change move the
  // epoch. "No such company" is not kept: creating a company does not move it.
  const now = new Date();
  return cachedCatalogueRead('company', [parsed.data, page], now, () => readCompanyPage(parsed.data, page), (found) => found !== null);
}

async function readCompanyPage(slug: string, page: number): Promise<CompanyPage | null> {
  const row = await db.company.findFirst({
    where: { slug, blockedAt: null },
    select: {
      id: true, slug: true, name: true, verifiedAt: true, industry: true, country: true, website: true, description: true,
      telegramUrl: true, vkUrl: true, logoHash: true, size: true, benefits: true, customBenefits: true,
    },
  });
  if (!row) return null;

  const where = { ...openVacancyWhere(), companyId: row.id };
  const total = await db.vacancy.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const open = await db.vacancy.findMany({
    where,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    skip: (shown - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true },
  });

  return {
    company: {
      slug: row.slug,
      name: row.name,
      verified: row.verifiedAt !== null,
      industry: row.industry,
      country: row.country?.trim() || null,
      website: safeLink(row.website),
      telegramUrl: safeLink(row.telegramUrl),
      vkUrl: safeLink(row.vkUrl),
      logoHash: row.logoHash,
      size: row.size,
      benefits: row.benefits,
      customBenefits: row.customBenefits,
      description: row.description,
    },
    vacancies: await getVacancyCards(open.map((v) => v.id)),
    total,
    page: shown,
    pageCount,
  };
}

/** Only http(s) links reach the page: the fields are typed by employers (older rows may hold http). */
function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

// ───────────── the employer's own company pages (each query takes the signed-in actor) ─────────────

export type CompanyMember = { userId: string; name: string; email: string; role: MemberRole; joinedAt: Date };
export type PendingInvitation = { email: string; role: MemberRole; expiresAt: Date };

export type CompanyForEdit = {
  id: string;
  /** The actor's own role in this company. */
  role: MemberRole;
  verified: boolean;
  /** The uploaded logo's content hash, or null. */
  logoHash: string | null;
  profile: {
    name: string; slug: string; website: string; telegramUrl: string; vkUrl: string; contactEmail: string; description: string; industry: Industry;
    size: CompanySize | ''; benefits: CompanyBenefit[]; customBenefits: string; legalName: string; taxId: string; country: string;
  };
  members: CompanyMember[];
  invitations: PendingInvitation[];
};

const companyIdSchema = z.uuid();

/** One of the actor's companies with its team and pending invitations; null when not theirs or malformed. */
export async function getCompanyForEdit(actor: Actor, companyId: string): Promise<CompanyForEdit | null> {
  if (!companyIdSchema.safeParse(companyId).success) return null;
  const row = await db.company.findFirst({
    where: { id: companyId, members: { some: { userId: actor.id } } },
    select: {
      id: true, name: true, slug: true, website: true, telegramUrl: true, vkUrl: true, contactEmail: true, logoHash: true, description: true,
      industry: true, size: true, benefits: true, customBenefits: true, legalName: true, taxId: true, country: true, verifiedAt: true,
      members: {
        // Owners first (enum order), then by joining date.
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }, { userId: 'asc' }],
        select: { userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
      },
      invitations: {
        where: { acceptedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
        select: { email: true, role: true, expiresAt: true },
      },
    },
  });
  const own = row?.members.find((m) => m.userId === actor.id);
  if (!row || !own) return null;
  return {
    id: row.id,
    role: own.role,
    verified: row.verifiedAt !== null,
    logoHash: row.logoHash,
    profile: {
      name: row.name, slug: row.slug, website: row.website ?? '', telegramUrl: row.telegramUrl ?? '', vkUrl: row.vkUrl ?? '',
      contactEmail: row.contactEmail ?? '', description: row.description, industry: row.industry, size: row.size ?? '', benefits: row.benefits,
      customBenefits: row.customBenefits.join('\n'), legalName: row.legalName ?? '', taxId: row.taxId ?? '', country: row.country?.trim() ?? '',
    },
    members: row.members.map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt })),
    invitations: row.invitations,
  };
}

export type InvitationForUser = { companyName: string; role: MemberRole; expiresAt: Date };

/** An open invitation addressed to the signed-in user's email; null otherwise (the page then says it is invalid). */
export async function getInvitationForUser(actor: Actor & { email: string }, token: string): Promise<InvitationForUser | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return null;
  const row = await db.companyInvitation.findFirst({
    where: { tokenHash: hashToken(token), email: actor.email, acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { role: true, expiresAt: true, company: { select: { name: true } } },
  });
  return row ? { companyName: row.company.name, role: row.role, expiresAt: row.expiresAt } : null;
}

export type InvitationPreview = { email: string; companyName: string };

/**
 * For the sign-up page opened from an invitation mail: the address it was sent to and the company. The
 * token came to that mailbox, so its holder may see both; anything invalid or used is simply null.
 */
export async function getInvitationPreview(token: string): Promise<InvitationPreview | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return null;
  const row = await db.companyInvitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, company: { select: { name: true } } },
  });
  return row ? { email: row.email, companyName: row.company.name } : null;
}
