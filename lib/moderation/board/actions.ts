'use server';

import { revalidatePath } from 'next/cache';
import { formAction, readForm, reply, replyOutcome } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import { requireRole } from '@/lib/accounts/queries';
import { blockContact, unblockContact } from './blocked.server';

// 'use server' entry points for blocked contacts: the session and role, then blocked.server.ts checks the
// actor again and does the work. Results are form replies with keys under `blockedContacts.*`.

/** Fields: kind, value, reason. */
export const blockContactAction = formAction(async (formData) => {
  const admin = await requireRole('admin');
  const outcome = await blockContact(admin, textFields(formData));
  if (outcome.ok) revalidatePath('/[locale]/admin', 'layout');
  return replyOutcome(readForm(formData), outcome, { refused: 'blockedContacts.errors', notice: 'blockedContacts.done.blocked', reset: true });
});

/** Field: id. */
export const unblockContactAction = formAction(async (formData) => {
  const admin = await requireRole('admin');
  const outcome = await unblockContact(admin, formData.get('id'));
  if (!outcome.ok) return reply(readForm(formData), { formError: 'blockedContacts.errors.notFound' });
  revalidatePath('/[locale]/admin', 'layout');
  return reply(readForm(formData), { notice: 'blockedContacts.done.unblocked' });
});
