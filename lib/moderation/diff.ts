// What a revision changes, for the moderator: pure, so it is unit-tested and runs anywhere.

export type LineChange = { type: 'same' | 'added' | 'removed'; text: string };

// Beyond this many cells the LCS table costs too much memory; the middle is then shown as replaced.
const MAX_CELLS = 4_000_000;

/** A line diff by longest common subsequence: unchanged lines, then removals before additions at each gap. */
export function diffLines(before: string, after: string): LineChange[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
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
  | { field: string; kind: 'text'; before: string; after: string; lines: LineChange[] };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The fields that differ, in the order of `before`'s keys. Lists differ when their items or their order
 * differ; `textFields` (long texts) get a line diff.
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
        changes.push({ field, kind: 'text', before: was, after: now, lines: diffLines(was, now) });
      } else changes.push({ field, kind: 'value', before: was, after: now });
    }
  }
  return changes;
}

const isList = (v: FieldValue | undefined): v is readonly string[] => Array.isArray(v);
