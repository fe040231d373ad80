import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { USER_ROLES, type MemberRole, type UserRole } from '@/lib/vocabularies';
import { displayStatus, displayStatusCounts, type DisplayStatus } from './display-status';
import { isAdmin, type AdminActor } from './audit.server';
import { LenientSearchTextSchema } from '@/lib/forms/search-text';

// Companies and accounts as the admin sees them (verification, sanctions, blocking). Every function
// checks the actor itself; a non-admin gets nothing.

export const DIRECTORY_PAGE_SIZE = 30;
export const COMPANY_FILTERS = ['unverified', 'verified', 'warned', 'blocked'] as const;
export type CompanyFilter = (typeof COMPANY_FILTERS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const param = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blank(first(v)), schema.optional().catch(undefined));
const q = LenientSearchTextSchema;
const page = param(z.coerce.number().int().min(1).max(100_000));

/** `/admin/companies` URL state; bad values fall back to "no filter". */
export const CompanyFiltersSchema = z.object({ q, status: param(z.enum(COMPANY_FILTERS)), page });
export type CompanyFilters = z.infer<typeof CompanyFiltersSchema>;

/** `/admin/users` URL state. */
export const UserFiltersSchema = z.object({ q, role: param(z.enum(USER_ROLES)), blocked: param(z.enum(['yes', 'no'])), page });
export type UserFilters = z.infer<typeof UserFiltersSchema>;

type Paged<T> = { rows: T[]; total: number; page: number; pages: number };

async function paged<T>(count: Promise<number>, requested: number | undefined, load: (skip: number) => Promise<T[]>): Promise<Paged<T>> {
  const total = await count;
  const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const current = Math.min(requested ?? 1, pages);
  return { rows: await load((current - 1) * DIRECTORY_PAGE_SIZE), total, page: current, pages };
}

export type CompanyListRow = {
  id: string;
  name: string;
  slug: string;
  legalName: string | null;
  taxId: string | null;
  verifiedAt: Date | null;
  warnedAt: Date | null;
  blockedAt: Date | null;
  createdAt: Date;
  members: number;
  vacancies: number;
  /** A blocked company's published vacancies, which the block keeps off the site. */
  hiddenByBlock: number;
};

const hasLegalDetails: Prisma.CompanyWhereInput = { legalName: { not: null }, taxId: { not: null }, NOT: [{ legalName: '' }, { taxId: '' }] };

const COMPANY_WHERE: Record<CompanyFilter, Prisma.CompanyWhereInput> = {
  // The verification queue: companies that gave legal details and wait for a check.
  unverified: { verifiedAt: null, ...hasLegalDetails },
  verified: { verifiedAt: { not: null } },
  warned: { warnedAt: { not: null } },
  blocked: { blockedAt: { not: null } },
};

export async function getAdminCompanies(actor: AdminActor | null, filters: CompanyFilters): Promise<Paged<CompanyListRow> | null> {
  if (!isAdmin(actor)) return null;
  const where: Prisma.CompanyWhereInput = { ...(filters.status ? COMPANY_WHERE[filters.status] : {}) };
  if (filters.q) {
    where.OR = [
      { name: { contains: filters.q, mode: 'insensitive' } },
      { legalName: { contains: filters.q, mode: 'insensitive' } },
      { taxId: { startsWith: filters.q } },
    ];
  }
  // The verification queue is worked oldest first; every other view shows the newest first.
  const orderBy: Prisma.CompanyOrderByWithRelationInput[] = [{ createdAt: filters.status === 'unverified' ? 'asc' : 'desc' }, { id: 'asc' }];
  return paged(db.company.count({ where }), filters.page, async (skip) => {
    const rows = await db.company.findMany({
      where, orderBy, skip, take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true, name: true, slug: true, legalName: true, taxId: true, verifiedAt: true, warnedAt: true, blockedAt: true, createdAt: true,
        _count: { select: { members: true, vacancies: true } },
      },
    });
    const blocked = rows.filter((c) => c.blockedAt).map((c) => c.id);
    const hidden = blocked.length
      ? await db.vacancy.groupBy({ by: ['companyId'], where: { companyId: { in: blocked }, status: 'published' }, _count: { _all: true } })
      : [];
    const hiddenOf = new Map(hidden.map((h) => [h.companyId, h._count._all]));
    return rows.map(({ _count, ...c }) => ({ ...c, members: _count.members, vacancies: _count.vacancies, hiddenByBlock: hiddenOf.get(c.id) ?? 0 }));
  });
}

