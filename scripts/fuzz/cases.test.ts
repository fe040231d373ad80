import { describe, expect, it } from 'vitest';
import { fixedCases, generateCases, SAME_ORIGIN, type FuzzCase } from './cases';
import { createRandom } from './random';
import { CSRF_PLACEHOLDER, EMPTY_TARGETS, type Targets } from './routes';

const TARGETS: Targets = {
  ...EMPTY_TARGETS,
  vacancySlugs: ['operator-chata-1', 'support-2'],
  formVacancyIds: ['bb636c12-7f61-4f9f-b661-ca2ef964b32a'],
  vacancyIds: ['bb636c12-7f61-4f9f-b661-ca2ef964b32a'],
  companySlugs: ['tengeflow'],
  actionIds: ['7f035e0b1813a7a310f96637ad4e11a92bd87c8029'],
  employerVacancyIds: ['041ecc84-49b2-4e05-9830-cfc24534f152'],
};

const sample = (seed: number, n: number, targets = TARGETS) => [...generateCases(seed, n, targets)];

describe('generateCases', () => {
  it('gives exactly n cases, the same ones for the same seed and different ones for another', () => {
    const a = sample(42, 2000);
    expect(a).toHaveLength(2000);
    expect(sample(42, 2000)).toEqual(a);
    expect(sample(43, 2000)).not.toEqual(a);
  });

  it('starts with the fixed cases the brief names, whatever the seed', () => {
    const fixed = fixedCases();
    expect(sample(1, 100).slice(0, fixed.length)).toEqual(fixed);
    expect(fixed.map((c) => c.path)).toEqual(expect.arrayContaining(['/employer?q=a%00b', '/admin/users?q=%00', '/employer/applications?q=%00']));
    expect(sample(1, 3)).toHaveLength(3);
  });

  it('covers every kind of case, every area and every identity', () => {
    const cases = sample(7, 5000);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of ['catalogue-query', 'page-query', 'malformed-path', 'auth', 'handler', 'server-action', 'form-post', 'router-headers', 'method']) {
      expect(kinds, kind).toContain(kind);
    }
    expect(new Set(cases.map((c) => c.as))).toEqual(new Set(['anonymous', 'employer', 'admin']));
    const paths = cases.map((c) => c.path);
    for (const prefix of ['/en/vacancies?', '/vacancies?', '/employer', '/admin', '/api/auth/', '/api/employer/applications/export', '/api/vacancies/']) {
      expect(paths.some((p) => p.startsWith(prefix)), prefix).toBe(true);
    }
    expect(paths.some((p) => p.includes('%E0%A4%A'))).toBe(true);
    expect(paths.some((p) => p.length > 10_000)).toBe(true);
    expect(cases.some((c) => c.headers['next-action'] === TARGETS.actionIds[0])).toBe(true);
    expect(cases.some((c) => c.body?.includes(CSRF_PLACEHOLDER))).toBe(true);
    expect(cases.some((c) => (c.body?.length ?? 0) > 1_000_000)).toBe(true);
  });

  it('only makes requests an HTTP client can put on the wire', () => {
    const wire = /^[\x21-\x7e]+$/;
    const header = /^[\x20-\x7e]*$/;
    for (const c of sample(11, 5000)) {
      expect(c.path, JSON.stringify(c)).toMatch(/^\//);
      expect(c.path, c.path).toMatch(wire);
      expect(c.method).toMatch(/^[A-Z]+$/);
      for (const [name, value] of Object.entries(c.headers)) {
        expect(name).toMatch(/^[a-z-]+$/);
        expect(value, `${name} of ${c.kind}`).toMatch(header);
      }
    }
  });

  it('sends Auth.js endpoints anonymously only, so a fuzzed sign-out cannot end the signed-in sessions', () => {
    const auth: FuzzCase[] = sample(5, 5000).filter((c) => c.path.startsWith('/api/auth'));
    expect(auth.length).toBeGreaterThan(100);
    expect(auth.every((c) => c.as === 'anonymous')).toBe(true);
  });

  it('never sends an apply body that could pass validation (the fuzzer must not create applications)', () => {
    for (const c of sample(9, 5000)) {
      const email = /name="(?:_1_)?email"\r\n\r\n([^\r]*)/.exec(c.body ?? '')?.[1];
      if (email !== undefined) expect(email).not.toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i);
    }
  });

  it('works before anything was discovered', () => {
    const cases = sample(3, 500, EMPTY_TARGETS);
    expect(cases).toHaveLength(500);
    expect(cases.some((c) => c.headers.origin === SAME_ORIGIN)).toBe(true);
  });
});

describe('createRandom', () => {
  it('is deterministic and stays within bounds', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const rolls = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(Array.from({ length: 1000 }, () => b.int(3, 7))).toEqual(rolls);
    expect(new Set(rolls)).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(a.hex(42)).toMatch(/^[0-9a-f]{42}$/);
  });
});
