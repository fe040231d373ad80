// The scored text and the tools the signals share. Matching runs on a normalized copy of the same length,
// so every match maps back to the exact substring of what the employer wrote (for highlighting).

export type Match = { start: number; end: number; text: string };

type Spans = { starts: number[]; ends: number[] };

export type RiskText = {
  /** Fields joined by blank lines, so no phrase spans two fields. */
  raw: string;
  /** `raw` with look-alike letters unified, ё → е, curly quotes and no-break spaces made plain; same length. */
  norm: string;
  /** Sentence and clause delimiters, found once so that context lookups stay cheap on long texts. */
  breaks: { sentence: Spans; clauseStart: Spans; clauseEnd: Spans };
};

// Scammers swap letters for look-alikes of the other alphabet ("Oплата" with a Latin O) to dodge filters.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const SIMPLE_CHARS: Record<string, string> = { ё: 'е', Ё: 'Е', '\u00a0': ' ', '\u2019': "'", '\u2018': "'" };

function unifyScript(word: string): string {
  const cyrillic = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (word.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic === 0 || latin === 0) return word;
  const map = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  return [...word].map((ch) => map[ch] ?? ch).join('');
}

export function normalize(raw: string): string {
  // Every replacement is one UTF-16 unit for one, so offsets in `norm` are offsets in `raw`.
  return raw.replace(/\p{L}+/gu, unifyScript).replace(/[ёЁ\u00a0\u2018\u2019]/g, (ch) => SIMPLE_CHARS[ch] ?? ch);
}


const GAP = '(?:\\s+[^\\s.!?;,]+){0,3}?\\s+';
const LONG_GAP = '(?:\\s+[^\\s.!?;,]+){0,6}?\\s+';

/**
 * Compiles a lexicon entry into a whole-word, case-insensitive regex. In `source`: `~` is the rest of a
 * word (Russian endings: "оплат~" covers оплата, оплатить, оплатите), a space is any whitespace (" ?"
 * optional whitespace), `…` is zero to three words in between ("оплат~…обучени~" matches "оплатить курс обучения"),
 * `⋯` zero to six.
 */
export function rx(source: string): RegExp {
  const body = source.replaceAll('…', GAP).replaceAll('⋯', LONG_GAP).replaceAll('~', '\\p{L}*').replaceAll(' ?', '\\s?').replaceAll(' ', '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Every match of a global regex, by exec on the regex itself: String#matchAll clones the regex per call,
 * and recompiling the \\p{L} classes under /iu costs about a millisecond each time.
 */
export function* eachMatch(pattern: RegExp, value: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      if (m[0] === '') pattern.lastIndex += 1;
      yield m;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** `pattern.test(value)` for the global regexes rx makes, without leaking their lastIndex. */
export function hasMatch(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(value);
  pattern.lastIndex = 0;
  return found;
}

/** All matches of the patterns, earliest first; overlapping matches keep the longest. */
export function findAll(text: RiskText, patterns: readonly RegExp[]): Match[] {
  const found: Match[] = [];
  for (const pattern of patterns) {
    if (!pattern.global) throw new Error(`Pattern must be global: ${pattern.source}`);
    for (const m of eachMatch(pattern, text.norm)) {
      if (!m[0]) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: text.raw.slice(m.index, m.index + m[0].length) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

// A full stop ends a sentence only before whitespace, so "bit.ly" and "1.5" stay inside one.
const SENTENCE_END = /[.!?…;]+(?=\s|$)|\n/g;
// Before a phrase, a dash or a comma starts a new thought ("Без опыта — оплатите курс").
const CLAUSE_START = /[.!?…;]+(?=\s|$)|\n|[,:()«»"—–]|\s-\s/g;
// After a phrase, a dash often introduces its own qualifier ("Оплата обучения — за счёт компании").
const CLAUSE_END = /[.!?…;]+(?=\s|$)|\n|[,:()«»"]/g;

function spans(norm: string, delimiter: RegExp): Spans {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of eachMatch(delimiter, norm)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

export function makeText(parts: readonly (string | null | undefined)[]): RiskText {
  const raw = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
  const norm = normalize(raw);
  return {
    raw,
    norm,
    breaks: { sentence: spans(norm, SENTENCE_END), clauseStart: spans(norm, CLAUSE_START), clauseEnd: spans(norm, CLAUSE_END) },
  };
}

/** Index of the first value >= target in a sorted array (its length when there is none). */
function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the text after the last delimiter that ends at or before `from` begins. */
function lastBoundary({ ends }: Spans, from: number): number {
  const i = lowerBound(ends, from + 1) - 1;
  return i >= 0 ? ends[i]! : 0;
}

/** Where the first delimiter at or after `from` begins. */
function nextBoundary({ starts }: Spans, from: number, length: number): number {
  const i = lowerBound(starts, from);
  return i < starts.length ? starts[i]! : length;
}

export const sentenceBefore = (t: RiskText, m: Match) => t.norm.slice(lastBoundary(t.breaks.sentence, m.start), m.start);
export const sentenceAfter = (t: RiskText, m: Match) => t.norm.slice(m.end, nextBoundary(t.breaks.sentence, m.end, t.norm.length));
export const clauseBefore = (t: RiskText, m: Match) => t.norm.slice(lastBoundary(t.breaks.clauseStart, m.start), m.start);
export const clauseAfter = (t: RiskText, m: Match) => t.norm.slice(m.end, nextBoundary(t.breaks.clauseEnd, m.end, t.norm.length));
export const sentenceOf = (t: RiskText, m: Match) => `${sentenceBefore(t, m)}${t.norm.slice(m.start, m.end)}${sentenceAfter(t, m)}`;

export function lastWords(value: string, count: number): string {
  return value.split(/\s+/).filter(Boolean).slice(-count).join(' ');
}

export function firstWords(value: string, count: number): string {
  return value.split(/\s+/).filter(Boolean).slice(0, count).join(' ');
}

/** Distinct phrases in order of appearance. */
export const phrasesOf = (matches: readonly Match[]) => [...new Set(matches.map((m) => m.text))];
