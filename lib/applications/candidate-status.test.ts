import { describe, expect, it } from 'vitest';
import { candidateStatus, candidateTimeline } from './candidate-status';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute));

describe('what a candidate sees', () => {
  it('never shows the employer-only steps', () => {
    expect(candidateStatus('shortlisted')).toBe('viewed');
    expect(candidateStatus('hired')).toBe('invited');
    expect(candidateStatus('rejected')).toBe('notSelected');
  });

  it('merges steps that look the same to the candidate and keeps the first moment', () => {
    expect(
      candidateTimeline([
        { toStatus: 'shortlisted', createdAt: at(3) },
        { toStatus: 'new', createdAt: at(0) },
        { toStatus: 'viewed', createdAt: at(1) },
        { toStatus: 'invited', createdAt: at(5) },
        { toStatus: 'hired', createdAt: at(9) },
      ]),
    ).toEqual([
      { status: 'sent', at: at(0) },
      { status: 'viewed', at: at(1) },
      { status: 'invited', at: at(5) },
    ]);
  });

  it('shows a step back as it happened', () => {
    expect(candidateTimeline([{ toStatus: 'new', createdAt: at(0) }, { toStatus: 'invited', createdAt: at(1) }, { toStatus: 'viewed', createdAt: at(2) }]).map((s) => s.status)).toEqual([
      'sent', 'invited', 'viewed',
    ]);
  });
});
