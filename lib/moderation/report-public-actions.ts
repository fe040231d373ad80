'use server';

import { formAction, readForm, replyOutcome } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { clientIp } from '@/lib/accounts/rate-limit.server';
import { submitReport } from './report.server';

// The public "report this vacancy" form. No session: report.server.ts validates, finds the open
// vacancy and applies the per-address limits; here we add the address and the thank-you redirect.


export const submitReportAction = formAction(async (formData) => {
  const input = textFields(formData);
  const outcome = await submitReport(input.vacancy ?? '', input, { ip: await clientIp() });
  if (!outcome.ok) {
    // The honeypot is never sent back: a bot learns nothing from the answer.
    formData.delete('website');
    return replyOutcome(readForm(formData), outcome, { fixFields: 'reports.errors.fixFields', refused: 'reports.errors' });
  }
  // Post/redirect/get: a reload of the thank-you page does not send the report again.
  return redirect({ href: { pathname: `/vacancies/${outcome.value.slug}/report`, query: { sent: '1' } }, locale: await getLocale() });
});
