import { describe, expect, it } from 'vitest';
import { safeBackPath } from './back-path';

describe('safeBackPath', () => {
  it.each([
    ['/', '/'],
    ['/vacancies', '/vacancies'],
    ['/en/vacancies?industry=finance&industry=edtech&page=2', '/en/vacancies?industry=finance&industry=edtech&page=2'],
    ['/vacancies?q=%D0%BE%D0%BF%D0%B5%D1%80%D0%B0%D1%82%D0%BE%D1%80', '/vacancies?q=%D0%BE%D0%BF%D0%B5%D1%80%D0%B0%D1%82%D0%BE%D1%80'],
    ['/vacancies/operator-chata#apply', '/vacancies/operator-chata'],
    ['/saved/../vacancies', '/vacancies'],
    ['/companies/%2F%2Fevil.com', '/companies/%2F%2Fevil.com'],
  ])('keeps the same-site path %j', (value, expected) => {
    expect(safeBackPath(value)).toBe(expected);
  });

  it.each([
    '//evil.com',
    '//evil.com/vacancies',
    '/\\evil.com',
    '\\\\evil.com',
    '/.//evil.com',
    '/..//evil.com',
    '/%2e//evil.com',
    '/\t/evil.com',
    '/\n/evil.com',
    '/vacancies\r\nSet-Cookie: x=1',
    '/vacancies\u0000',
    'https://evil.com/',
    'http://127.0.0.1:3000/vacancies',
    'javascript:alert(1)',
    ' /vacancies',
    'vacancies',
    'data:text/html,<script>alert(1)</script>',
    '',
    `/${'a'.repeat(10_000)}`,
  ])('refuses %j', (value) => {
    expect(safeBackPath(value)).toBeNull();
  });

  it('refuses values that are not text', () => {
    for (const value of [null, undefined, 42, ['/vacancies'], {}]) expect(safeBackPath(value)).toBeNull();
  });
});
