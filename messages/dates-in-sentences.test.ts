import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/messages';

// A Russian date with a year ends with the abbreviation «г.»; a sentence that ends with it takes no second
// full stop («до 4 декабря 2026 г..» was on the employer's vacancy page and the admin's company notes).
// Each message is rendered with the date format its page uses.
const CASES: { key: string; format: Intl.DateTimeFormatOptions }[] = [
  { key: 'dashboard.vacancy.explain.published', format: { day: 'numeric', month: 'long', year: 'numeric' } },
  { key: 'team.invitation.expires', format: { dateStyle: 'long' } },
  { key: 'moderation.company.warnedAt', format: { dateStyle: 'medium' } },
  { key: 'moderation.company.blockedAt', format: { dateStyle: 'medium' } },
];

describe('dates at the end of a sentence', () => {
  it.each(['ru', 'en'] as const)('never read "г.." and keep one full stop (%s)', (locale) => {
    const t = createTranslator({
      locale,
      messages: MESSAGES[locale],
      onError: (error) => {
        throw error;
      },
    });
    const date = new Intl.DateTimeFormat(locale, CASES[0]!.format).format(new Date('2026-12-04T12:00:00Z'));
    expect(date.length).toBeGreaterThan(0);
    for (const { key, format } of CASES) {
      const text = (t as unknown as (k: string, v: Record<string, string>) => string)(key, {
        date: new Intl.DateTimeFormat(locale, format).format(new Date('2026-12-04T12:00:00Z')),
        reason: 'спам',
      });
      expect(text, key).not.toMatch(/\.\./);
      expect(text, key).not.toMatch(/\{date\}/);
    }
  });
});
