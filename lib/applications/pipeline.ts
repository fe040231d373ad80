// The employer's side of an application's life as data: which status may follow which.
// Pure, so the rules are tested exhaustively (pipeline.test.ts); pipeline.server.ts applies them.
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/vocabularies';

/** Statuses an employer can set: `new` is where every application starts, `withdrawn` is the candidate's. */
export const EMPLOYER_STATUSES = ['viewed', 'shortlisted', 'invited', 'hired', 'rejected'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

/** Statuses the optional mail to the candidate goes with. */
export const MAIL_STATUSES = ['invited', 'rejected'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** The stages in order; a move to an earlier one is a step back. */
const ORDER: readonly ApplicationStatus[] = ['new', 'viewed', 'shortlisted', 'invited', 'hired'];

// Forward moves may skip stages, one step back undoes a mis-click, hired/rejected can be reopened, withdrawn is final.
export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly EmployerStatus[]>> = {
  new: ['viewed', 'shortlisted', 'invited', 'rejected'],
  viewed: ['shortlisted', 'invited', 'rejected'],
  shortlisted: ['invited', 'rejected', 'viewed'],
  invited: ['hired', 'rejected', 'shortlisted'],
  hired: ['invited'],
  rejected: ['viewed'],
  withdrawn: [],
};

export type TransitionRefusal = 'withdrawn' | 'notAllowed';

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function allowedTransitions(from: ApplicationStatus): readonly EmployerStatus[] {
  return TRANSITIONS[from];
}

/** null when the employer may move the application from `from` to `to`, otherwise why not. */
export function transitionRefusal(from: ApplicationStatus, to: ApplicationStatus): TransitionRefusal | null {
  if (from === 'withdrawn') return 'withdrawn';
  return (TRANSITIONS[from] as readonly ApplicationStatus[]).includes(to) ? null : 'notAllowed';
}

/** A move to an earlier stage (or reopening a rejection): the UI words it as «return to…». */
export function isStepBack(from: ApplicationStatus, to: ApplicationStatus): boolean {
  if (from === 'rejected') return true;
  const a = ORDER.indexOf(from);
  const b = ORDER.indexOf(to);
  return a >= 0 && b >= 0 && b < a;
}

export function canMailOn(status: ApplicationStatus): status is MailStatus {
  return (MAIL_STATUSES as readonly string[]).includes(status);
}
