import 'server-only';
import { keepTyped } from '@/lib/accounts/form-state';
import type { Confirmation, ConfirmState } from './consequences-queries';
import { isConfirmed } from './review-schemas';

/**
 * The server half of "confirm with consequences": an operation runs only when the form says `confirm=1`
 * (sent by the confirmation step's button). Otherwise the admin gets the step, with what will happen
 * counted now; `intent=cancel` goes back to the plain form with the typed reason kept. Returns null when
 * the operation may run.
 */
export async function askFirst(
  input: Record<string, string>,
  consequences: () => Promise<Confirmation | null>,
  notFound: string,
): Promise<ConfirmState | null> {
  const { confirm: _confirm, intent, ...typed } = input;
  void _confirm;
  if (intent === 'cancel') return { ok: false, values: keepTyped(typed) };
  if (isConfirmed(input)) return null;
  const confirm = await consequences();
  if (!confirm) return { ok: false, formError: notFound };
  return { ok: false, values: keepTyped(typed), confirm };
}
