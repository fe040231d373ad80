import { describe, expect, it } from 'vitest';
import { adoptWriteFenceCookie, formatLsn, parseLsn, writeFenceState, writeFenceToken } from './db-fence';

describe('WAL positions', () => {
  it('parses and prints pg_lsn text, ordered as PostgreSQL orders it', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    for (const text of ['0/1', '1/0', 'FFFFFFFF/FFFFFFFF', '16/B374D848']) expect(formatLsn(parseLsn(text)!)).toBe(text);
    expect(parseLsn('0/FFFFFFFF')! < parseLsn('1/0')!).toBe(true);
    expect(parseLsn('2/A')! > parseLsn('1/FFFFFFFF')!).toBe(true);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '16', '16/', '/1', 'G/1', '1/2/3', '100000000/0', ' 0/1', null, 16]) expect(parseLsn(bad)).toBeNull();
  });
});

describe('the write-fence cookie', () => {
  it('raises the fence only with a valid, unexpired signature, and never lowers it', () => {
    writeFenceState.lsn = 0n;
    const now = new Date('2026-12-05T10:00:00Z');
    const token = writeFenceToken(parseLsn('1/10')!, now);
    adoptWriteFenceCookie('1/10', now);
    adoptWriteFenceCookie(`${token}x`, now);
    adoptWriteFenceCookie(token, new Date(now.getTime() + 61_000));
    expect(writeFenceState.lsn).toBe(0n);
    adoptWriteFenceCookie(token, now);
    expect(formatLsn(writeFenceState.lsn)).toBe('1/10');
    adoptWriteFenceCookie(writeFenceToken(parseLsn('0/5')!, now), now);
    expect(formatLsn(writeFenceState.lsn)).toBe('1/10');
    writeFenceState.lsn = 0n;
  });
});
