'use server';

import { formAction, textFields } from '@/lib/forms/form-action';
import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/accounts/form-state';
import { requireRole } from '@/lib/accounts/queries';
import { blockContact, unblockContact } from './blocked.server';

// 'use server' entry points for blocked contacts: the session and role, then blocked.server.ts checks the
// actor again and does the work. Results are FormState with keys under `blockedContacts.*`.

/** Fields: kind, value, reason. */
export const blockContactAction = formAction(async (formData: FormData): Promise<FormState> => {
  const admin = await requireRole('admin');
  const input = textFields(formData);
  const values = { kind: input.kind ?? '', value: input.value ?? '', reason: input.reason ?? '' };
  const outcome = await blockContact(admin, input);
  if (!outcome.ok) {
    if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, values };
    return { ok: false, formError: `blockedContacts.errors.${outcome.error}`, values };
  }
  revalidatePath('/[locale]/admin', 'layout');
  return { ok: true, message: 'blockedContacts.done.blocked' };
});

/** Field: id. */
export const unblockContactAction = formAction(async (formData: FormData): Promise<FormState> => {
  const admin = await requireRole('admin');
  const outcome = await unblockContact(admin, formData.get('id'));
  if (!outcome.ok) return { ok: false, formError: 'blockedContacts.errors.notFound' };
  revalidatePath('/[locale]/admin', 'layout');
  return { ok: true, message: 'blockedContacts.done.unblocked' };
});
