import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionsNeeded, MAX_WEB_CONCURRENCY, parseWebConcurrency } from './concurrency';

describe('parseWebConcurrency', () => {
  it('serves with one process per core when WEB_CONCURRENCY is unset or blank', () => {
    expect(parseWebConcurrency(undefined, 2)).toEqual({ ok: true, workers: 2 });
    expect(parseWebConcurrency('', 8)).toEqual({ ok: true, workers: 8 });
    expect(parseWebConcurrency('  ', 1)).toEqual({ ok: true, workers: 1 });
    expect(parseWebConcurrency(undefined, 0)).toEqual({ ok: true, workers: 1 });
    expect(parseWebConcurrency(undefined, 512)).toEqual({ ok: true, workers: MAX_WEB_CONCURRENCY });
  });

  it('takes a whole number from 1 to the cap, whatever the core count', () => {
    expect(parseWebConcurrency('1', 16)).toEqual({ ok: true, workers: 1 });
    expect(parseWebConcurrency(' 4 ', 2)).toEqual({ ok: true, workers: 4 });
    expect(parseWebConcurrency(String(MAX_WEB_CONCURRENCY), 2)).toEqual({ ok: true, workers: MAX_WEB_CONCURRENCY });
  });

  it.each([
    ['0', 'must be at least 1'],
    ['65', `must be at most ${MAX_WEB_CONCURRENCY}`],
    ['-2', 'must be a whole number'],
    ['1.5', 'must be a whole number'],
    ['auto', 'must be a whole number'],
    ['1e3', 'must be a whole number'],
    ['0x10', 'must be a whole number'],
  ])('refuses %j with a message that names the variable and the value', (value, reason) => {
    const result = parseWebConcurrency(value, 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(`WEB_CONCURRENCY ${reason} (1–${MAX_WEB_CONCURRENCY}, or unset for one per core), got "${value}".`);
  });

  it('either answers a count within 1..cap or refuses, for any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 256 }), (value, cores) => {
        const result = parseWebConcurrency(value, cores);
        if (result.ok) expect(result.workers).toSatisfy((n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_WEB_CONCURRENCY);
        else expect(result.message).toMatch(/^WEB_CONCURRENCY /);
      }),
    );
  });
});

describe('connectionsNeeded', () => {
  it('counts a full pool per process plus the job worker: 2 cores fit PostgreSQL\'s default 100, 16 do not', () => {
    expect(connectionsNeeded(2)).toBe(22);
    expect(connectionsNeeded(16)).toBe(162);
  });
});
