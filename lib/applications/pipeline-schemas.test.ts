import { describe, expect, it } from 'vitest';
import {
  BoardMoveFormSchema,
  BulkStatusChangeSchema,
  ExportFiltersSchema,
  filtersQuery,
  NoteSchema,
  NoticePreferenceSchema,
  paramsRecord,
  parseApplicationFilters,
  StatusChangeSchema,
} from './pipeline-schemas';

const UUID = '3f1c2a4e-8b6d-4c1a-9e2f-7a5b3c9d1e0f';

describe('list filters from the URL', () => {
  it('reads several statuses, a vacancy, a search and a page', () => {
    expect(parseApplicationFilters({ status: ['new', 'invited', 'new'], vacancy: UUID, q: '  Анна ', page: '3' })).toEqual({
      view: 'list', status: ['new', 'invited'], vacancy: UUID, q: 'Анна', page: 3,
    });
  });
  it('drops bad values and falls back, never throws', () => {
    expect(parseApplicationFilters({ status: ['bogus', 'hired'], vacancy: 'not-a-uuid', q: 'x'.repeat(201), page: '-2', view: 'grid' })).toEqual({
      view: 'list', status: ['hired'], vacancy: undefined, q: undefined, page: 1,
    });
    expect(parseApplicationFilters({ page: ['abc', '2'], q: ['', 'b'], vacancy: [UUID, 'x'] })).toEqual({
      view: 'list', status: [], vacancy: UUID, q: undefined, page: 1,
    });
    expect(parseApplicationFilters({})).toEqual({ view: 'list', status: [], vacancy: undefined, q: undefined, page: 1 });
    expect(parseApplicationFilters({ page: '1e9' }).page).toBe(1);
  });
  it('round-trips through the query string', () => {
    const filters = parseApplicationFilters({ status: ['viewed', 'shortlisted'], vacancy: UUID, q: '100% & co', page: '2' });
    const query = filtersQuery(filters);
    expect(query).toBe(`status=viewed&status=shortlisted&vacancy=${UUID}&q=100%25+%26+co&page=2`);
    expect(parseApplicationFilters(paramsRecord(new URLSearchParams(query)))).toEqual(filters);
    expect(filtersQuery(filters, { page: 1 })).not.toContain('page=');
  });
  it('keeps the board view in the URL, and leaves the list (the default) out', () => {
    const board = parseApplicationFilters({ view: ['board', 'list'], status: 'new' });
    expect(board.view).toBe('board');
    expect(filtersQuery(board)).toBe('view=board&status=new');
    expect(filtersQuery(board, { view: 'list' })).toBe('status=new');
    expect(parseApplicationFilters(paramsRecord(new URLSearchParams(filtersQuery(board))))).toEqual(board);
  });
});

describe('export filters', () => {
  it('accepts good values and refuses bad ones with message keys', () => {
    expect(ExportFiltersSchema.parse(paramsRecord(new URLSearchParams(`status=new&vacancy=${UUID}`)))).toEqual({ status: ['new'], vacancy: UUID, q: undefined });
    const bad = ExportFiltersSchema.safeParse(paramsRecord(new URLSearchParams('status=bogus&vacancy=1')));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(['applications.errors.status', 'applications.errors.vacancy']);
  });
});

describe('status change', () => {
  it('keeps the mail only for invite and reject', () => {
    expect(StatusChangeSchema.parse({ status: 'invited', sendMail: 'on', message: ' Привет ' })).toEqual({ status: 'invited', sendMail: true, message: 'Привет' });
    expect(StatusChangeSchema.parse({ status: 'shortlisted', sendMail: 'on', message: '' })).toEqual({ status: 'shortlisted', sendMail: false, message: '' });
    expect(StatusChangeSchema.parse({ status: 'rejected' })).toEqual({ status: 'rejected', sendMail: false, message: '' });
  });
  it('refuses employer-only statuses, an empty mail and an overlong one', () => {
    for (const status of ['new', 'withdrawn', 'bogus', undefined]) expect(StatusChangeSchema.safeParse({ status }).success).toBe(false);
    expect(StatusChangeSchema.safeParse({ status: 'invited', sendMail: 'on', message: '  ' }).error?.issues[0]).toMatchObject({
      path: ['message'], message: 'applications.errors.messageRequired',
    });
    expect(StatusChangeSchema.safeParse({ status: 'rejected', message: 'x'.repeat(5001) }).success).toBe(false);
  });
});

describe('board move and bulk change', () => {
  it('takes a status and the standard-letter checkbox', () => {
    expect(BoardMoveFormSchema.parse({ applicationId: UUID, status: 'rejected', sendMail: 'on' })).toEqual({ applicationId: UUID, status: 'rejected', sendMail: true });
    expect(BoardMoveFormSchema.parse({ applicationId: UUID, status: 'viewed' })).toEqual({ applicationId: UUID, status: 'viewed', sendMail: false });
    expect(BoardMoveFormSchema.safeParse({ applicationId: 'x', status: 'viewed' }).error?.issues[0]?.message).toBe('applications.refused.notFound');
    expect(BoardMoveFormSchema.safeParse({ applicationId: UUID, status: 'withdrawn' }).success).toBe(false);
  });
  it('takes one id or several, once each, up to 100', () => {
    expect(BulkStatusChangeSchema.parse({ ids: UUID, status: 'shortlisted' })).toEqual({ ids: [UUID], status: 'shortlisted', sendMail: false });
    expect(BulkStatusChangeSchema.parse({ ids: [UUID, UUID], status: 'invited', sendMail: 'on' }).ids).toEqual([UUID]);
    expect(BulkStatusChangeSchema.safeParse({ status: 'invited' }).error?.issues[0]).toMatchObject({ path: ['ids'], message: 'applications.errors.noneSelected' });
    expect(BulkStatusChangeSchema.safeParse({ ids: Array(101).fill(UUID), status: 'invited' }).error?.issues[0]?.message).toBe('applications.errors.tooMany');
    expect(BulkStatusChangeSchema.safeParse({ ids: ['1'], status: 'invited' }).success).toBe(false);
  });
});

describe('note and notice preference', () => {
  it('takes 1–2000 characters', () => {
    expect(NoteSchema.safeParse({ body: ' ' }).success).toBe(false);
    expect(NoteSchema.safeParse({ body: 'x'.repeat(2001) }).success).toBe(false);
    expect(NoteSchema.parse({ body: ' Звонить после 18:00 ' })).toEqual({ body: 'Звонить после 18:00' });
  });
  it('knows two modes', () => {
    expect(NoticePreferenceSchema.safeParse({ mode: 'daily' }).success).toBe(true);
    expect(NoticePreferenceSchema.safeParse({ mode: 'weekly' }).success).toBe(false);
  });
});
