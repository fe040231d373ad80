// What a revision changes, for the moderator: pure, so it is unit-tested and runs anywhere.
import { diffArrays } from 'diff';

// One object type per kind, so a TextChange narrows by `type` alone.
export type LineChange = { type: 'same'; text: string } | { type: 'added'; text: string } | { type: 'removed'; text: string };

// Beyond this many cells the LCS table costs too much memory; the middle is then shown as replaced.
const MAX_CELLS = 4_000_000;

/** The length of the common head, and where the common tail starts in each: the part left to diff is between. */
function commonEnds(a: readonly string[], b: readonly string[]): { start: number; endA: number; endB: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, endA, endB };
}

/** A line diff by longest common subsequence: unchanged lines, then removals before additions at each gap. */
export function diffLines(before: string, after: string): LineChange[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const { start, endA, endB } = commonEnds(a, b);
  const same = (lines: string[]) => lines.map((text): LineChange => ({ type: 'same', text }));
  return [...same(a.slice(0, start)), ...middle(a.slice(start, endA), b.slice(start, endB)), ...same(a.slice(endA))];
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n');
}

function middle(a: string[], b: string[]): LineChange[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text): LineChange => ({ type: 'removed', text })), ...b.map((text): LineChange => ({ type: 'added', text }))];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ type: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ type: 'removed', text: a[i++]! });
    else out.push({ type: 'added', text: b[j++]! });
  }
  while (i < a.length) out.push({ type: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ type: 'added', text: b[j++]! });
  return out;
}

export type WordChange = { type: 'same' | 'added' | 'removed'; text: string };

/** A paragraph of a text diff: unchanged, added, removed, or changed in a few words (`words` rebuilds both sides). */
export type TextChange = LineChange | { type: 'changed'; before: string; after: string; words: WordChange[] };

// Word diffs are bounded so a long description cannot stall the review page: Myers' diff costs
// O((n + m) · d), so a paragraph over MAX_WORD_CHARS (the editor allows 10,000 in the whole description)
// or a pair needing more than MAX_WORD_EDITS token edits is shown as replaced instead.
const MAX_WORD_CHARS = 12_000;
const MAX_WORD_EDITS = 600;
// A changed paragraph is looked for among the next few added ones only, which bounds the pairs tried.
const LOOKAHEAD = 3;
// Below this share of kept characters the paragraph was rewritten, and a word diff would be noise.
const MIN_KEPT_SHARE = 0.4;

// Words of any script (Cyrillic included: \p{L}), a run of spaces, or any other single character.
const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\S\r\n]+|[\s\S]/gu;
const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];
const visibleLength = (text: string) => text.replace(/\s+/g, '').length;

/**
 * The words that differ between two paragraphs, deletions before insertions at each change, or null
 * when the paragraphs are too long or too different to diff within the bounds above.
 */
export function diffWords(before: string, after: string): WordChange[] | null {
  if (before.length > MAX_WORD_CHARS || after.length > MAX_WORD_CHARS) return null;
  const a = tokenize(before);
  const b = tokenize(after);
  const { start, endA, endB } = commonEnds(a, b);
  const middle = diffArrays(a.slice(start, endA), b.slice(start, endB), { maxEditLength: MAX_WORD_EDITS });
  if (!middle) return null;
  const parts: WordChange[] = [
    { type: 'same', text: a.slice(0, start).join('') },
    ...middle.map((c): WordChange => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') })),
    { type: 'same', text: a.slice(endA).join('') },
  ];
  return tidy(parts.filter((p) => p.text !== ''));
}

/**
 * Spaces kept between two changes are folded into them ("бесплатное обучение" → "платное занятие" is one
 * change, not two), then each run of changes becomes one deletion followed by one insertion.
 */
function tidy(parts: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ type: 'removed', text: removed });
    if (added) out.push({ type: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, i) => {
    const between = i > 0 && i < parts.length - 1 && parts[i - 1]!.type !== 'same' && parts[i + 1]!.type !== 'same';
    if (part.type === 'same' && !(between && /^\s+$/.test(part.text))) {
      flush();
      out.push(part);
    } else {
      if (part.type !== 'added') removed += part.text;
      if (part.type !== 'removed') added += part.text;
    }
  });
  flush();
  return out;
}

