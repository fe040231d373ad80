import { describe, expect, it } from 'vitest';
import { auditDetails, auditTargetHref, auditValue, humanizeKey, isKnownAction } from './audit-format';

describe('auditDetails', () => {
  it('reads a removal as a status change, then the rest', () => {
    expect(auditDetails('vacancy.remove', { reports: ['6f1c1c52-98b4-4ad4-9a6c-2a7c1c1d1e11'], previousStatus: 'published' })).toEqual([
      { field: 'status', before: { kind: 'status', status: 'published' }, after: { kind: 'status', status: 'removed' } },
      { field: 'reports', after: { kind: 'number', value: 1 } },
    ]);
  });

  it('pairs before/after records by key and hides internal ids', () => {
    expect(auditDetails('contact.block', { before: { status: 'pending' }, after: { status: 'published', note: 'x' }, revisionId: 'r' })).toEqual([
      { field: 'status', before: { kind: 'status', status: 'pending' }, after: { kind: 'status', status: 'published' } },
      { field: 'note', after: { kind: 'text', text: 'x' } },
    ]);
  });

  it('leaves out what the sentence already says', () => {
    expect(auditDetails('contact.block', { kind: 'telegram', value: '@x' })).toEqual([]);
    expect(auditDetails('contact.other', { kind: 'telegram' })).toEqual([{ field: 'kind', after: { kind: 'contactKind', contactKind: 'telegram' } }]);
  });

  it('turns timestamps into dates, presets into presets, and nested values into text', () => {
    const [expires, preset, nested, list, flag, nothing] = auditDetails('x.y', {
      expiresAt: '2027-01-04T00:21:00.000Z', preset: 'duplicate', note: { a: 1, b: [true, null] }, tags: ['a', 2], flag: false, gone: null,
    });
    expect(expires).toEqual({ field: 'expiresAt', after: { kind: 'date', date: new Date('2027-01-04T00:21:00.000Z') } });
    expect(preset?.after).toEqual({ kind: 'preset', preset: 'duplicate' });
    expect(nested?.after).toEqual({ kind: 'text', text: 'A: 1; B: ✓, —' });
    expect(list?.after).toEqual({ kind: 'text', text: 'a, 2' });
    expect(flag?.after).toEqual({ kind: 'bool', value: false });
    expect(nothing?.after).toEqual({ kind: 'empty' });
  });

  it('survives odd data: none, a bare value, deep nesting, long text, many keys', () => {
    expect(auditDetails('a.b', null)).toEqual([]);
    expect(auditDetails('a.b', 'text')).toEqual([{ field: 'data', after: { kind: 'text', text: 'text' } }]);
    const deep = auditValue('k', { a: { b: { c: { d: 1 } } } });
    expect(deep.kind === 'text' && deep.text).toBe('A: B: {"c":{"d":1}}');
    const long = auditValue('k', 'я'.repeat(5000));
    expect(long.kind === 'text' && long.text.length).toBe(300);
    expect(auditDetails('a.b', Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])))).toHaveLength(12);
    // Not a date although it looks like one: the text stays text.
    expect(auditValue('k', '2026-13-45T99:99:00Z').kind).toBe('text');
  });
});

describe('labels and links', () => {
  it('humanizes unknown keys and knows the action codes', () => {
    expect(humanizeKey('blockedReason')).toBe('Blocked reason');
    expect(humanizeKey('ip_address')).toBe('Ip address');
    expect(isKnownAction('vacancy.approve')).toBe(true);
    expect(isKnownAction('vacancy.')).toBe(false);
  });

  it('links each kind of object to its admin page', () => {
    expect(auditTargetHref('vacancy', 'v1')).toBe('/admin/moderation/v1');
    expect(auditTargetHref('company', 'c1')).toBe('/admin/companies/c1');
    expect(auditTargetHref('user', 'u1', { email: 'a+b@x.example' })).toBe('/admin/users?q=a%2Bb%40x.example');
    expect(auditTargetHref('report', 'r1')).toBe('/admin/reports');
    expect(auditTargetHref('contact', 'k1')).toBe('/admin/contacts');
    expect(auditTargetHref('application', 'a1')).toBeNull();
  });
});
