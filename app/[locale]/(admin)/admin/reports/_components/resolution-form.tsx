'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Field, FormError } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { buttonStyles } from '@/components/ui/button';
import { resolveReportsAction } from '@/lib/moderation/report-admin-actions';
import type { ReportStatus, ResolveOperation } from '@/lib/moderation/report-schemas';
import { ConfirmPanel, confirmationOf } from '../../_components/confirm-step';

type Props = {
  vacancyId: string;
  companyId: string;
  title: string;
  /** The queue tab the form is on; open reports get every decision, closed ones only an unblock. */
  view: ReportStatus;
  companyBlocked: boolean;
  vacancyRemoved: boolean;
};

const danger = 'border border-red-700 bg-surface text-red-800 shadow-sm hover:bg-red-50';

function OperationButton({ operation, tone, children }: { operation: ResolveOperation; tone: 'primary' | 'secondary' | 'ghost' | 'danger'; children: ReactNode }) {
  const { pending } = useFormStatus();
  const className = tone === 'danger' ? buttonStyles({ variant: 'secondary', className: danger }) : buttonStyles({ variant: tone });
  return (
    <button type="submit" name="operation" value={operation} disabled={pending} aria-disabled={pending} className={className}>
      {children}
    </button>
  );
}

/**
 * One reason field and a button per decision; the pressed button's value says which one. Removing,
 * dismissing and blocking first show what they will do and run on the confirmation. Works without JavaScript.
 */
export function ResolutionForm({ vacancyId, companyId, title, view, companyBlocked, vacancyRemoved }: Props) {
  const t = useTranslations('reports.admin.form');
  const [state, action] = useActionState(resolveReportsAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const confirmation = confirmationOf(state);
  if (view !== 'open' && !companyBlocked) return null;

  return (
    <form ref={formRef} action={action} className="mt-6 border-t border-line pt-5">
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="companyId" value={companyId} />
      <input type="hidden" name="view" value={view} />
      <fieldset>
        <legend className="text-base font-semibold text-ink-950">{t('legend', { title })}</legend>
        <div className="mt-3">
          <FormError message={f.formError} />
        </div>
        {view === 'open' ? (
          <div key={f.version} className="space-y-4">
            <Field name="reason" label={t('reason')} hint={t('reasonHint')} errors={f.errorsFor('reason')}>
              {(control) => <textarea {...control} rows={3} defaultValue={f.valueOf('reason')} className={`${control.className} py-2`} />}
            </Field>
            {confirmation ? (
              <>
                <input type="hidden" name="operation" value={f.valueOf('operation')} />
                <ConfirmPanel confirmation={confirmation} />
              </>
            ) : (
              <div className="flex flex-wrap gap-3">
                {!vacancyRemoved && (
                  <OperationButton operation="remove" tone="primary">
                    {t('remove')}
                  </OperationButton>
                )}
                <OperationButton operation="warn" tone="secondary">
                  {t('warn')}
                </OperationButton>
                {companyBlocked ? (
                  <OperationButton operation="unblock" tone="secondary">
                    {t('unblock')}
                  </OperationButton>
                ) : (
                  <OperationButton operation="block" tone="danger">
                    {t('block')}
                  </OperationButton>
                )}
                <OperationButton operation="dismiss" tone="ghost">
                  {t('dismiss')}
                </OperationButton>
              </div>
            )}
          </div>
        ) : (
          <OperationButton operation="unblock" tone="secondary">
            {t('unblock')}
          </OperationButton>
        )}
      </fieldset>
    </form>
  );
}
