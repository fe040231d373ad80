import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFields, diffLines, diffLists, type LineChange } from './diff';

const sides = (changes: LineChange[]) => ({
  before: changes.filter((c) => c.type !== 'added').map((c) => c.text),
  after: changes.filter((c) => c.type !== 'removed').map((c) => c.text),
});

describe('diffLines', () => {
  it('marks nothing when the texts are equal', () => {
    expect(diffLines('a\nb', 'a\nb')).toEqual([
      { type: 'same', text: 'a' },
      { type: 'same', text: 'b' },
    ]);
  });

  it('finds an inserted, a removed and a replaced line', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nb\nc')).toEqual([
      { type: 'same', text: 'a' },
      { type: 'added', text: 'x' },
      { type: 'same', text: 'b' },
      { type: 'same', text: 'c' },
    ]);
    expect(diffLines('a\nb\nc', 'a\nc')).toEqual([
      { type: 'same', text: 'a' },
      { type: 'removed', text: 'b' },
      { type: 'same', text: 'c' },
    ]);
    expect(diffLines('Оплата 40 000 ₽\nГрафик 2/2', 'Оплата 90 000 ₽\nГрафик 2/2')).toEqual([
      { type: 'removed', text: 'Оплата 40 000 ₽' },
      { type: 'added', text: 'Оплата 90 000 ₽' },
      { type: 'same', text: 'График 2/2' },
    ]);
  });

  it('keeps the longest common subsequence of lines', () => {
    const changes = diffLines('a\nb\nc\nd\ne', 'b\nx\nd\ne\nf');
    expect(changes.filter((c) => c.type === 'same').map((c) => c.text)).toEqual(['b', 'd', 'e']);
  });

  it('handles empty texts and Windows line ends', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(diffLines('', 'a')).toEqual([{ type: 'added', text: 'a' }]);
    expect(diffLines('a\r\nb', 'a\nb').every((c) => c.type === 'same')).toBe(true);
  });

  it('falls back to a block replacement for huge, wholly different texts', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n');
    const changes = diffLines(a, b);
    expect(changes).toHaveLength(6000);
    expect(sides(changes)).toEqual({ before: a.split('\n'), after: b.split('\n') });
  });

  it('always rebuilds both texts (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 25 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { before, after } = sides(diffLines(a, b));
        expect(before.join('\n')).toBe(a);
        expect(after.join('\n')).toBe(b);
      }),
    );
  });
});

describe('diffLists', () => {
  it('says what was added, removed and kept', () => {
    expect(diffLists(['ru native', 'en B1'], ['ru native', 'de A2'])).toEqual({ added: ['de A2'], removed: ['en B1'], kept: ['ru native'] });
  });
});

describe('diffFields', () => {
  const base = { title: 'Оператор', description: 'a\nb', salaryFrom: 40000, nightShifts: true, contractTypes: ['civil'], applyUrl: null };

  it('lists only the changed fields, in order', () => {
    const changes = diffFields(base, { ...base, salaryFrom: 90000, applyUrl: 'https://t.me/x' }, ['description']);
    expect(changes).toEqual([
      { field: 'salaryFrom', kind: 'value', before: 40000, after: 90000 },
      { field: 'applyUrl', kind: 'value', before: null, after: 'https://t.me/x' },
    ]);
  });

  it('diffs text fields by line and lists as lists', () => {
    const changes = diffFields(base, { ...base, description: 'a\nc', contractTypes: ['civil', 'selfEmployed'] }, ['description']);
    expect(changes).toEqual([
      { field: 'description', kind: 'text', before: 'a\nb', after: 'a\nc', lines: [{ type: 'same', text: 'a' }, { type: 'removed', text: 'b' }, { type: 'added', text: 'c' }] },
      { field: 'contractTypes', kind: 'list', before: ['civil'], after: ['civil', 'selfEmployed'], change: { added: ['selfEmployed'], removed: [], kept: ['civil'] } },
    ]);
  });

  it('notices a reordered list and reports nothing for equal records', () => {
    expect(diffFields({ l: ['a', 'b'] }, { l: ['b', 'a'] })).toHaveLength(1);
    expect(diffFields(base, { ...base, contractTypes: ['civil'] })).toEqual([]);
  });
});
