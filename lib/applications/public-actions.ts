'use server';

import { formAction } from '@/lib/forms/form-action';
import { keepTyped, type FormState } from '@/lib/accounts/form-state';
import { clientIp } from '@/lib/accounts/rate-limit-actions';
import { submitApplication, withdrawApplication } from './apply-actions';

// The candidate's entry points: no session, so the core functions' own defences (honeypot, fill time,
// rate limits, open-vacancy check) are the guard. Every refusal sends back what was typed.

/** FormState plus the address the confirmation went to, for the success panel. */
export type ApplyState = FormState & { sentTo?: string };

const fields = (formData: FormData) =>
  Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;

export const applyAction = formAction(async (formData: FormData): Promise<ApplyState> => {
  const input = fields(formData);
  const outcome = await submitApplication(input.vacancyId ?? '', input, { ip: await clientIp(), now: new Date() });
  if (outcome.ok) return { ok: true, message: 'apply.success.title', sentTo: outcome.value.email };
  const values = keepTyped(input);
  if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, formError: 'apply.errors.fixFields', values };
  return { ok: false, formError: `apply.errors.${outcome.error}`, values };
});

/** The confirm button on the withdraw page (a GET never withdraws: mail scanners follow links). */
export const withdrawAction = formAction(async (formData: FormData): Promise<FormState> => {
  const outcome = await withdrawApplication(String(formData.get('token') ?? ''));
  return outcome.ok ? { ok: true, message: 'apply.withdraw.done' } : { ok: false, formError: `apply.errors.${outcome.error}` };
});
