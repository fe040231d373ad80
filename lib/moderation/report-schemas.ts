import '@/lib/zod-setup';
import { z } from 'zod';
import { REPORT_CATEGORIES } from '@/lib/vocabularies';

const E = (key: string) => `reports.errors.${key}`;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const REPORT_MESSAGE_MAX = 2000;
export const RESOLUTION_REASON_MAX = 1000;

/** The public "report this vacancy" form; no account needed. */
export const ReportSchema = z
  .object({
    category: z.enum(REPORT_CATEGORIES, { error: E('category') }),
    message: z.string().trim().max(REPORT_MESSAGE_MAX, E('messageTooLong')).default(''),
    email: z.preprocess(blank, z.string().trim().toLowerCase().max(254, E('emailTooLong')).pipe(z.email(E('email'))).optional()),
  })
  .superRefine((value, ctx) => {
    // "Other" says nothing by itself: the moderator needs to know what is wrong.
    if (value.category === 'other' && value.message === '') {
      ctx.addIssue({ code: 'custom', path: ['message'], message: E('messageRequired') });
    }
  });

export type ReportInput = z.infer<typeof ReportSchema>;

/** A moderator's reason for removing, warning or blocking: the employer reads it. */
export const ReasonSchema = z
  .string({ error: E('reasonRequired') })
  .trim()
  .min(3, E('reasonRequired'))
  .max(RESOLUTION_REASON_MAX, E('reasonTooLong'));

/** Dismissing needs no reason, but a given one is kept. */
export const OptionalReasonSchema = z.preprocess(blank, z.string().trim().max(RESOLUTION_REASON_MAX, E('reasonTooLong')).optional());

export const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What an admin can do from the reports queue (the buttons of its form). */
export const RESOLVE_OPERATIONS = ['remove', 'warn', 'block', 'unblock', 'dismiss'] as const;
export type ResolveOperation = (typeof RESOLVE_OPERATIONS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** `/admin/reports` search params; bad values fall back to the defaults. `done` names the decision just taken. */
export const ReportQueueParamsSchema = z.object({
  status: z.preprocess(first, z.enum(REPORT_STATUSES).catch('open')),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)),
  done: z.preprocess(first, z.enum(RESOLVE_OPERATIONS).optional().catch(undefined)),
});

/** How a report was closed; stored as `<kind>` or `<kind>: <reason>` in scam_reports.resolution. */
export const RESOLUTION_KINDS = ['vacancyRemoved', 'companyWarned', 'companyBlocked', 'dismissed'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];
export type Resolution = { kind: ResolutionKind | null; reason: string | null };

export function encodeResolution(kind: ResolutionKind, reason?: string | null): string {
  return reason ? `${kind}: ${reason}` : kind;
}

export function decodeResolution(stored: string | null): Resolution {
  if (!stored) return { kind: null, reason: null };
  const split = stored.indexOf(':');
  const head = split === -1 ? stored : stored.slice(0, split);
  const kind = (RESOLUTION_KINDS as readonly string[]).includes(head) ? (head as ResolutionKind) : null;
  if (!kind) return { kind: null, reason: stored };
  return { kind, reason: split === -1 ? null : stored.slice(split + 1).trim() || null };
}
