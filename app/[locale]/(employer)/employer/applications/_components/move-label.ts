import { isStepBack, type EmployerStatus } from '@/lib/applications/pipeline';
import type { ApplicationStatus } from '@/lib/vocabularies';

/** The message key (in `applications.pipeline`) of a move's button: a step back reads «return to…». */
export function moveLabelKey(from: ApplicationStatus, to: EmployerStatus): `move.${EmployerStatus}` | 'back.viewed' | 'back.shortlisted' | 'back.invited' {
  if (isStepBack(from, to) && (to === 'viewed' || to === 'shortlisted' || to === 'invited')) return `back.${to}`;
  return `move.${to}`;
}
