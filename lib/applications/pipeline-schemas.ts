import '@/lib/zod-setup';
import { z } from 'zod';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/vocabularies';
import { canMailOn, EMPLOYER_STATUSES } from './pipeline';
import { LenientSearchTextSchema, SEARCH_TEXT_MAX, searchText } from '@/lib/forms/search-text';

// One schema per input of the employer's pipeline (HOUSE_STYLE rule 4): forms, actions and the list URL.

const E = (key: string) => `applications.errors.${key}`;

export const PAGE_SIZE = 25;
export const NOTE_MAX = 2000;
export const MESSAGE_MAX = 5000;
export const NOTICE_MODES = ['immediate', 'daily'] as const;
/** At most this many applications in one bulk change: a page of the list is 25. */
export const BULK_MAX = 100;
export type NoticeMode = (typeof NOTICE_MODES)[number];

/** An unticked checkbox sends nothing; a ticked one sends "on" (or "true" from scripts). */
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

export const StatusChangeSchema = z
  .object({
    status: z.enum(EMPLOYER_STATUSES, { error: E('status') }),
    sendMail: checkbox.default(false),
    message: z.string().trim().max(MESSAGE_MAX, E('messageTooLong')).default(''),
  })
  .transform((v) => ({ ...v, sendMail: v.sendMail && canMailOn(v.status) }))
  .superRefine((v, ctx) => {
    if (v.sendMail && !v.message) ctx.addIssue({ code: 'custom', path: ['message'], message: E('messageRequired') });
  });
export type StatusChangeInput = z.infer<typeof StatusChangeSchema>;

/** A move from the board: the status and, on invite or reject, whether to send the standard letter. */
export const QuickMoveSchema = z.object({
  status: z.enum(EMPLOYER_STATUSES, { error: E('status') }),
  sendMail: checkbox.default(false),
});

/** The board's move form: the same, with the application it moves. */
export const BoardMoveFormSchema = QuickMoveSchema.extend({ applicationId: z.uuid({ error: 'applications.refused.notFound' }) });

/** Several applications to one status (the list's checkboxes); the optional mail is the standard text. */
export const BulkStatusChangeSchema = z.object({
  ids: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid({ error: E('noneSelected') })).min(1, E('noneSelected')).max(BULK_MAX, E('tooMany')),
  ).transform((ids) => [...new Set(ids)]),
  status: z.enum(EMPLOYER_STATUSES, { error: E('status') }),
  sendMail: checkbox.default(false),
});
export type BulkStatusChangeInput = z.infer<typeof BulkStatusChangeSchema>;

export const NoteSchema = z.object({
  body: z.string().trim().min(1, E('noteRequired')).max(NOTE_MAX, E('noteTooLong')),
});

/** The note form: the note and the application it belongs to. */
export const NoteFormSchema = NoteSchema.extend({ applicationId: z.uuid({ error: 'applications.refused.notFound' }) });

export const NoticePreferenceSchema = z.object({
  mode: z.enum(NOTICE_MODES, { error: E('noticeMode') }),
});

// ---- The list's URL state -------------------------------------------------------------------

type RawParams = Record<string, string | string[] | undefined>;
const many = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const APPLICATION_VIEWS = ['list', 'board'] as const;
export type ApplicationView = (typeof APPLICATION_VIEWS)[number];

export type ApplicationFilters = {
  view: ApplicationView;
  status: ApplicationStatus[];
  vacancy?: string;
  q?: string;
  page: number;
};

const isStatus = (s: unknown): s is ApplicationStatus => (APPLICATION_STATUSES as readonly unknown[]).includes(s);

/** The list page's URL: a bad value is dropped (status, vacancy, q) or falls back (page 1), never an error. */
const LenientFiltersSchema = z.object({
  view: z.preprocess(one, z.enum(APPLICATION_VIEWS).catch('list')),
  status: z.preprocess(many, z.array(z.unknown())).transform((list) => [...new Set(list.filter(isStatus))]),
  vacancy: z.preprocess((v) => blank(one(v)), z.uuid().optional().catch(undefined)),
  q: LenientSearchTextSchema,
  page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).catch(1)),
});

/** The export's URL: the same parameters, but a bad value is a 400 with details instead of a silent fallback. */
export const ExportFiltersSchema = z.object({
  status: z.preprocess(many, z.array(z.enum(APPLICATION_STATUSES, { error: E('status') })).max(APPLICATION_STATUSES.length, E('status'))),
  vacancy: z.preprocess((v) => blank(one(v)), z.uuid({ error: E('vacancy') }).optional()),
  q: z.preprocess(searchText, z.string().max(SEARCH_TEXT_MAX, E('queryTooLong')).optional()),
});

export function parseApplicationFilters(params: RawParams): ApplicationFilters {
  const f = LenientFiltersSchema.parse(params);
  return { view: f.view, status: f.status, vacancy: f.vacancy, q: f.q || undefined, page: f.page };
}

/** URLSearchParams → the record the schemas read (repeated keys become arrays). */
export function paramsRecord(search: URLSearchParams): RawParams {
  // No prototype: `?constructor=x` must be a parameter, not Object.prototype.constructor.
  const out: Record<string, string[]> = Object.create(null);
  for (const [k, v] of search) (out[k] ??= []).push(v);
  return out;
}

/** The query string of a filtered view (page 1 is left out); links and the export are built by it. */
export function filtersQuery(filters: Partial<ApplicationFilters>, patch: Partial<ApplicationFilters> = {}): string {
  const f = { ...filters, ...patch };
  const search = new URLSearchParams();
  if (f.view === 'board') search.set('view', 'board');
  for (const s of f.status ?? []) search.append('status', s);
  if (f.vacancy) search.set('vacancy', f.vacancy);
  if (f.q) search.set('q', f.q);
  if (f.page && f.page > 1) search.set('page', String(f.page));
  return search.toString();
}
