'use server';

import { formAction, textFields } from '@/lib/forms/form-action';
import { keepTyped, type FormState } from '@/lib/accounts/form-state';
import { clientIp } from '@/lib/accounts/rate-limit.server';
import { submitApplication, withdrawApplication } from './apply.server';
import { requestApplicationsLink } from './link.server';

// The candidate's entry points: no session, so the core functions' own defences (honeypot, fill time,
// rate limits, open-vacancy check) are the guard. Every refusal sends back what was typed.

/** FormState plus the address the confirmation went to, for the success panel. */
export type ApplyState = FormState & { sentTo?: string };


/** The name of a chosen file, sent back so the form can ask for it again (a browser cannot refill a file input). */
const chosenFile = (value: FormDataEntryValue | null): Record<string, string> =>
  value instanceof Blob && 'name' in value && typeof value.name === 'string' && value.name !== '' ? { cvFileName: value.name.slice(0, 200) } : {};

export const applyAction = formAction(async (formData: FormData): Promise<ApplyState> => {
  const input = textFields(formData);
  const cvFile = formData.get('cvFile');
  const outcome = await submitApplication(input.vacancyId ?? '', { ...input, cvFile }, { ip: await clientIp(), now: new Date() });
  if (outcome.ok) return { ok: true, message: 'apply.success.title', sentTo: outcome.value.email };
  const values = { ...keepTyped(input), ...chosenFile(cvFile) };
  if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, formError: 'apply.errors.fixFields', values };
  return { ok: false, formError: `apply.errors.${outcome.error}`, values };
});

/** The confirm button on the withdraw page (a GET never withdraws: mail scanners follow links). */
export const withdrawAction = formAction(async (formData: FormData): Promise<FormState> => {
  const outcome = await withdrawApplication(String(formData.get('token') ?? ''));
  return outcome.ok ? { ok: true, message: 'apply.withdraw.done' } : { ok: false, formError: `apply.errors.${outcome.error}` };
});

/** "Send me a link to my applications" on /applications: the same answer whether the address applied or not. */
export const requestApplicationsLinkAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const outcome = await requestApplicationsLink(input, { ip: await clientIp() });
  if (outcome.ok) return { ok: true, message: 'applicationsLink.sent' };
  if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, values: keepTyped(input) };
  return { ok: false, formError: 'applicationsLink.rateLimited', values: keepTyped(input) };
});