export type AdminCompany = {
  id: string;
  name: string;
  slug: string;
  website: string | null;
  legalName: string | null;
  taxId: string | null;
  country: string | null;
  createdAt: Date;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  warnedAt: Date | null;
  blockedAt: Date | null;
  blockedReason: string | null;
  members: { id: string; name: string; email: string; role: MemberRole; blocked: boolean }[];
  /** By status as the admin reads it: a blocked company's published vacancies are `hiddenByBlock`. */
  statusCounts: Partial<Record<DisplayStatus, number>>;
  recentVacancies: { id: string; title: string; status: DisplayStatus; createdAt: Date }[];
  openReports: number;
};

const Id = z.uuid();

export async function getAdminCompany(actor: AdminActor | null, companyId: string): Promise<AdminCompany | null> {
  if (!isAdmin(actor) || !Id.safeParse(companyId).success) return null;
  const c = await db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true, name: true, slug: true, website: true, legalName: true, taxId: true, country: true, createdAt: true,
      verifiedAt: true, warnedAt: true, blockedAt: true, blockedReason: true, verifiedBy: { select: { name: true } },
      members: { orderBy: { createdAt: 'asc' }, select: { role: true, user: { select: { id: true, name: true, email: true, blockedAt: true } } } },
      vacancies: { orderBy: { createdAt: 'desc' }, take: 20, select: { id: true, title: true, status: true, createdAt: true } },
    },
  });
  if (!c) return null;
  const [counts, openReports] = await Promise.all([
    db.vacancy.groupBy({ by: ['status'], where: { companyId }, _count: { _all: true } }),
    db.scamReport.count({ where: { status: 'open', vacancy: { companyId } } }),
  ]);
  const { verifiedBy, members, vacancies, ...rest } = c;
  return {
    ...rest,
    verifiedBy: verifiedBy?.name ?? null,
    members: members.map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role, blocked: m.user.blockedAt !== null })),
    statusCounts: displayStatusCounts(Object.fromEntries(counts.map((r) => [r.status, r._count._all])), c.blockedAt !== null),
    recentVacancies: vacancies.map((v) => ({ ...v, status: displayStatus(v.status, c.blockedAt !== null) })),
    openReports,
  };
}

export type UserListRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  emailVerified: boolean;
  blockedAt: Date | null;
  blockedReason: string | null;
  createdAt: Date;
  companies: { id: string; name: string }[];
};

export async function getAdminUsers(actor: AdminActor | null, filters: UserFilters): Promise<Paged<UserListRow> | null> {
  if (!isAdmin(actor)) return null;
  const where: Prisma.UserWhereInput = {};
  if (filters.role) where.role = filters.role;
  if (filters.blocked) where.blockedAt = filters.blocked === 'yes' ? { not: null } : null;
  if (filters.q) {
    where.OR = [{ email: { contains: filters.q.toLowerCase() } }, { name: { contains: filters.q, mode: 'insensitive' } }];
  }
  return paged(db.user.count({ where }), filters.page, async (skip) => {
    const rows = await db.user.findMany({
      where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip, take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true, name: true, email: true, role: true, emailVerified: true, blockedAt: true, blockedReason: true, createdAt: true,
        memberships: { select: { company: { select: { id: true, name: true } } } },
      },
    });
    return rows.map(({ memberships, emailVerified, ...u }) => ({
      ...u,
      emailVerified: emailVerified !== null,
      companies: memberships.map((m) => m.company),
    }));
  });
}
