import { describe, expect, it } from 'vitest';
import { copyText, encodeRows, pgArray } from './copy';

describe('COPY text', () => {
  it('escapes the characters COPY treats specially and writes null as \\N', () => {
    expect(copyText('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText(true)).toBe('t');
    expect(copyText(12.5)).toBe('12.5');
    expect(copyText(new Date('2026-12-04T10:00:00Z'))).toBe('2026-12-04T10:00:00.000Z');
    expect(copyText({ a: 'x\ty' })).toBe('{"a":"x\\\\ty"}');
  });

  it('writes arrays as PostgreSQL array literals', () => {
    expect(pgArray(['en', 'ru'])).toBe('{"en","ru"}');
    expect(pgArray(['a"b', 'c\\d'])).toBe('{"a\\"b","c\\\\d"}');
    expect(pgArray([])).toBe('{}');
  });

  it('cuts rows into buffers of about the given size, whole lines only', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ id: i, name: `row ${i}` }));
    const buffers = encodeRows([{ name: 'id', value: (r: (typeof rows)[number]) => r.id }, { name: 'name', value: (r) => r.name }], rows, 100);
    expect(buffers.length).toBeGreaterThan(5);
    expect(buffers.every((b) => b.toString().endsWith('\n'))).toBe(true);
    const lines = Buffer.concat(buffers).toString().trimEnd().split('\n');
    expect(lines).toHaveLength(100);
    expect(lines[7]).toBe('7\trow 7');
  });
});
