import type { Random } from './random';

// The hostile vocabulary. "Wire" strings go into a URL or form body exactly as written (so broken
// percent-encoding stays broken); "text" strings are encoded first, as a browser would.

/** Percent-encoding that no decoder accepts, or that decodes to something nobody types. */
export const BROKEN_ENCODINGS = [
  '%00', 'a%00b', '%', '%%', '%E0%A4%A', '%E0%A4', '%FF%FE', '%C0%AF', '%ZZ', '%u0041', '%2', '%252e%252e',
  '%0d%0aSet-Cookie:%20x=1', '%ED%A0%80', '%EF%BF%BF', '%F4%90%80%80', 'x%', '%%30%30',
] as const;

export const HUGE_LENGTH = 10 * 1024;

/** Plain text values that stress parsers: wrong types, overflow, injection, odd Unicode. */
export const HOSTILE_TEXT = [
  '', ' ', '\t', 'NaN', 'Infinity', '-Infinity', '1e309', '-1', '-0', '0', '00', '1.5', '0x10', '1_000', '+1',
  '99999999999999999999999', '-99999999999999999999999', '9007199254740993', '2147483648', '-2147483649',
  '１２３', '٣', '12:60', '24:00', '-01:00', '9:5', '23:59:59', '25:00', ':', 'Europe/../../x', 'Etc/GMT+99',
  'Not/AZone', 'UTC', 'Asia/Kathmandu', 'true', 'false', 'null', 'undefined', '[object Object]', '[]', '{}',
  '{"a":1}', '__proto__', 'constructor', 'ecommerce', 'shift', 'RUB', 'usd', 'salary', 'new', 'admin', 'employer',
  'published', 'open', 'native', 'C2', "'; DROP TABLE vacancies; --", '" OR 1=1 --', "' OR '1'='1",
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '../../../etc/passwd', '..\\..\\windows', '\\',
  '(((', ')))', '& | ! :*', '!!!', "'", 'оператор:*', 'поддержка & клиентов', '😀😀😀', '👨‍👩‍👧', 'é', 'ＡＢＣ',
  '\u202eevil', '\u200b', '\u0000', 'a\u0000b', 'a\r\nb', '\ud800', 'javascript:alert(1)', '//evil.com',
  'http://evil.com', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g', 'a@', '@b', 'a@b', '"a"@b.c', 'x'.repeat(255),
] as const;

/** `callbackUrl`s Auth.js must never follow, plus a few it may. */
export const HOSTILE_CALLBACK_URLS = [
  'ru', 'en', 'employer', '//evil.com', '///evil.com', '/\\evil.com', '\\\\evil.com', 'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)', 'java\tscript:alert(1)', 'http://evil.com', 'https://evil.com/employer',
  'http://127.0.0.1@evil.com', 'http://evil.com#@127.0.0.1', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'ftp://evil.com', 'http://[::1', 'http://%E0%A4%A', '\u0000', '/employer\u0000',
  '/%2F%2Fevil.com', '/../evil', '', ' ', '/employer', '/en/admin', 'x'.repeat(HUGE_LENGTH),
] as const;

/** A wire-ready value: broken encodings as they are, text encoded, now and then 10 kB of it. */
export function wireValue(r: Random): string {
  const kind = r.weighted([
    [4, 'broken'],
    [10, 'text'],
    [1, 'huge'],
    [1, 'unicode'],
  ] as const);
  switch (kind) {
    case 'broken':
      return r.pick(BROKEN_ENCODINGS);
    case 'text':
      return encodeText(r.pick(HOSTILE_TEXT));
    case 'huge':
      return r.chance(0.5) ? 'a'.repeat(HUGE_LENGTH) : '%00'.repeat(HUGE_LENGTH / 3);
    case 'unicode':
      return encodeText(randomUnicode(r, r.int(1, 40)));
  }
}

/** Text that may contain lone surrogates: encodeURIComponent would throw, so they go out as raw bytes. */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^%\w.~-]/g, (c) => encodeURIComponent(c));
  }
}

/** A hostile value as text (for form bodies, which carry text rather than URLs). */
export function textValue(r: Random): string {
  if (r.chance(0.05)) return 'я'.repeat(HUGE_LENGTH);
  if (r.chance(0.1)) return randomUnicode(r, r.int(1, 40));
  return r.pick(HOSTILE_TEXT);
}

const CODE_POINT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0x0, 0x1f], [0x400, 0x4ff], [0x600, 0x6ff], [0x4e00, 0x4fff], [0x1f600, 0x1f64f], [0x200b, 0x202e], [0xfff0, 0xffff],
];

export function randomUnicode(r: Random, length: number): string {
  return Array.from({ length }, () => {
    const [from, to] = r.pick(CODE_POINT_RANGES);
    return String.fromCodePoint(r.int(from, to));
  }).join('');
}
