import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import { db } from '@/lib/db';
import { withoutNul } from '@/lib/forms/clean';
import { SEARCH_TEXT_MAX } from '@/lib/forms/search-text';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './audit-format';
import { isAdmin, type AdminActor } from './audit.server';

// The audit log's reads: the page, its filters and the CSV export. Every function checks the actor
// itself and gives a non-admin nothing. Titles of the objects are resolved in one query per type.

export const AUDIT_PAGE_SIZE = 50;
/** The export's ceiling: the newest rows of the filtered log (the page says so when it bites). */
export const AUDIT_EXPORT_LIMIT = 10_000;
// A title search matching more objects than this is narrowed to the newest of them.
const MATCH_LIMIT = 500;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const param = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blank(first(v)), schema.optional());
// A real calendar day: "2026-02-30" parses in JavaScript (as 2 March), so the round trip must match.
// Years 2000–2099 only: "0000-01-01" is a real day to JavaScript but not a date the log can hold.
const isoDay = z.string().regex(/^20\d{2}-\d{2}-\d{2}$/).refine((d) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
});
const uuid = z.uuid();

const AUDIT_FIELDS = {
  // An exact code ("vacancy.approve") or a group ending in a dot ("vacancy.").
  action: param(z.string().trim().regex(/^[a-zA-Z]{1,30}\.([a-zA-Z]{1,40})?$/)),
  // An admin, or "system" for entries without an actor.
  actor: param(z.union([z.uuid(), z.literal('system')])),
  targetType: param(z.enum(AUDIT_TARGET_TYPES)),
  targetId: param(uuid),
  // The object's title (vacancy), name (company, user) or e-mail; an id typed here filters by id.
  q: param(z.string().max(SEARCH_TEXT_MAX).transform((s) => withoutNul(s).trim()).pipe(z.string().min(2).regex(/^[^\p{Cc}]*$/u))),
  from: param(isoDay),
  to: param(isoDay),
  page: param(z.coerce.number().int().min(1).max(100_000)),
};
type AuditFieldName = keyof typeof AUDIT_FIELDS;
export type AuditFilters = { [K in AuditFieldName]?: z.infer<(typeof AUDIT_FIELDS)[K]> };

/** The page's URL state: each bad value is dropped (and named in `ignored`), never an error. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): { filters: AuditFilters; ignored: AuditFieldName[] } {
  const filters: Record<string, unknown> = {};
  const ignored: AuditFieldName[] = [];
  for (const [name, schema] of Object.entries(AUDIT_FIELDS) as [AuditFieldName, z.ZodType][]) {
    const parsed = schema.safeParse(params[name]);
    if (parsed.success) {
      if (parsed.data !== undefined) filters[name] = parsed.data;
    } else ignored.push(name);
  }
  const result = filters as AuditFilters;
  if (result.q && uuid.safeParse(result.q).success) {
    result.targetId ??= result.q.toLowerCase();
    delete result.q;
  }
  if (result.from && result.to && result.from > result.to) {
    delete result.to;
    ignored.push('to');
  }
  return { filters: result, ignored };
}

/** The filters as the URL keeps them (for pagination and the export link). */
export const auditQuery = (filters: AuditFilters): Record<string, string | number | undefined> => ({ ...filters });

export type AuditTarget = { title: string; company?: string; email?: string; kind?: string } | null;

export type AuditEntry = {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  data: Prisma.JsonValue | null;
  actor: { id: string; name: string; email: string } | null;
  /** The object as it is now; null when it no longer exists (or the id was never one). */
  target: AuditTarget;
};

// Days are calendar days in Moscow, the zone the interface shows times in (fixed UTC+3 since 2014).
const dayStart = (day: string) => new Date(`${day}T00:00:00+03:00`);

async function auditWhere(filters: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.action) where.action = filters.action.endsWith('.') ? { startsWith: filters.action } : filters.action;
  if (filters.actor) where.actorId = filters.actor === 'system' ? null : filters.actor;
  if (filters.targetType) where.targetType = filters.targetType;
  if (filters.targetId) where.targetId = filters.targetId;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: dayStart(filters.from) } : {}),
      ...(filters.to ? { lt: new Date(dayStart(filters.to).getTime() + 86_400_000) } : {}),
    };
  }
  if (filters.q) and.push(await matchingTargets(filters.q, filters.targetType));
  return and.length ? { ...where, AND: and } : where;
}

