import { describe, expect, it } from 'vitest';
import { parseSuggestQuery } from './suggest-schemas';

const parse = (query: string) => parseSuggestQuery(new URL(`http://localhost/api/v1/suggest${query}`));
const issuesOf = (query: string) => {
  const result = parse(query);
  if (result.ok) throw new Error(`expected issues for ${query}`);
  return result.issues;
};

describe('parseSuggestQuery', () => {
  it('reads q (trimmed) and locale (default ru)', () => {
    expect(parse('?q=%20%D0%BE%D0%BF%D0%B5%20')).toEqual({ ok: true, query: { q: 'опе', locale: 'ru' } });
    expect(parse('?q=chat&locale=en')).toEqual({ ok: true, query: { q: 'chat', locale: 'en' } });
    expect(parse('?q=a+b')).toEqual({ ok: true, query: { q: 'a b', locale: 'ru' } });
  });

  it('refuses a missing, blank or too long q', () => {
    expect(issuesOf('')[0]!.path).toEqual(['q']);
    expect(issuesOf('?q=%20%20')[0]!.path).toEqual(['q']);
    const long = issuesOf(`?q=${'a'.repeat(101)}`);
    expect(long[0]!.path).toEqual(['q']);
    expect(long[0]!.message).toMatch(/100/);
    // A 10 kB value is refused, and not echoed back in full.
    const huge = issuesOf(`?q=${'я'.repeat(10_000)}`);
    expect(JSON.stringify(huge).length).toBeLessThan(1_000);
  });

  it('refuses control characters, NUL included', () => {
    const issues = issuesOf('?q=%D1%87%D0%B0%D1%82%00');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/Control characters/);
  });

  it('refuses a broken percent-encoding instead of guessing', () => {
    for (const query of ['?q=%FF', '?q=%D0', '?q=%E0%A4%A', '?q=ok&locale=%C0%AF']) {
      const issues = issuesOf(query);
      expect(issues.some((i) => /encoded/.test(i.message))).toBe(true);
    }
  });

  it('refuses unknown parameters, a repeated q and an unknown locale', () => {
    expect(issuesOf('?q=a&limit=5')[0]!.message).toMatch(/Unknown parameters: limit/);
    expect(issuesOf('?q=a&q=b')[0]!.message).toMatch(/once/);
    expect(issuesOf('?q=a&locale=de')[0]!.path).toEqual(['locale']);
  });
});
