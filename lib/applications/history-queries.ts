import 'server-only';
import { db } from '@/lib/db';
import type { ApplicationStatus } from '@/lib/vocabularies';
import { candidateStatus, candidateTimeline, type CandidateStatus, type CandidateStep } from './candidate-status';
import type { PipelineActor } from './queries';

// The status history: who moved an application where and when (application_status_events), for the
// employer's timeline, and the same history as the candidate sees it on "my applications".

export type HistoryEntry = {
  id: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  /** The member who moved it; null when the candidate did (sent, withdrew). */
  actorName: string | null;
  at: Date;
};

/** The timeline of one of the actor's company's applications; null for anything else. */
export async function getApplicationHistory(actor: PipelineActor, applicationId: string): Promise<HistoryEntry[] | null> {
  const companyIds = actor.companies.map((c) => c.id);
  if (!companyIds.length || !/^[0-9a-f-]{36}$/i.test(applicationId)) return null;
  const application = await db.application.findFirst({
    where: { id: applicationId, vacancy: { companyId: { in: companyIds } } },
    select: {
      history: {
        select: { id: true, fromStatus: true, toStatus: true, createdAt: true, actor: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
    },
  });
  if (!application) return null;
  return application.history.map((e) => ({ id: e.id, fromStatus: e.fromStatus, toStatus: e.toStatus, actorName: e.actor?.name ?? null, at: e.createdAt }));
}

export type MyApplication = {
  id: string;
  title: string;
  slug: string;
  companyName: string;
  /** The vacancy still takes applications (published, not expired, company not blocked). */
  vacancyOpen: boolean;
  status: CandidateStatus;
  steps: CandidateStep[];
  sentAt: Date;
};

/**
 * Every application made with this address (proved by a signed link), newest first, as the candidate sees
 * it: statuses mapped (candidate-status.ts), notes and the employer-only steps never included.
 */
export async function getApplicationsOf(email: string, now = new Date()): Promise<MyApplication[]> {
  const rows = await db.application.findMany({
    where: { email: email.toLowerCase(), erasedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      id: true, status: true, createdAt: true,
      history: { select: { toStatus: true, createdAt: true } },
      vacancy: {
        select: {
          title: true, slug: true, status: true, expiresAt: true,
          company: { select: { name: true, blockedAt: true } },
        },
      },
    },
  });
  return rows.map((a) => {
    const steps = candidateTimeline(a.history.length ? a.history : [{ toStatus: 'new', createdAt: a.createdAt }]);
    return {
      id: a.id,
      title: a.vacancy.title,
      slug: a.vacancy.slug,
      companyName: a.vacancy.company.name,
      vacancyOpen: a.vacancy.status === 'published' && !!a.vacancy.expiresAt && a.vacancy.expiresAt > now && !a.vacancy.company.blockedAt,
      status: candidateStatus(a.status),
      steps,
      sentAt: a.createdAt,
    };
  });
}

/** Whether any application was made with this address (to decide if a link is worth mailing). */
export async function hasApplications(email: string): Promise<boolean> {
  return (await db.application.count({ where: { email: email.toLowerCase(), erasedAt: null }, take: 1 })) > 0;
}
