import { describe, expect, it } from 'vitest';
import { migrationUrl } from './with-database';

describe('migrationUrl', () => {
  it('migrates over DATABASE_DIRECT_URL when it is set, else over the given URL', () => {
    const pooled = 'postgresql://app@pgbouncer:6432/chatshift';
    expect(migrationUrl(pooled, { DATABASE_DIRECT_URL: 'postgresql://app@primary:5432/chatshift' })).toBe('postgresql://app@primary:5432/chatshift');
    expect(migrationUrl(pooled, {})).toBe(pooled);
    expect(migrationUrl(pooled, { DATABASE_DIRECT_URL: ' ' })).toBe(pooled);
  });
});
