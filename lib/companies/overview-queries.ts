import 'server-only';
import '@/lib/zod-setup';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import type { ApplicationStatus, VacancyStatus } from '@/lib/vocabularies';

// The workspace overview (/employer) and the navigation's count: reads for one company at a time, each
// checking that the actor is a member of it (a foreign or malformed id reads as nothing).

export type OverviewActor = Pick<CurrentUser, 'id' | 'companies'>;

const DAY = 86_400_000;
/** A published vacancy ending within this many days is "expiring soon" (the reminder mail uses 3; a week gives room). */
export const EXPIRING_SOON_DAYS = 7;
const LIST_LIMIT = 5;
const Id = z.uuid();

function isMember(actor: OverviewActor, companyId: string): boolean {
  return Id.safeParse(companyId).success && actor.companies.some((c) => c.id === companyId);
}

const memberOf = (actor: OverviewActor, companyId: string) => ({ id: companyId, members: { some: { userId: actor.id } } });

/** The steps to the first published vacancy; the next one to take is the first not done. */
export type FirstRunStep =
  | { key: 'profile'; done: boolean }
  | { key: 'draft'; done: boolean; vacancyId: string | null }
  | { key: 'submit'; done: boolean; vacancyId: string | null }
  | { key: 'approval'; done: boolean; vacancyId: string | null; state: 'waiting' | 'inReview' | 'rejected'; reason: string | null };

export type AttentionVacancy = { id: string; title: string; status: VacancyStatus; reason: string | null; expiresAt: Date | null; updatedAt: Date };

export type RecentApplication = { id: string; name: string | null; vacancyTitle: string; status: ApplicationStatus; createdAt: Date };

export type WorkspaceOverview =
  | { kind: 'firstRun'; steps: FirstRunStep[] }
  | {
      kind: 'established';
      counts: Partial<Record<VacancyStatus, number>>;
      attention: { rejected: AttentionVacancy[]; expiring: AttentionVacancy[]; drafts: AttentionVacancy[] };
      attentionTotal: number;
      recentApplications: RecentApplication[];
      newApplications: number;
    };

const attentionSelect = { id: true, title: true, status: true, moderationReason: true, expiresAt: true, updatedAt: true } as const;
type AttentionRow = { id: string; title: string; status: VacancyStatus; moderationReason: string | null; expiresAt: Date | null; updatedAt: Date };
const toAttention = ({ moderationReason, ...r }: AttentionRow): AttentionVacancy => ({ ...r, reason: moderationReason });

/**
 * What the overview shows for one of the actor's companies: until a vacancy of it has ever been published, the
 * steps to the first one (each done or not from the data); after that what needs attention and the newest
 * applications. Null when the company is not the actor's.
 */
export async function getWorkspaceOverview(actor: OverviewActor, companyId: string, now = new Date()): Promise<WorkspaceOverview | null> {
  if (!isMember(actor, companyId)) return null;
  const company = await db.company.findFirst({ where: memberOf(actor, companyId), select: { description: true } });
  if (!company) return null;

  const everPublished = await db.vacancy.count({ where: { companyId, publishedAt: { not: null } }, take: 1 });
  if (!everPublished) return { kind: 'firstRun', steps: await firstRunSteps(companyId, company.description) };

  const soon = new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY);
  const [groups, rejected, expiring, drafts, recentApplications, newApplications] = await Promise.all([
    db.vacancy.groupBy({ by: ['status'], where: { companyId }, _count: { _all: true } }),
    db.vacancy.findMany({ where: { companyId, status: 'rejected' }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: LIST_LIMIT, select: attentionSelect }),
    db.vacancy.findMany({
      where: { companyId, status: 'published', expiresAt: { gt: now, lte: soon } },
      orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
      take: LIST_LIMIT,
      select: attentionSelect,
    }),
    db.vacancy.findMany({ where: { companyId, status: 'draft' }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: LIST_LIMIT, select: attentionSelect }),
    recentApplicationsOf(companyId),
    countNew(companyId),
  ]);
  const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<VacancyStatus, number>>;
  const expiringTotal = expiring.length < LIST_LIMIT ? expiring.length : await db.vacancy.count({ where: { companyId, status: 'published', expiresAt: { gt: now, lte: soon } } });
  return {
    kind: 'established',
    counts,
    attention: { rejected: rejected.map(toAttention), expiring: expiring.map(toAttention), drafts: drafts.map(toAttention) },
    attentionTotal: (counts.rejected ?? 0) + (counts.draft ?? 0) + expiringTotal,
    recentApplications,
    newApplications,
  };
}

async function firstRunSteps(companyId: string, description: string): Promise<FirstRunStep[]> {
  // The vacancy furthest along leads: one in review or rejected beats a draft; the newest among equals.
  const [inReview, rejected, draft, submittedEver] = await Promise.all([
    db.vacancy.findFirst({ where: { companyId, status: 'pending' }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], select: { id: true } }),
    db.vacancy.findFirst({ where: { companyId, status: 'rejected' }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], select: { id: true, moderationReason: true } }),
    db.vacancy.findFirst({ where: { companyId, status: 'draft' }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], select: { id: true } }),
    db.moderationEvent.count({ where: { action: 'submitted', vacancy: { companyId } }, take: 1 }),
  ]);
  const anyVacancy = inReview ?? rejected ?? draft ?? (await db.vacancy.findFirst({ where: { companyId }, select: { id: true } }));
  const submitted = Boolean(inReview || rejected || submittedEver);
  return [
    { key: 'profile', done: description.trim().length > 0 },
    { key: 'draft', done: Boolean(anyVacancy), vacancyId: draft?.id ?? anyVacancy?.id ?? null },
    { key: 'submit', done: submitted, vacancyId: inReview?.id ?? rejected?.id ?? draft?.id ?? null },
    {
      key: 'approval',
      done: false,
      vacancyId: inReview?.id ?? rejected?.id ?? null,
      state: inReview ? 'inReview' : rejected ? 'rejected' : 'waiting',
      reason: !inReview && rejected ? rejected.moderationReason : null,
    },
  ];
}

async function recentApplicationsOf(companyId: string): Promise<RecentApplication[]> {
  const rows = await db.application.findMany({
    where: { vacancy: { companyId } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: LIST_LIMIT,
    select: { id: true, name: true, status: true, createdAt: true, erasedAt: true, vacancy: { select: { title: true } } },
  });
  // Erased by the retention job: the row stays for the counts, the person's name does not.
  return rows.map((r) => ({ id: r.id, name: r.erasedAt ? null : r.name, vacancyTitle: r.vacancy.title, status: r.status, createdAt: r.createdAt }));
}

const countNew = (companyId: string) => db.application.count({ where: { status: 'new', vacancy: { companyId } } });

/** New (not yet opened) applications to the company's vacancies, for the navigation's badge; 0 when not the actor's. */
export async function countNewApplications(actor: OverviewActor, companyId: string): Promise<number> {
  if (!isMember(actor, companyId)) return 0;
  return db.application.count({ where: { status: 'new', vacancy: { companyId, company: { members: { some: { userId: actor.id } } } } } });
}
