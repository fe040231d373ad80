import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSavedIds, SAVED_LIMIT, savedCookieOptions, serializeSavedIds, toSavedId, withSaved } from './cookie';

const A = '3f2b8c1e-5d4a-4b6f-9e21-0a7c3d5e8f90';
const B = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';
const C = '0e1d2c3b-4a59-4687-b6a5-948372615041';
const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

describe('parseSavedIds', () => {
  it('reads ids newest first, as serialized', () => {
    expect(parseSavedIds(`${A}.${B}.${C}`)).toEqual([A, B, C]);
    expect(parseSavedIds(serializeSavedIds([C, A]))).toEqual([C, A]);
  });

  it('treats a missing or empty cookie as no saved vacancies', () => {
    expect(parseSavedIds(undefined)).toEqual([]);
    expect(parseSavedIds(null)).toEqual([]);
    expect(parseSavedIds('')).toEqual([]);
    expect(parseSavedIds('...')).toEqual([]);
  });

  it('keeps the first of duplicates, in any letter case', () => {
    expect(parseSavedIds(`${A}.${B}.${A}.${A.toUpperCase()}.${B}`)).toEqual([A, B]);
  });

  it('skips parts that are not UUIDs and keeps the rest', () => {
    const hostile = [
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      `${A}\u0000`,
      `${A.slice(0, -1)}`,
      `${A}0`,
      A.replaceAll('-', ''),
      '../../etc/passwd',
      'ц'.repeat(36),
      '%E0%A4%A',
      '\uD800',
      'null',
      '1e3',
    ];
    expect(parseSavedIds([...hostile, B].join('.'))).toEqual([B]);
    expect(parseSavedIds(hostile.join('.'))).toEqual([]);
    expect(parseSavedIds(` ${C} `)).toEqual([C]);
  });

  it('ignores values that are not strings', () => {
    for (const value of [42, {}, [A], true, Symbol('x')]) expect(parseSavedIds(value)).toEqual([]);
  });

  it('ignores a value far longer than 100 ids could be', () => {
    expect(parseSavedIds('x'.repeat(10_000))).toEqual([]);
    expect(parseSavedIds(`${A}.${'x'.repeat(10_000)}`)).toEqual([]);
    expect(parseSavedIds(`${A}.${'\u0000'.repeat(1_000_000)}`)).toEqual([]);
  });

  it('keeps at most 100 ids, the newest', () => {
    const many = ids(SAVED_LIMIT + 5);
    // Shortened so the value fits the length check: the limit, not the length, must cut it.
    const value = many.join('.').slice(0, 4000);
    const parsed = parseSavedIds(value);
    expect(parsed.length).toBeLessThanOrEqual(SAVED_LIMIT);
    expect(parsed).toEqual(many.slice(0, parsed.length));
    expect(parseSavedIds(many.slice(0, SAVED_LIMIT).join('.'))).toHaveLength(SAVED_LIMIT);
  });

  it('never throws and returns only lower-case UUIDs, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const parsed = parseSavedIds(raw);
        expect(new Set(parsed).size).toBe(parsed.length);
        for (const id of parsed) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      }),
    );
  });
});

describe('serializeSavedIds', () => {
  it('round-trips any list of ids within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid(), { maxLength: SAVED_LIMIT }), (list) => {
        const unique = [...new Set(list.map((id) => id.toLowerCase()))].filter((id) => toSavedId(id));
        expect(parseSavedIds(serializeSavedIds(unique))).toEqual(unique);
      }),
    );
  });

  it('fits a full list in one cookie and uses no character that needs escaping', () => {
    const value = serializeSavedIds(ids(SAVED_LIMIT));
    expect(value.length).toBeLessThan(4000);
    expect(encodeURIComponent(value)).toBe(value);
  });

  it('drops what would not parse back', () => {
    expect(serializeSavedIds([A, 'nope', B, A, `${C}.${A}`])).toBe(`${A}.${B}`);
    expect(serializeSavedIds([])).toBe('');
  });
});

describe('withSaved', () => {
  it('puts a saved id first, without duplicates', () => {
    expect(withSaved([], A, true)).toEqual([A]);
    expect(withSaved([A, B], C, true)).toEqual([C, A, B]);
    expect(withSaved([A, B, C], C, true)).toEqual([C, A, B]);
  });

  it('removes an unsaved id, and unsaving a missing one changes nothing', () => {
    expect(withSaved([A, B, C], B, false)).toEqual([A, C]);
    expect(withSaved([A, C], B, false)).toEqual([A, C]);
    expect(withSaved([], B, false)).toEqual([]);
  });

  it('drops the oldest when a 101st vacancy is saved', () => {
    const full = ids(SAVED_LIMIT);
    const next = withSaved(full, A, true);
    expect(next).toHaveLength(SAVED_LIMIT);
    expect(next[0]).toBe(A);
    expect(next).not.toContain(full[SAVED_LIMIT - 1]);
    expect(next.slice(1)).toEqual(full.slice(0, SAVED_LIMIT - 1));
  });

  it('does not change the list it was given', () => {
    const list = [A, B];
    withSaved(list, C, true);
    withSaved(list, A, false);
    expect(list).toEqual([A, B]);
  });
});

describe('toSavedId', () => {
  it('accepts a UUID in any case and refuses the rest', () => {
    expect(toSavedId(A.toUpperCase())).toBe(A);
    expect(toSavedId(`${A}\u0000`)).toBeNull();
    expect(toSavedId('a'.repeat(10_000))).toBeNull();
    expect(toSavedId(42)).toBeNull();
    expect(toSavedId(undefined)).toBeNull();
  });
});

describe('savedCookieOptions', () => {
  it('is site-wide, lasts a year, HttpOnly and SameSite=Lax; Secure only over https', () => {
    expect(savedCookieOptions(true)).toEqual({ path: '/', maxAge: 31_536_000, httpOnly: true, sameSite: 'lax', secure: true });
    expect(savedCookieOptions(false).secure).toBe(false);
  });
});
