import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from './edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('оператор', 'оператор')).toBe(0);
    expect(editDistance('оператр', 'оператор')).toBe(1);
    expect(editDistance('опретор', 'оператор')).toBe(2);
    expect(editDistance('поддеркжа', 'поддержка')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('allows more edits in longer words', () => {
    expect([3, 6, 12].map(allowedEdits)).toEqual([1, 2, 3]);
  });
});
