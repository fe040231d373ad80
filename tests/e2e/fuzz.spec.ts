import fc from 'fast-check';
import { expect, test } from './support/test';

// Malformed and hostile query strings at the catalogue: whatever arrives, the answer is never a 5xx.
const PARAMS = [
  'q', 'industry', 'schedule', 'employment', 'experience', 'language', 'salaryFrom', 'salaryTo', 'currency',
  'withSalary', 'training', 'chatOnly', 'abroad', 'noNight', 'availableFrom', 'availableTo', 'tz', 'sort', 'page',
  'after', 'before',
];

const HOSTILE_VALUES = [
  '', ' ', '%00', '%', '%E0%A4%A', '%FF%FE', "'; DROP TABLE vacancies; --", '" OR 1=1 --', '<script>alert(1)</script>',
  '../../../etc/passwd', 'NaN', 'Infinity', '-Infinity', '1e309', '-1', '-0', '0', '99999999999999999999999', '0x10',
  '１２３', '12:60', '24:00', '-01:00', '9:5', 'Europe/../../x', 'Etc/GMT+99', 'UTC', 'Asia/Kathmandu', '::', '& | ! :*',
  '(((', ')))', '\\', 'оператор:*', 'a'.repeat(5000), '😀'.repeat(100), 'ecommerce,finance', '[object Object]',
];

const KNOWN_BAD = [
  '?salaryFrom=abc&page=-3&industry=nope',
  `?${PARAMS.map((p) => `${p}=%00`).join('&')}`,
  `?${Array.from({ length: 300 }, (_, i) => `industry=x${i}`).join('&')}`,
  `?${Array.from({ length: 100 }, () => 'language=en').join('&')}`,
  '?industry[]=ecommerce&industry[0]=finance&q[a]=b',
  '?page=500&sort=salary&q=оператор',
  '?page=501',
  '?page=3&after=n.99999999999999999.00000000-0000-4000-8000-000000000000&before=s.-.1.x',
  '?page=2&after=se.1.-.0.00000000-0000-4000-8000-000000000000&sort=salary',
  '?page=2&before=a.2147483648.1.00000000-0000-4000-8000-000000000000&sort=salaryAsc',
  '?availableFrom=21:00&availableTo=09:00&tz=Not/AZone',
  '?availableFrom=21:00&tz=Asia/Almaty',
  '?salaryFrom=100000&salaryTo=1&currency=rub',
  '?currency=XXX&salaryFrom=1000000000000',
  '?q=%27%22%3B--',
  '?=&&&=&q',
];

test('the catalogue answers malformed and hostile query strings without a server error', async ({ request }) => {
  test.setTimeout(180_000);
  const generated = fc.sample(
    fc.array(fc.tuple(fc.constantFrom(...PARAMS, 'utm_source', 'x', ''), fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }))), { minLength: 1, maxLength: 8 }),
    { numRuns: 120, seed: 20261125 },
  ).map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${/%/.test(v) && v.length < 12 ? v : encodeURIComponent(v)}`).join('&')}`);

  const failures: string[] = [];
  for (const [i, query] of [...KNOWN_BAD, ...generated].entries()) {
    const path = `${i % 2 ? '/en' : ''}/vacancies${query}`;
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() >= 500) failures.push(`${res.status()} ${path.slice(0, 200)}`);
    else expect(await res.text()).not.toMatch(/at \w+ \(.*:\d+:\d+\)/); // no stack traces
  }
  expect(failures).toEqual([]);
});

test('vacancy and company pages answer odd slugs with 404, not 500', async ({ request }) => {
  for (const slug of ['%00', '..%2F..%2Fetc', 'A'.repeat(500), '😀', "x'or'1'='1", '%E0%A4%A', 'ok-slug-but-missing']) {
    for (const base of ['/vacancies/', '/en/vacancies/', '/companies/']) {
      const res = await request.get(`${base}${slug}`, { maxRedirects: 0 });
      expect(res.status(), `${base}${slug}`).toBeLessThan(500);
    }
  }
});