/** Entries whose object's title, name or e-mail contains `q`: one query per type of object. */
async function matchingTargets(q: string, type: string | undefined): Promise<Prisma.AuditLogWhereInput> {
  const contains = { contains: q, mode: 'insensitive' } as const;
  const want = (t: string) => !type || type === t;
  const none = Promise.resolve([] as { id: string }[]);
  const newest = { orderBy: { createdAt: 'desc' }, take: MATCH_LIMIT, select: { id: true } } as const;
  const [vacancies, companies, users, contacts] = await Promise.all([
    want('vacancy') ? db.vacancy.findMany({ where: { title: contains }, ...newest }) : none,
    want('company') ? db.company.findMany({ where: { OR: [{ name: contains }, { legalName: contains }] }, ...newest }) : none,
    want('user') ? db.user.findMany({ where: { OR: [{ name: contains }, { email: contains }] }, ...newest }) : none,
    want('contact') ? db.blockedContact.findMany({ where: { value: contains }, ...newest }) : none,
  ]);
  const ids = (rows: { id: string }[]) => ({ in: rows.map((r) => r.id) });
  return {
    OR: [
      { targetType: 'vacancy', targetId: ids(vacancies) },
      { targetType: 'company', targetId: ids(companies) },
      { targetType: 'user', targetId: ids(users) },
      { targetType: 'contact', targetId: ids(contacts) },
    ],
  };
}

const ENTRY_SELECT = {
  id: true, createdAt: true, action: true, targetType: true, targetId: true, reason: true, data: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/** The objects' current titles, one query per type present on the page (no query per row). */
async function withTargets(rows: Omit<AuditEntry, 'target'>[]): Promise<AuditEntry[]> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && uuid.safeParse(r.targetId).success).map((r) => r.targetId))];
  const [vacancies, companies, users, reports, contacts, contactBlocks] = await Promise.all([
    idsOf('vacancy').length ? db.vacancy.findMany({ where: { id: { in: idsOf('vacancy') } }, select: { id: true, title: true, company: { select: { name: true } } } }) : [],
    idsOf('company').length ? db.company.findMany({ where: { id: { in: idsOf('company') } }, select: { id: true, name: true } }) : [],
    idsOf('user').length ? db.user.findMany({ where: { id: { in: idsOf('user') } }, select: { id: true, name: true, email: true } }) : [],
    idsOf('report').length ? db.scamReport.findMany({ where: { id: { in: idsOf('report') } }, select: { id: true, vacancy: { select: { title: true } } } }) : [],
    idsOf('contact').length ? db.blockedContact.findMany({ where: { id: { in: idsOf('contact') } }, select: { id: true, kind: true, value: true } }) : [],
    // An unblocked contact's row is gone; the entry that blocked it still names it.
    idsOf('contact').length
      ? db.auditLog.findMany({ where: { action: 'contact.block', targetType: 'contact', targetId: { in: idsOf('contact') } }, select: { targetId: true, data: true } })
      : [],
  ]);
  const blockedAs = (data: Prisma.JsonValue | null) => {
    const d = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
    return typeof d.value === 'string' ? { title: d.value, ...(typeof d.kind === 'string' ? { kind: d.kind } : {}) } : null;
  };
  const found = new Map<string, NonNullable<AuditTarget>>([
    ...contactBlocks.flatMap((e) => {
      const target = blockedAs(e.data);
      return target ? [[`contact:${e.targetId}`, target] as const] : [];
    }),
    ...vacancies.map((v) => [`vacancy:${v.id}`, { title: v.title, company: v.company.name }] as const),
    ...companies.map((c) => [`company:${c.id}`, { title: c.name }] as const),
    ...users.map((u) => [`user:${u.id}`, { title: u.name || u.email, email: u.email }] as const),
    ...reports.map((r) => [`report:${r.id}`, { title: r.vacancy.title }] as const),
    ...contacts.map((c) => [`contact:${c.id}`, { title: c.value, kind: c.kind }] as const),
  ]);
  return rows.map((r) => ({ ...r, target: found.get(`${r.targetType}:${r.targetId}`) ?? null }));
}

export async function getAuditLog(
  actor: AdminActor | null,
  filters: AuditFilters,
): Promise<{ rows: AuditEntry[]; total: number; page: number; pages: number } | null> {
  if (!isAdmin(actor)) return null;
  const where = await auditWhere(filters);
  const total = await db.auditLog.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: ENTRY_SELECT,
  });
  return { rows: await withTargets(rows), total, page, pages };
}

/** Every entry the filters select (the page number aside), newest first, up to AUDIT_EXPORT_LIMIT. */
export async function getAuditExport(actor: AdminActor | null, filters: AuditFilters): Promise<AuditEntry[] | null> {
  if (!isAdmin(actor)) return null;
  const rows = await db.auditLog.findMany({
    where: await auditWhere(filters),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_EXPORT_LIMIT,
    select: ENTRY_SELECT,
  });
  return withTargets(rows);
}

/** The filter's choices: the admins (who act), and every action code known or present in the log. */
export async function getAuditFilterChoices(actor: AdminActor | null): Promise<{ admins: { id: string; name: string; email: string }[]; actions: string[] }> {
  if (!isAdmin(actor)) return { admins: [], actions: [] };
  const [admins, present] = await Promise.all([
    db.user.findMany({ where: { role: 'admin' }, orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } }),
    db.auditLog.groupBy({ by: ['action'] }),
  ]);
  const known = new Set<string>(AUDIT_ACTIONS);
  return { admins, actions: [...AUDIT_ACTIONS, ...present.map((p) => p.action).filter((a) => !known.has(a)).sort()] };
}
