import { describe, expect, it } from 'vitest';
import { safeRequestSearch } from './request-search';

describe('safeRequestSearch', () => {
  it('keeps a query, re-encoded', () => {
    expect(safeRequestSearch('?q=чат&industry=finance')).toBe('?q=%D1%87%D0%B0%D1%82&industry=finance');
    expect(safeRequestSearch('?industry=finance&industry=edtech')).toBe('?industry=finance&industry=edtech');
  });

  it('drops what is not a query', () => {
    expect(safeRequestSearch(null)).toBe('');
    expect(safeRequestSearch('')).toBe('');
    expect(safeRequestSearch('?')).toBe('');
    expect(safeRequestSearch('//evil.example/x')).toBe('');
    expect(safeRequestSearch('https://evil.example/?q=1')).toBe('');
    expect(safeRequestSearch(`?q=${'a'.repeat(3000)}`)).toBe('');
  });

  it('cannot smuggle a fragment, a path or a new line into the link', () => {
    expect(safeRequestSearch('?q=1#x')).toBe('?q=1%23x');
    expect(safeRequestSearch('?q=a/../b')).toBe('?q=a%2F..%2Fb');
    expect(safeRequestSearch('?q=a\r\nb')).toBe('?q=a%0D%0Ab');
  });
});
