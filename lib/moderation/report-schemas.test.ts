import { describe, expect, it } from 'vitest';
import { decodeResolution, encodeResolution, ReasonSchema, ReportQueueParamsSchema, ReportSchema } from './report-schemas';

describe('ReportSchema', () => {
  it('accepts a category alone, trims, lower-cases the email and drops a blank one', () => {
    expect(ReportSchema.parse({ category: 'spam', message: '  ', email: '' })).toEqual({ category: 'spam', message: '' });
    expect(ReportSchema.parse({ category: 'scam', email: ' A@B.example ' })).toMatchObject({ email: 'a@b.example' });
  });
  it('needs details for "other", and at most 2000 characters of them', () => {
    expect(ReportSchema.safeParse({ category: 'other' }).error?.issues[0]).toMatchObject({ path: ['message'], message: 'reports.errors.messageRequired' });
    expect(ReportSchema.safeParse({ category: 'other', message: 'Ничего не понятно' }).success).toBe(true);
    expect(ReportSchema.safeParse({ category: 'scam', message: 'я'.repeat(2001) }).error?.issues[0]?.message).toBe('reports.errors.messageTooLong');
  });
  it('refuses unknown categories and broken emails', () => {
    expect(ReportSchema.safeParse({ category: 'nope' }).error?.issues[0]?.message).toBe('reports.errors.category');
    expect(ReportSchema.safeParse({ category: 'scam', email: 'x@' }).error?.issues[0]?.message).toBe('reports.errors.email');
  });
});

describe('resolutions', () => {
  it('round-trips the kind and the reason', () => {
    expect(decodeResolution(encodeResolution('vacancyRemoved', 'Причина: предоплата'))).toEqual({ kind: 'vacancyRemoved', reason: 'Причина: предоплата' });
    expect(decodeResolution(encodeResolution('dismissed'))).toEqual({ kind: 'dismissed', reason: null });
    expect(decodeResolution(null)).toEqual({ kind: null, reason: null });
    expect(decodeResolution('written by hand')).toEqual({ kind: null, reason: 'written by hand' });
  });
  it('needs a real reason', () => {
    expect(ReasonSchema.safeParse(' ok ').success).toBe(false);
    expect(ReasonSchema.safeParse(undefined).error?.issues[0]?.message).toBe('reports.errors.reasonRequired');
    expect(ReasonSchema.parse('  Предоплата за обучение ')).toBe('Предоплата за обучение');
  });
});

describe('ReportQueueParamsSchema', () => {
  it('falls back on bad values', () => {
    expect(ReportQueueParamsSchema.parse({})).toEqual({ status: 'open', page: 1, done: undefined });
    expect(ReportQueueParamsSchema.parse({ status: 'nope', page: '-3', done: 'explode' })).toEqual({ status: 'open', page: 1, done: undefined });
    expect(ReportQueueParamsSchema.parse({ status: ['dismissed', 'open'], page: '2', done: 'remove' })).toEqual({ status: 'dismissed', page: 2, done: 'remove' });
  });
});
