import { describe, expect, it } from 'vitest';
import { parseCatalogueParams } from './search-params';
import { CURSOR_TOKEN, cursorKeys, decodeCursor, encodeCursor, type CursorRow } from './page-cursor';

const row: CursorRow = {
  isEn: true, salaryMax: 90_000, salaryMin: null, publishedAt: new Date('2026-12-01T09:30:15.123Z'), id: '0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d',
};

describe('page cursors', () => {
  it('round-trip every order, nulls and milliseconds included', () => {
    for (const sort of ['new', 'salary', 'salaryAsc'] as const) {
      for (const preferred of [false, true]) {
        const token = encodeCursor(sort, preferred, row);
        expect(token).toMatch(CURSOR_TOKEN);
        const values = decodeCursor(token, sort, preferred)!;
        const keys = cursorKeys(sort, preferred);
        expect(values).toEqual(keys.map((k) => row[k.name]));
      }
    }
    const ms = row.publishedAt.getTime();
    expect(encodeCursor('new', false, row)).toBe(`n.${ms}.0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d`);
    expect(encodeCursor('salaryAsc', true, row)).toBe(`ae.1.-.${ms}.0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d`);
  });

  it('are not used for another order than the one they were made for', () => {
    const token = encodeCursor('salary', false, row);
    expect(decodeCursor(token, 'salaryAsc', false)).toBeNull();
    expect(decodeCursor(token, 'salary', true)).toBeNull();
    expect(decodeCursor(encodeCursor('new', true, row), 'new', false)).toBeNull();
  });

  it('refuse malformed values', () => {
    for (const token of [
      'n.-.0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d', // a null where the key has none
      'n.1764581415123.not-a-uuid',
      'n.1764581415123',
      's.99999999999.1764581415123.0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d', // past a PostgreSQL integer
      'ne.2.1764581415123.0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d',
      'n.999999999999999.0b7a1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d', // the year 33658
      '',
    ]) {
      expect(decodeCursor(token, token.startsWith('s') ? 'salary' : 'new', token.startsWith('ne'))).toBeNull();
    }
  });
});

describe('cursors in the URL', () => {
  const parse = (query: string) => parseCatalogueParams(Object.fromEntries(new URLSearchParams(query)));
  const token = encodeCursor('new', false, row);

  it('are read beside the page number, and are not filters', () => {
    const parsed = parse(`page=3&after=${token}`);
    expect(parsed.cursor).toEqual({ direction: 'after', token });
    expect(parsed.filters.page).toBe(3);
    expect(parsed.ignored).toEqual([]);
    expect(parse(`page=2&before=${token}`).cursor).toEqual({ direction: 'before', token });
  });

  it('say nothing on page 1 after a card', () => {
    expect(parse(`after=${token}`).cursor).toBeNull();
  });

  it('ignore and report what is no cursor: hostile text, 10 kB', () => {
    for (const bad of ["n.1'; DROP TABLE vacancies;--", `n.${'1'.repeat(10_000)}`, '<script>', 'n.%E0%A4%A']) {
      const parsed = parseCatalogueParams({ page: '2', after: bad });
      expect(parsed.cursor).toBeNull();
      expect(parsed.ignored.map((i) => i.param)).toEqual(['after']);
    }
  });

  it('drop NUL bytes like every parameter, and a token left malformed is not used', () => {
    const parsed = parseCatalogueParams({ page: '2', after: 'n.1\u0000.2' });
    expect(parsed.cursor).toEqual({ direction: 'after', token: 'n.1.2' });
    expect(decodeCursor(parsed.cursor!.token, 'new', false)).toBeNull();
  });
});
