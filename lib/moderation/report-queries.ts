import 'server-only';
import { db } from '@/lib/db';
import type { CurrentUser } from '@/lib/accounts/queries';
import type { ReportCategory, VacancyStatus } from '@/lib/vocabularies';
import { isAdmin } from './audit.server';
import { decodeResolution, REPORT_STATUSES, type ReportStatus, type Resolution } from './report-schemas';

export const REPORT_QUEUE_PAGE_SIZE = 20;
/** Enough to judge a vacancy; a flood of hundreds shows its count and categories, not every text. */
const REPORTS_SHOWN = 20;

export type QueueReport = {
  id: string;
  category: ReportCategory;
  message: string;
  reporterEmail: string | null;
  createdAt: Date;
  resolution: Resolution;
  resolvedAt: Date | null;
  resolvedBy: string | null;
};

export type QueueItem = {
  vacancy: {
    id: string;
    slug: string;
    title: string;
    status: VacancyStatus;
    company: { id: string; name: string; slug: string; blocked: boolean; blockedReason: string | null; warnedAt: Date | null };
  };
  count: number;
  /** Distinct reporter addresses (hashed): many reports from one address look like a flood, not a consensus. */
  reporters: number;
  categories: { category: ReportCategory; count: number }[];
  latestAt: Date;
  reports: QueueReport[];
};

export type ReportQueue = {
  status: ReportStatus;
  items: QueueItem[];
  page: number;
  pageCount: number;
  /** Reports (not vacancies) in each status, for the filter tabs. */
  totals: Record<ReportStatus, number>;
};

/**
 * The admin's reports queue, grouped by vacancy. Open reports: vacancies with the most reports first,
 * then the most recent; closed ones: most recent first. Null for anyone but an admin.
 */
export async function getReportQueue(
  actor: Pick<CurrentUser, 'role'> | null,
  params: { status: ReportStatus; page: number },
): Promise<ReportQueue | null> {
  if (!isAdmin(actor)) return null;
  const { status } = params;
  const [byStatus, [distinct]] = await Promise.all([
    db.scamReport.groupBy({ by: ['status'], _count: { _all: true } }),
    db.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT "vacancyId")::int AS n FROM "scam_reports" WHERE "status" = ${status}::"ReportStatus"`,
  ]);
  const totals = Object.fromEntries(REPORT_STATUSES.map((s) => [s, byStatus.find((r) => r.status === s)?._count._all ?? 0])) as Record<ReportStatus, number>;
  const pageCount = Math.max(1, Math.ceil((distinct?.n ?? 0) / REPORT_QUEUE_PAGE_SIZE));
  const page = Math.min(params.page, pageCount);

  const groups = await db.scamReport.groupBy({
    by: ['vacancyId'],
    where: { status },
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy:
      status === 'open'
        ? [{ _count: { vacancyId: 'desc' } }, { _max: { createdAt: 'desc' } }, { vacancyId: 'asc' }]
        : [{ _max: { createdAt: 'desc' } }, { vacancyId: 'asc' }],
    skip: (page - 1) * REPORT_QUEUE_PAGE_SIZE,
    take: REPORT_QUEUE_PAGE_SIZE,
  });
  const ids = groups.map((g) => g.vacancyId);
  if (!ids.length) return { status, items: [], page, pageCount, totals };

  const [vacancies, categories, reporters] = await Promise.all([
    db.vacancy.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, slug: true, title: true, status: true,
        company: { select: { id: true, name: true, slug: true, blockedAt: true, blockedReason: true, warnedAt: true } },
        reports: {
          where: { status },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          take: REPORTS_SHOWN,
          select: {
            id: true, category: true, message: true, reporterEmail: true, createdAt: true,
            resolution: true, resolvedAt: true, resolvedBy: { select: { name: true } },
          },
        },
      },
    }),
    db.scamReport.groupBy({ by: ['vacancyId', 'category'], where: { status, vacancyId: { in: ids } }, _count: { _all: true } }),
    db.scamReport.groupBy({ by: ['vacancyId', 'reporterHash'], where: { status, vacancyId: { in: ids } } }),
  ]);

  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const items = groups.flatMap((g): QueueItem[] => {
    const v = byId.get(g.vacancyId);
    if (!v) return [];
    return [{
      vacancy: {
        id: v.id, slug: v.slug, title: v.title, status: v.status,
        company: { id: v.company.id, name: v.company.name, slug: v.company.slug, blocked: v.company.blockedAt !== null, blockedReason: v.company.blockedReason, warnedAt: v.company.warnedAt },
      },
      count: g._count._all,
      reporters: reporters.filter((r) => r.vacancyId === v.id).length,
      categories: categories
        .filter((c) => c.vacancyId === v.id)
        .map((c) => ({ category: c.category, count: c._count._all }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      latestAt: g._max.createdAt ?? new Date(0),
      reports: v.reports.map((r) => ({
        id: r.id, category: r.category, message: r.message, reporterEmail: r.reporterEmail, createdAt: r.createdAt,
        resolution: decodeResolution(r.resolution), resolvedAt: r.resolvedAt, resolvedBy: r.resolvedBy?.name ?? null,
      })),
    }];
  });
  return { status, items, page, pageCount, totals };
}

export type BlockedCompany = { id: string; name: string; blockedAt: Date; reason: string | null };

/** The actor's own companies that an admin has blocked, for the dashboard banner. */
export async function getBlockedCompaniesOf(actor: Pick<CurrentUser, 'companies'>): Promise<BlockedCompany[]> {
  const ids = actor.companies.map((c) => c.id);
  if (!ids.length) return [];
  const rows = await db.company.findMany({
    where: { id: { in: ids }, blockedAt: { not: null } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, blockedAt: true, blockedReason: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, blockedAt: r.blockedAt!, reason: r.blockedReason }));
}
