'use server';

import { formAction, readForm, reply } from '@/lib/forms/action';
import { textFields } from '@/lib/forms/clean';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { requireRole } from '@/lib/accounts/queries';
import { blockCompany, unblockCompany, warnCompany, type CompanyActionOutcome } from './company.server';
import { dismissReports, removeVacancy, type ResolveOutcome } from './report.server';
import { OptionalReasonSchema, ReasonSchema, REPORT_STATUSES, RESOLVE_OPERATIONS, type ResolveOperation } from './report-schemas';
import { fieldErrorsOf } from '@/lib/forms/issues';
import type { AdminActor } from './audit.server';
import { askFirst } from './confirm.server';
import {
  getCompanyBlockConsequences, getDismissConsequences, getRemoveConsequences, type Confirmation, type ConfirmState,
} from './consequences-queries';
import { notePrimaryWrite } from '@/lib/db-read';

// The reports queue's decisions. requireRole('admin') answers anyone else with a 404; the core
// functions check the role again and do the work in one transaction each.


type Ids = { vacancyId: string; companyId: string };
const CONFIRMED: Partial<Record<ResolveOperation, (admin: AdminActor, ids: Ids) => Promise<Confirmation | null>>> = {
  remove: (admin, { vacancyId }) => getRemoveConsequences(admin, vacancyId),
  dismiss: (admin, { vacancyId }) => getDismissConsequences(admin, vacancyId),
  block: (admin, { companyId }) => getCompanyBlockConsequences(admin, companyId),
};

/**
 * Fields: `operation` (the pressed button), `vacancyId`, `companyId`, `reason`, `view` (the queue tab to
 * return to). Success redirects back to the queue with `done=<operation>`, so the notice survives the
 * item leaving the list, and a reload does not post again.
 */
export const resolveReportsAction = formAction<{ confirm: Confirmation }>(async (formData): Promise<ConfirmState> => {
  const admin = await requireRole('admin');
  const input = textFields(formData);
  const submission = readForm(formData);
  const { operation = '', vacancyId = '', companyId = '', reason = '', view = '' } = input;
  if (!(RESOLVE_OPERATIONS as readonly string[]).includes(operation)) return reply(submission, { formError: 'reports.admin.refused.notFound' });
  // Removing, dismissing and blocking ask first, with what they will do; the reason is checked before that.
  const ask = CONFIRMED[operation as ResolveOperation];
  if (ask) {
    const parsed = (operation === 'dismiss' ? OptionalReasonSchema : ReasonSchema).safeParse(reason);
    if (!parsed.success && input.intent !== 'cancel') {
      return reply(submission, { fieldErrors: fieldErrorsOf(parsed.error, { fallback: 'reason' }), formError: 'reports.admin.errors.fixFields' });
    }
    const asked = await askFirst(submission, () => ask(admin, { vacancyId, companyId }), 'reports.admin.refused.notFound');
    if (asked) return asked;
  }
  const run: Record<ResolveOperation, () => Promise<ResolveOutcome | CompanyActionOutcome>> = {
    remove: () => removeVacancy(admin, vacancyId, reason),
    dismiss: () => dismissReports(admin, vacancyId, reason),
    warn: () => warnCompany(admin, companyId, reason, { reportsOf: vacancyId }),
    block: () => blockCompany(admin, companyId, reason, { reportsOf: vacancyId }),
    unblock: () => unblockCompany(admin, companyId),
  };
  const outcome = await run[operation as ResolveOperation]();
  if (!outcome.ok) {
    if (outcome.error === 'invalid') return reply(submission, { fieldErrors: outcome.fieldErrors, formError: 'reports.admin.errors.fixFields' });
    return reply(submission, { formError: `reports.admin.refused.${outcome.error}` });
  }
  await notePrimaryWrite();
  revalidatePath('/[locale]/admin', 'layout');
  // Removal and blocking change what the public sees: listings, vacancy and company pages, the home page.
  revalidatePath('/[locale]/vacancies', 'layout');
  revalidatePath('/[locale]/companies/[slug]', 'page');
  revalidatePath('/[locale]', 'page');
  const status = (REPORT_STATUSES as readonly string[]).includes(view) && view !== 'open' ? { status: view } : {};
  return redirect({ href: { pathname: '/admin/reports', query: { ...status, done: operation } }, locale: await getLocale() });
});
