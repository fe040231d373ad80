import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates Russian', () => {
    expect(slugify('Оператор чата на ночные смены')).toBe('operator-chata-na-nochnye-smeny');
    expect(slugify('Щука и ёжик')).toBe('shchuka-i-ezhik');
  });
  it('keeps English and digits, collapses punctuation', () => {
    expect(slugify('  L2 Support — SaaS (EN/DE)!  ')).toBe('l2-support-saas-en-de');
  });
  it('drops accents and unknown scripts', () => {
    expect(slugify('Café Ünïcode 客服')).toBe('cafe-unicode');
  });
  it('respects the maximum length without a trailing dash', () => {
    const slug = slugify('a'.repeat(10) + ' ' + 'b'.repeat(60), 12);
    expect(slug).toBe('aaaaaaaaaa-b');
    expect(slugify('abc def', 4)).toBe('abc');
  });
  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});
