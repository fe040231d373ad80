import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/vocabularies';
import {
  allowedTransitions,
  canMailOn,
  EMPLOYER_STATUSES,
  isApplicationStatus,
  isStepBack,
  transitionRefusal,
} from './pipeline';

// The whole matrix written out by hand, independently of TRANSITIONS: 1 = allowed.
// Columns: new viewed shortlisted invited hired rejected withdrawn.
const EXPECTED: Record<ApplicationStatus, string> = {
  new:         '0 1 1 1 0 1 0',
  viewed:      '0 0 1 1 0 1 0',
  shortlisted: '0 1 0 1 0 1 0',
  invited:     '0 0 1 0 1 1 0',
  hired:       '0 0 0 1 0 0 0',
  rejected:    '0 1 0 0 0 0 0',
  withdrawn:   '0 0 0 0 0 0 0',
};

const pairs = APPLICATION_STATUSES.flatMap((from) =>
  APPLICATION_STATUSES.map((to, i) => [from, to, EXPECTED[from].split(' ')[i] === '1'] as const),
);

describe('application pipeline', () => {
  it('covers every status pair', () => expect(pairs).toHaveLength(49));

  it.each(pairs)('%s → %s allowed: %s', (from, to, allowed) => {
    const refusal = transitionRefusal(from, to);
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toBe(from === 'withdrawn' ? 'withdrawn' : 'notAllowed');
    expect(allowedTransitions(from).includes(to as never)).toBe(allowed);
  });

  it('never lets the employer set new or withdrawn', () => {
    for (const from of APPLICATION_STATUSES) {
      expect(transitionRefusal(from, 'new')).not.toBeNull();
      expect(transitionRefusal(from, 'withdrawn')).not.toBeNull();
    }
    expect(EMPLOYER_STATUSES).not.toContain('new');
    expect(EMPLOYER_STATUSES).not.toContain('withdrawn');
  });

  it('reaches rejected from every open stage', () => {
    for (const from of ['new', 'viewed', 'shortlisted', 'invited'] as const) expect(transitionRefusal(from, 'rejected')).toBeNull();
  });

  it('does not move to the same status', () => {
    for (const s of APPLICATION_STATUSES) expect(transitionRefusal(s, s)).not.toBeNull();
  });

  it('tells step-backs from forward moves', () => {
    expect(isStepBack('shortlisted', 'viewed')).toBe(true);
    expect(isStepBack('invited', 'shortlisted')).toBe(true);
    expect(isStepBack('hired', 'invited')).toBe(true);
    expect(isStepBack('rejected', 'viewed')).toBe(true);
    expect(isStepBack('viewed', 'shortlisted')).toBe(false);
    expect(isStepBack('new', 'invited')).toBe(false);
    expect(isStepBack('invited', 'rejected')).toBe(false);
  });

  it('mails only on invite and reject', () => {
    expect(APPLICATION_STATUSES.filter(canMailOn)).toEqual(['invited', 'rejected']);
  });

  it('recognizes status ids', () => {
    expect(isApplicationStatus('hired')).toBe(true);
    expect(isApplicationStatus('Hired')).toBe(false);
    expect(isApplicationStatus(undefined)).toBe(false);
  });
});