function keptShare(words: WordChange[], before: string, after: string): number {
  const kept = words.reduce((n, w) => n + (w.type === 'same' ? visibleLength(w.text) : 0), 0);
  return kept / Math.max(1, visibleLength(before), visibleLength(after));
}

/** A word diff of the pair, when they are versions of one paragraph rather than two different ones. */
function pairWords(before: string, after: string): WordChange[] | null {
  const words = diffWords(before, after);
  return words && keptShare(words, before, after) >= MIN_KEPT_SHARE ? words : null;
}

/** Paragraphs first (diffLines), then words within the paragraphs an edit changed. */
export function diffText(before: string, after: string): TextChange[] {
  const lines = diffLines(before, after);
  const out: TextChange[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.type === 'same') {
      out.push(lines[i++]!);
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (i < lines.length && lines[i]!.type === 'removed') removed.push(lines[i++]!.text);
    while (i < lines.length && lines[i]!.type === 'added') added.push(lines[i++]!.text);
    let next = 0;
    for (const text of removed) {
      let match = -1;
      let words: WordChange[] | null = null;
      for (let k = next; k < Math.min(added.length, next + LOOKAHEAD) && match < 0; k++) {
        words = pairWords(text, added[k]!);
        if (words) match = k;
      }
      if (match < 0 || !words) {
        out.push({ type: 'removed', text });
        continue;
      }
      while (next < match) out.push({ type: 'added', text: added[next++]! });
      out.push({ type: 'changed', before: text, after: added[next++]!, words });
    }
    while (next < added.length) out.push({ type: 'added', text: added[next++]! });
  }
  return out;
}

export type ListChange = { added: string[]; removed: string[]; kept: string[] };

/** Lists compared as sets of items (order aside): what was added, removed and kept. */
export function diffLists(before: readonly string[], after: readonly string[]): ListChange {
  const was = new Set(before);
  const now = new Set(after);
  return {
    added: [...now].filter((x) => !was.has(x)),
    removed: [...was].filter((x) => !now.has(x)),
    kept: [...now].filter((x) => was.has(x)),
  };
}

export type FieldValue = string | number | boolean | null | readonly string[];

export type FieldChange =
  | { field: string; kind: 'value'; before: string | number | boolean | null; after: string | number | boolean | null }
  | { field: string; kind: 'list'; before: readonly string[]; after: readonly string[]; change: ListChange }
  | { field: string; kind: 'text'; before: string; after: string; lines: TextChange[] };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The fields that differ, in the order of `before`'s keys. Lists differ when their items or their order
 * differ; `textFields` (long texts) get a paragraph diff with changed words marked.
 */
export function diffFields<K extends string>(
  before: Record<K, FieldValue>,
  after: Record<NoInfer<K>, FieldValue>,
  textFields: readonly NoInfer<K>[] = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(before) as K[]) {
    const was = before[field];
    const now = after[field];
    if (isList(was) || isList(now)) {
      const a = isList(was) ? was : [];
      const b = isList(now) ? now : [];
      if (!sameList(a, b)) changes.push({ field, kind: 'list', before: a, after: b, change: diffLists(a, b) });
    } else if (was !== now) {
      if (textFields.includes(field) && typeof was === 'string' && typeof now === 'string') {
        changes.push({ field, kind: 'text', before: was, after: now, lines: diffText(was, now) });
      } else changes.push({ field, kind: 'value', before: was, after: now });
    }
  }
  return changes;
}

const isList = (v: FieldValue | undefined): v is readonly string[] => Array.isArray(v);
