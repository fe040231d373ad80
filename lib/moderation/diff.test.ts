import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFields, diffLines, diffLists, diffText, diffWords, type LineChange, type TextChange, type WordChange } from './diff';

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

const wordSides = (words: WordChange[]) => ({
  before: words.filter((w) => w.type !== 'added').map((w) => w.text).join(''),
  after: words.filter((w) => w.type !== 'removed').map((w) => w.text).join(''),
});
const textSides = (changes: TextChange[]) => ({
  before: changes.flatMap((c) => (c.type === 'changed' ? [c.before] : c.type === 'added' ? [] : [c.text])).join('\n'),
  after: changes.flatMap((c) => (c.type === 'changed' ? [c.after] : c.type === 'removed' ? [] : [c.text])).join('\n'),
});
const paragraph = (words: number, seed = 0) => {
  const vocabulary = ['оператор', 'чата', 'отвечает', 'клиентам', 'в', 'смену', 'обучение', 'оплата', 'график', 'support', 'KPI', '2/2,'];
  return Array.from({ length: words }, (_, i) => vocabulary[(i * 7 + seed) % vocabulary.length]).join(' ');
};

describe('diffWords', () => {
  it('marks exactly the one changed word, Russian included', () => {
    expect(diffWords('Обучение бесплатное, оплата раз в месяц.', 'Обучение платное, оплата раз в месяц.')).toEqual([
      { type: 'same', text: 'Обучение ' },
      { type: 'removed', text: 'бесплатное' },
      { type: 'added', text: 'платное' },
      { type: 'same', text: ', оплата раз в месяц.' },
    ]);
  });

  it('folds neighbouring changed words into one change and marks numbers and punctuation', () => {
    expect(diffWords('Бесплатное обучение за 3 дня', 'Платное занятие за 5 дней!')).toEqual([
      { type: 'removed', text: 'Бесплатное обучение' },
      { type: 'added', text: 'Платное занятие' },
      { type: 'same', text: ' за ' },
      { type: 'removed', text: '3 дня' },
      { type: 'added', text: '5 дней!' },
    ]);
  });

  it('keeps equal text as one unchanged part', () => {
    expect(diffWords('Без изменений', 'Без изменений')).toEqual([{ type: 'same', text: 'Без изменений' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('always rebuilds both paragraphs (property)', () => {
    const words = fc.array(fc.constantFrom('оплата', 'платное', 'бесплатное', 'chat', ' ', ', ', '5', '!', '  '), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = diffWords(a, b)!;
        expect(wordSides(parts)).toEqual({ before: a, after: b });
        // Each change is one deletion then one insertion, never two of a kind in a row.
        parts.forEach((p, i) => i > 0 && expect(`${parts[i - 1]!.type}>${p.type}`).not.toMatch(/^(same>same|added>added|removed>removed|added>removed)$/));
      }),
    );
  });
});

describe('diffText', () => {
  it('marks a one-word change inside a paragraph and leaves the others alone', () => {
    const before = 'Работа в чате.\nОбучение бесплатное, две недели.\nГрафик 2/2.';
    const after = 'Работа в чате.\nОбучение платное, две недели.\nГрафик 2/2.';
    expect(diffText(before, after)).toEqual([
      { type: 'same', text: 'Работа в чате.' },
      {
        type: 'changed', before: 'Обучение бесплатное, две недели.', after: 'Обучение платное, две недели.',
        words: [
          { type: 'same', text: 'Обучение ' },
          { type: 'removed', text: 'бесплатное' },
          { type: 'added', text: 'платное' },
          { type: 'same', text: ', две недели.' },
        ],
      },
      { type: 'same', text: 'График 2/2.' },
    ]);
  });

  it('shows added and removed paragraphs whole, and a rewritten one as replaced', () => {
    expect(diffText('a\nb', 'a\nb\nНовый абзац')).toEqual([
      { type: 'same', text: 'a' }, { type: 'same', text: 'b' }, { type: 'added', text: 'Новый абзац' },
    ]);
    expect(diffText('Старый абзац\nb', 'b')).toEqual([{ type: 'removed', text: 'Старый абзац' }, { type: 'same', text: 'b' }]);
    expect(diffText('Оплата сдельная.', 'Пишите в Telegram @boss.')).toEqual([
      { type: 'removed', text: 'Оплата сдельная.' }, { type: 'added', text: 'Пишите в Telegram @boss.' },
    ]);
  });

  it('pairs a changed paragraph past a paragraph inserted before it', () => {
    const changes = diffText('Начало\nОплата 40 000 ₽ в месяц\nКонец', 'Начало\nНовый абзац про смены\nОплата 90 000 ₽ в месяц\nКонец');
    expect(changes.map((c) => c.type)).toEqual(['same', 'added', 'changed', 'same']);
    const changed = changes[2]!;
    expect(changed.type === 'changed' && changed.words.filter((w) => w.type !== 'same')).toEqual([
      { type: 'removed', text: '40' },
      { type: 'added', text: '90' },
    ]);
  });

  it('reports nothing changed for equal texts', () => {
    expect(diffText('a\nб', 'a\nб').every((c) => c.type === 'same')).toBe(true);
  });

  it('always rebuilds both texts (property)', () => {
    const line = fc.array(fc.constantFrom('оплата', 'платное', 'бесплатное', ' ', '5'), { maxLength: 6 }).map((w) => w.join(''));
    const text = fc.array(line, { maxLength: 8 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(textSides(diffText(a, b))).toEqual({ before: a, after: b });
      }),
    );
  });

  // The editor allows 10,000 characters in a description; these are the worst single paragraphs.
  it('stays fast on a 10 kB paragraph, changed in one word or rewritten', () => {
    const long = paragraph(1550);
    expect(long.length).toBeGreaterThan(10_000);
    const oneWord = long.replace('обучение', 'платное обучение');
    let started = performance.now();
    const changed = diffText(long, oneWord);
    const oneWordMs = performance.now() - started;
    expect(changed).toHaveLength(1);
    expect(changed[0]!.type === 'changed' && changed[0]!.words.filter((w) => w.type !== 'same')).toEqual([{ type: 'added', text: 'платное ' }]);

    const rewritten = paragraph(1550, 5).split(' ').map((w, i) => (i % 3 ? w : 'иначе')).join(' ');
    started = performance.now();
    const replaced = diffText(long, rewritten);
    const rewrittenMs = performance.now() - started;
    expect(replaced.map((c) => c.type)).toEqual(['removed', 'added']);
    // Generous bounds: the machine is shared; typical figures are in the report.
    expect(oneWordMs).toBeLessThan(250);
    expect(rewrittenMs).toBeLessThan(1000);
  });

  it('shows an over-long paragraph as replaced without diffing its words', () => {
    const huge = 'слово '.repeat(2500);
    expect(diffText(huge, `${huge}!`).map((c) => c.type)).toEqual(['removed', 'added']);
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
