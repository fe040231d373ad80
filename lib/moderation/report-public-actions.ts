'use server';

import { formAction, textFields } from '@/lib/forms/form-action';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { keepTyped, type FormState } from '@/lib/accounts/form-state';
import { clientIp } from '@/lib/accounts/rate-limit.server';
import { submitReport } from './report.server';

// The public "report this vacancy" form. No session: report.server.ts validates, finds the open
// vacancy and applies the per-address limits; here we add the address and the thank-you redirect.


export const submitReportAction = formAction(async (formData: FormData): Promise<FormState> => {
  const input = textFields(formData);
  const { website: _trap, ...typed } = input;
  const outcome = await submitReport(input.vacancy ?? '', input, { ip: await clientIp() });
  if (!outcome.ok) {
    if (outcome.error === 'invalid') return { ok: false, fieldErrors: outcome.fieldErrors, formError: 'reports.errors.fixFields', values: keepTyped(typed) };
    return { ok: false, formError: `reports.errors.${outcome.error}`, values: keepTyped(typed) };
  }
  // Post/redirect/get: a reload of the thank-you page does not send the report again.
  return redirect({ href: { pathname: `/vacancies/${outcome.value.slug}/report`, query: { sent: '1' } }, locale: await getLocale() });
});
