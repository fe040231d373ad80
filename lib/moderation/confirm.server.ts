import 'server-only';
import type { Submission } from '@conform-to/zod/v4';
import { reply } from '@/lib/forms/action';
import type { Confirmation, ConfirmState } from './consequences-queries';
import { ConfirmSchema } from './review-schemas';

/**
 * The server half of "confirm with consequences": an operation runs only when the form says `confirm=1`
 * (sent by the confirmation step's button). Otherwise the admin gets the step, with what will happen
 * counted now; `intent=cancel` goes back to the plain form with the typed reason kept. Returns null when
 * the operation may run.
 */
export async function askFirst(
  submission: Submission<unknown, string[], unknown>,
  consequences: () => Promise<Confirmation | null>,
  notFound: string,
): Promise<ConfirmState | null> {
  const { confirm: _confirm, intent } = submission.payload;
  void _confirm;
  delete submission.payload.confirm;
  delete submission.payload.intent;
  if (intent === 'cancel') return { ...reply(submission), status: undefined };
  // safeParse: a confirm field sent twice or as a file is simply not a confirmation.
  if (ConfirmSchema.safeParse({ confirm: _confirm }).data?.confirm === true) return null;
  const confirm = await consequences();
  if (!confirm) return reply(submission, { formError: notFound });
  return { ...reply(submission), status: undefined, data: { confirm } };
}
