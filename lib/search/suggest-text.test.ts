import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likePrefix, normalizeSearchText, queryWords, swapKeyboardLayout, wordStartPattern } from './suggest-text';

describe('normalizeSearchText', () => {
  it('lower-cases, folds ё into е and collapses white space', () => {
    expect(normalizeSearchText('  Оператор\tЧАТА   Ёлки\n')).toBe('оператор чата елки');
    expect(normalizeSearchText('Support  Agent')).toBe('support agent');
  });

  it('is idempotent and never leaves double or edge spaces', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeSearchText(text);
        expect(normalizeSearchText(once)).toBe(once);
        expect(once).not.toMatch(/\s\s|^\s|\s$/);
      }),
    );
  });
});

describe('queryWords', () => {
  it('keeps runs of letters and digits only', () => {
    expect(queryWords('чат-оператор (2/2), l2')).toEqual(['чат', 'оператор', '2', '2', 'l2']);
    expect(queryWords('!!! ---')).toEqual([]);
  });

  it('stops at six words', () => {
    expect(queryWords('a b c d e f g h')).toHaveLength(6);
  });
});

describe('likePrefix', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(likePrefix('100%_скидка\\')).toBe('100\\%\\_скидка\\\\%');
    expect(likePrefix('опе')).toBe('опе%');
  });
});

describe('wordStartPattern', () => {
  it('matches the word at the start or after a separator, not inside a word', () => {
    // JavaScript's regex is close enough to PostgreSQL's for this class with the u flag spelled out.
    const re = new RegExp(wordStartPattern('под').replace('[^[:alnum:]]', '[^\\p{L}\\p{N}]'), 'u');
    expect(re.test('чат-поддержки')).toBe(true);
    expect(re.test('поддержка')).toBe(true);
    expect(re.test('(поддержка)')).toBe(true);
    expect(re.test('оподдержка')).toBe(false);
  });
});

describe('swapKeyboardLayout', () => {
  it('reads Latin letters typed on a Russian layout as Cyrillic and back', () => {
    expect(swapKeyboardLayout('jgthfnjh')).toBe('оператор');
    expect(swapKeyboardLayout('Rfpf[crbq')).toBe('казахский');
    expect(swapKeyboardLayout('ыгззщке')).toBe('support');
    expect(swapKeyboardLayout('сфдд')).toBe('call');
  });

  it('maps the punctuation keys that are letters on ЙЦУКЕН', () => {
    expect(swapKeyboardLayout('vtytl;th')).toBe('менеджер');
    expect(swapKeyboardLayout(',fyr')).toBe('банк');
  });

  it('leaves mixed or letterless text alone', () => {
    expect(swapKeyboardLayout('чат chat')).toBeNull();
    expect(swapKeyboardLayout('2/2')).toBeNull();
    expect(swapKeyboardLayout('')).toBeNull();
  });

  it('swapping twice gives the lower-cased letters back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{1,20}$/), (text) => {
        const swapped = swapKeyboardLayout(text);
        if (swapped === null) return;
        expect(swapKeyboardLayout(swapped)).toBe(text);
      }),
    );
  });
});
