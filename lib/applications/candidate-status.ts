import type { ApplicationStatus } from '@/lib/vocabularies';

// What a candidate sees of the pipeline: whether anyone looked, and the outcome. "Shortlisted" and
// "hired" are the employer's working notes; telling a candidate "shortlisted" promises too much.

export const CANDIDATE_STATUSES = ['sent', 'viewed', 'invited', 'notSelected', 'withdrawn'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

const SHOWN: Record<ApplicationStatus, CandidateStatus> = {
  new: 'sent',
  viewed: 'viewed',
  shortlisted: 'viewed',
  invited: 'invited',
  hired: 'invited',
  rejected: 'notSelected',
  withdrawn: 'withdrawn',
};

export function candidateStatus(status: ApplicationStatus): CandidateStatus {
  return SHOWN[status];
}

export type HistoryEvent = { toStatus: ApplicationStatus; createdAt: Date };
export type CandidateStep = { status: CandidateStatus; at: Date };

/**
 * The history as the candidate sees it: oldest first, each shown status once, at the moment it was first
 * reached (viewed → shortlisted is one "viewed"); a later step back (invited → viewed) shows as it happened.
 */
export function candidateTimeline(events: readonly HistoryEvent[]): CandidateStep[] {
  const steps: CandidateStep[] = [];
  for (const event of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const status = candidateStatus(event.toStatus);
    if (steps.at(-1)?.status !== status) steps.push({ status, at: event.createdAt });
  }
  return steps;
}
