import { describe, expect, it } from 'vitest';
import { VACANCY_STATUSES, type VacancyStatus } from '@/lib/vocabularies';
import { effectiveStatus, refusal, renewedExpiry, RENEW_WINDOW_DAYS, type EmployerOperation } from './lifecycle';

const now = new Date('2026-11-25T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const at = (status: VacancyStatus, expiresInDays: number | null = 20) => ({ status, expiresAt: expiresInDays === null ? null : days(expiresInDays) });

describe('lifecycle rules', () => {
  const allowed: Record<Exclude<EmployerOperation, 'renew'>, VacancyStatus[]> = {
    edit: ['draft', 'pending', 'rejected', 'published'],
    submit: ['draft', 'rejected'],
    close: ['published'],
    delete: ['draft'],
    duplicate: [...VACANCY_STATUSES],
  };
  for (const [operation, statuses] of Object.entries(allowed) as [Exclude<EmployerOperation, 'renew'>, VacancyStatus[]][]) {
    it.each(VACANCY_STATUSES)(`${operation} from %s`, (status) => {
      const result = refusal(operation, at(status), now);
      if (statuses.includes(status)) expect(result).toBeNull();
      else expect(result).not.toBeNull();
    });
  }

  it('treats a published vacancy past its expiry as expired', () => {
    expect(effectiveStatus('published', days(-1), now)).toBe('expired');
    expect(refusal('close', at('published', -1), now)).toBe('notPublished');
    expect(refusal('edit', at('published', -1), now)).toBe('notEditable');
  });

  it('renews from 7 days before expiry, and after expiry, but not earlier or from other statuses', () => {
    expect(refusal('renew', at('published', RENEW_WINDOW_DAYS + 0.01), now)).toBe('tooEarlyToRenew');
    expect(refusal('renew', at('published', RENEW_WINDOW_DAYS), now)).toBeNull();
    expect(refusal('renew', at('published', 1), now)).toBeNull();
    expect(refusal('renew', at('published', -3), now)).toBeNull();
    expect(refusal('renew', at('expired', -40), now)).toBeNull();
    for (const status of ['draft', 'pending', 'rejected', 'closed', 'removed'] as const) {
      expect(refusal('renew', at(status), now)).toBe('notRenewable');
    }
  });

  it('adds 30 days to a future expiry, and counts from today after expiry', () => {
    expect(renewedExpiry(days(5), now)).toEqual(days(35));
    expect(renewedExpiry(days(-10), now)).toEqual(days(30));
    expect(renewedExpiry(null, now)).toEqual(days(30));
  });
});
