'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { AppForm, FormError, HiddenFields, TextareaField, useAppForm } from '@/components/forms';
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
  const resolve = useAppForm(resolveReportsAction);
  const confirmation = confirmationOf(resolve.reply);
  // The operation the confirmation is about, from the answer itself (Conform's initialValue lags behind it with JavaScript).
  const asked = resolve.reply?.initialValue?.operation;
  if (view !== 'open' && !companyBlocked) return null;

  return (
    <AppForm of={resolve} className="mt-6 border-t border-line pt-5">
      <HiddenFields values={{ vacancyId, companyId, view }} />
      <fieldset>
        <legend className="text-base font-semibold text-ink-950">{t('legend', { title })}</legend>
        <div className="mt-3">
          <FormError />
        </div>
        {view === 'open' ? (
          <div className="space-y-4">
            <TextareaField meta={resolve.fields.reason!} label={t('reason')} hint={t('reasonHint')} rows={3} />
            {confirmation ? (
              <>
                <input type="hidden" name="operation" value={typeof asked === 'string' ? asked : ''} />
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
    </AppForm>
  );
}
