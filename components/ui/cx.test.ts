import { describe, expect, it } from 'vitest';
import { cx } from './cx';

describe('cx', () => {
  it('joins class names and skips falsy ones', () => {
    expect(cx('a', false, null, undefined, 'b', ['c', { d: true, e: false }])).toBe('a b c d');
  });
  it('lets a later class of the same kind win, as a caller overriding a default expects', () => {
    expect(cx('border border-line', 'border-brand-200')).toBe('border border-brand-200');
    expect(cx('bg-sand-100 text-ink-800', 'bg-red-100 text-red-800')).toBe('bg-red-100 text-red-800');
    expect(cx('px-3 py-2', 'px-5')).toBe('py-2 px-5');
  });
  it('knows the theme’s own radius and shadow names', () => {
    expect(cx('rounded-control shadow-card', 'rounded-card shadow-raised')).toBe('rounded-card shadow-raised');
  });
  it('keeps classes of different kinds that share a prefix', () => {
    expect(cx('text-sm text-ink-900', 'text-brand-700')).toBe('text-sm text-brand-700');
  });
});
