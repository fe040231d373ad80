import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';
import { HighlightedText } from './highlighted-text';

const marked = (text: string, phrases: string[]) => splitHighlights(text, phrases).filter((s) => s.marked).map((s) => s.text);

describe('splitHighlights', () => {
  it('marks every occurrence, ignoring case, and keeps the original spelling', () => {
    expect(splitHighlights('Оплатите обучение. оплатите ОБУЧЕНИЕ!', ['оплатите обучение'])).toEqual([
      { text: 'Оплатите обучение', marked: true },
      { text: '. ', marked: false },
      { text: 'оплатите ОБУЧЕНИЕ', marked: true },
      { text: '!', marked: false },
    ]);
  });

  it('merges overlapping, touching and duplicate phrases into one run', () => {
    expect(marked('внести страховой депозит сейчас', ['внести страховой', 'страховой депозит', 'депозит'])).toEqual(['внести страховой депозит']);
    expect(marked('ab cd', ['ab', ' cd', 'ab'])).toEqual(['ab cd']);
    expect(marked('aaa', ['aa'])).toEqual(['aaa']);
  });

  it('treats phrases as text, not patterns, and skips blank ones', () => {
    expect(marked('Цена $49 (один раз)', ['$49 (один'])).toEqual(['$49 (один']);
    expect(marked('a.b axb', ['a.b'])).toEqual(['a.b']);
    expect(splitHighlights('текст', ['', '  '])).toEqual([{ text: 'текст', marked: false }]);
  });

  it('returns the text unchanged when nothing matches, including an empty text', () => {
    expect(splitHighlights('текст', ['нет'])).toEqual([{ text: 'текст', marked: false }]);
    expect(splitHighlights('', ['нет'])).toEqual([{ text: '', marked: false }]);
  });

  it('always joins back into the original text, with no empty or adjacent plain runs', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }), (text, phrases) => {
        const segments = splitHighlights(text, phrases);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        if (text !== '') expect(segments.every((s) => s.text !== '')).toBe(true);
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.marked).not.toBe(segments[i - 1]!.marked);
      }),
    );
  });
});

describe('HighlightedText', () => {
  it('wraps the phrases in <mark> and escapes the text around them', () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { text: '<b>Оплатите</b> обучение & всё', phrases: ['оплатите'] }));
    expect(html).toBe('&lt;b&gt;<mark class="rounded-sm bg-accent-100 px-0.5 text-ink-950">Оплатите</mark>&lt;/b&gt; обучение &amp; всё');
  });
});
