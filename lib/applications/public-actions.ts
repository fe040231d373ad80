'use server';

import { formAction, readForm, reply, replyOutcome } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import { clientIp } from '@/lib/accounts/rate-limit.server';
import { submitApplication, withdrawApplication } from './apply.server';
import { requestVisitor } from './click.server';
import { requestApplicationsLink } from './link.server';

// The candidate's entry points: no session, so the core functions' own defences (honeypot, fill time,
// rate limits, open-vacancy check) are the guard. Every refusal sends back what was typed.

/** The address the confirmation went to (success panel), or the name of a file to choose again (refusal). */
export type ApplyReplyData = { sentTo?: string; cvFileName?: string };

/** The name of a chosen file, sent back so the form can ask for it again (a browser cannot refill a file input). */
const chosenFile = (value: FormDataEntryValue | null): ApplyReplyData =>
  value instanceof Blob && 'name' in value && typeof value.name === 'string' && value.name !== '' ? { cvFileName: value.name.slice(0, 200) } : {};

export const applyAction = formAction<ApplyReplyData>(async (formData) => {
  const input = textFields(formData);
  const cvFile = formData.get('cvFile');
  const visitor = await requestVisitor();
  const outcome = await submitApplication(input.vacancyId ?? '', { ...input, cvFile }, { ip: visitor.ip, userAgent: visitor.userAgent, now: new Date() });
  // The honeypot and the file never travel back; the file's name does, so the form can ask for it again.
  formData.delete('website');
  formData.delete('cvFile');
  const submission = readForm(formData);
  if (outcome.ok) return reply(submission, { notice: 'apply.success.title', data: { sentTo: outcome.value.email } });
  const refusal = replyOutcome<ApplyReplyData>(submission, outcome, { fixFields: 'apply.errors.fixFields', refused: 'apply.errors' });
  return { ...refusal, data: chosenFile(cvFile) };
});

/** The confirm button on the withdraw page (a GET never withdraws: mail scanners follow links). */
export const withdrawAction = formAction(async (formData) => {
  const outcome = await withdrawApplication(String(formData.get('token') ?? ''));
  return replyOutcome(readForm(formData), outcome, { refused: 'apply.errors', notice: 'apply.withdraw.done' });
});

/** "Send me a link to my applications" on /applications: the same answer whether the address applied or not. */
export const requestApplicationsLinkAction = formAction(async (formData) => {
  const outcome = await requestApplicationsLink(textFields(formData), { ip: await clientIp() });
  if (!outcome.ok && outcome.error !== 'invalid') return reply(readForm(formData), { formError: 'applicationsLink.rateLimited' });
  return replyOutcome(readForm(formData), outcome, { refused: 'applicationsLink', notice: 'applicationsLink.sent' });
});
