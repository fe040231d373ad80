import { describe, expect, it } from 'vitest';
import { canonicalAlertQuery, SubscribeSchema } from './schemas';

describe('canonicalAlertQuery', () => {
  it('drops page, sort, defaults and bad values, and orders parameters as the catalogue does', () => {
    expect(canonicalAlertQuery('?page=3&sort=salary&chatOnly=1&language=en&industry=nope').query).toBe('language=en&chatOnly=1');
    expect(canonicalAlertQuery('chatOnly=true&language=en').query).toBe('language=en&chatOnly=1');
    expect(canonicalAlertQuery('').query).toBe('');
  });

  it('survives hostile input', () => {
    for (const bad of ['%E0%A4%A', 'q=%00%00', `q=${'я'.repeat(10_000)}`, '__proto__=1&constructor=2', '&&&===']) {
      const { query, filters } = canonicalAlertQuery(bad);
      expect(typeof query).toBe('string');
      expect(filters.page).toBe(1);
    }
  });
});

describe('SubscribeSchema', () => {
  it('needs an email and a known frequency', () => {
    expect(SubscribeSchema.safeParse({ email: ' Anna@Example.com ', frequency: 'daily', query: '' }).data?.email).toBe('anna@example.com');
    expect(SubscribeSchema.safeParse({ email: 'nope', frequency: 'daily' }).success).toBe(false);
    expect(SubscribeSchema.safeParse({ email: 'a@b.co', frequency: 'hourly' }).success).toBe(false);
    expect(SubscribeSchema.safeParse({ email: 'a@b.co', frequency: ['daily'] }).success).toBe(false);
    expect(SubscribeSchema.safeParse({ email: 'a@b.co', frequency: 'daily', query: 'x'.repeat(10_000) }).success).toBe(false);
  });
});
