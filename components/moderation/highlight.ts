export type TextSegment = { text: string; marked: boolean };

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into plain and marked runs for the given phrases: case-insensitive, every occurrence,
 * with overlapping, touching and duplicate phrases merged into one run. Joining the runs gives `text` back.
 */
export function splitHighlights(text: string, phrases: readonly string[]): TextSegment[] {
  const ranges: [number, number][] = [];
  for (const phrase of new Set(phrases)) {
    if (phrase.trim() === '') continue;
    const pattern = new RegExp(escapeRegExp(phrase), 'giu');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      ranges.push([m.index, m.index + m[0].length]);
      // Step one character, not one match, so "aa" marks all of "aaa".
      pattern.lastIndex = m.index + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments.filter((s) => s.text !== '' || segments.length === 1);
}
