import { describe, expect, it } from 'vitest';
import { chooseActiveCompany, pickActiveCompany } from './active-company';

const A = { id: '11111111-1111-4111-8111-111111111111', name: 'A' };
const B = { id: '22222222-2222-4222-8222-222222222222', name: 'B' };
const FOREIGN = '33333333-3333-4333-8333-333333333333';

describe('the active company', () => {
  it('is the one the cookie names when the person is its member', () => {
    expect(pickActiveCompany([A, B], B.id)).toBe(B);
  });

  it('falls back to the first company for no cookie, a stale or a forged one', () => {
    expect(pickActiveCompany([A, B], undefined)).toBe(A);
    expect(pickActiveCompany([A, B], FOREIGN)).toBe(A);
    expect(pickActiveCompany([A, B], 'not-a-uuid')).toBe(A);
    expect(pickActiveCompany([], A.id)).toBeNull();
  });

  it('switches only to a company the person is a member of', () => {
    expect(chooseActiveCompany({ companies: [A, B] }, { companyId: B.id })).toEqual({ ok: true, companyId: B.id });
    expect(chooseActiveCompany({ companies: [A, B] }, { companyId: FOREIGN })).toEqual({ ok: false, error: 'notMember' });
    expect(chooseActiveCompany({ companies: [] }, { companyId: A.id })).toEqual({ ok: false, error: 'notMember' });
  });

  it('refuses malformed input', () => {
    for (const input of [{}, { companyId: '' }, { companyId: 'x' }, { companyId: null }, { companyId: [A.id] }, null, 'A']) {
      expect(chooseActiveCompany({ companies: [A] }, input)).toEqual({ ok: false, error: 'invalid' });
    }
  });
});
