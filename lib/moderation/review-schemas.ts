import '@/lib/zod-setup';
import { z } from 'zod';

// Inputs of the admin's decisions. Messages are keys under `moderation.errors`.
const E = (key: string) => `moderation.errors.${key}`;

export const REASON_MAX = 1000;

/** Preset rejection reasons (labels and the text the employer reads: `moderation.reject.presets.<id>`). */
export const REJECTION_PRESETS = [
  'upfrontPayment',
  'misleadingPay',
  'missingCompanyDetails',
  'contactOutside',
  'personalData',
  'duplicate',
  'prohibitedClient',
  'poorDescription',
  'other',
] as const;
export type RejectionPreset = (typeof REJECTION_PRESETS)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A rejection: a preset plus a note; the note is required when the preset is "other". */
export const RejectionSchema = z
  .object({
    preset: z.enum(REJECTION_PRESETS, { error: E('presetRequired') }),
    note: z.preprocess(blankToUndefined, z.string().trim().max(REASON_MAX, E('reasonTooLong')).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.preset === 'other' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: E('noteRequired') });
  });
export type RejectionInput = z.infer<typeof RejectionSchema>;

/** A free-text reason (blocking a user or a company, warning a company). */
export const ReasonSchema = z.object({
  reason: z.preprocess(
    (v) => (typeof v === 'string' ? v : ''),
    z.string().trim().min(1, E('reasonRequired')).max(REASON_MAX, E('reasonTooLong')),
  ),
});

const checked = (v: unknown) => v === '1' || v === 'on' || v === 'true' || v === true;

/**
 * Approving: above the risk threshold the admin must tick "I checked the reasons" (`acknowledged`). The
 * score is the stored one, never the form's, so the check cannot be talked out of.
 */
export const approvalSchema = (riskScore: number | null, threshold: number) =>
  z.object({ acknowledged: z.preprocess(checked, z.boolean()) }).superRefine((v, ctx) => {
    if (riskScore !== null && riskScore >= threshold && !v.acknowledged) {
      ctx.addIssue({ code: 'custom', path: ['acknowledged'], message: 'decisions.errors.acknowledgeRequired' });
    }
  });

/** Blocking, removing and dismissing run only with `confirm=1`, sent from the step that showed what will happen. */
export const ConfirmSchema = z.object({ confirm: z.preprocess(checked, z.boolean()) });
export const isConfirmed = (input: Record<string, unknown>) => ConfirmSchema.parse(input).confirm;
