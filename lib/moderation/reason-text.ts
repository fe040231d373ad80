import type { RejectionPreset } from './review-schemas';

/**
 * The reason the employer reads, given each preset's text in the ad's language: the preset's text, then
 * the note; "other" is the note alone. review.server' composeReason writes the same (a test holds them together).
 */
export function composeReasonText(presetTexts: Partial<Record<RejectionPreset, string>>, preset: string, note: string | undefined): string {
  const trimmed = (note ?? '').trim();
  if (preset === 'other') return trimmed;
  const text = presetTexts[preset as RejectionPreset] ?? '';
  return trimmed ? `${text} ${trimmed}` : text;
}
