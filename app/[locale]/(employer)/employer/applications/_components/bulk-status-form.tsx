'use client';

import { useTranslations } from 'next-intl';
import { AppForm, CheckboxField, FieldError, FormError, SelectField, SubmitButton, useAppForm } from '@/components/forms';
import { useHydrated } from '@/components/ui/use-hydrated';
import { changeApplicationStatusesAction } from '@/lib/applications/actions';
import { EMPLOYER_STATUSES } from '@/lib/applications/pipeline';
import { BulkStatusChangeSchema } from '@/lib/applications/pipeline-schemas';
import type { BulkReport } from '@/lib/applications/pipeline.server';

/** The form the list's row checkboxes belong to (their `form` attribute), so the table needs no form around it. */
export const BULK_FORM_ID = 'bulk-status';

/**
 * «Change status to…» for the ticked rows: each one is moved if pipeline.ts allows it from its own status, the
 * rest stay and are named with the reason. A plain POST without JavaScript.
 */
export function BulkStatusForm() {
  const t = useTranslations('applications');
  const statusName = useTranslations('vocab.applicationStatus');
  const bulk = useAppForm(changeApplicationStatusesAction, { schema: BulkStatusChangeSchema, id: BULK_FORM_ID });
  const { fields } = bulk;
  const report = bulk.reply?.status === 'success' ? bulk.reply.data : undefined;
  const options = EMPLOYER_STATUSES.map((s) => [s, statusName(s)] as const);

  return (
    <AppForm of={bulk} aria-labelledby="bulk-legend" className="rounded-card border border-line bg-surface p-4 shadow-card" data-testid="bulk-form">
      <FormError />
      <div role="status">{report && <Report report={report} />}</div>
      <h2 id="bulk-legend" className="text-sm font-bold">
        {t('bulk.legend')}
      </h2>
      <p className="mt-1 text-sm text-ink-600">{t('bulk.hint')}</p>
      <div className="mt-3 flex flex-wrap items-end gap-x-4 gap-y-3">
        <SelectField meta={fields.status} label={t('bulk.status')} options={options} empty={t('bulk.choose')} className="min-w-52 flex-1 sm:flex-none" />
        <CheckboxField meta={fields.sendMail} label={t('bulk.sendMail')} className="max-w-sm pb-2.5" />
        <SubmitButton pendingLabel={t('bulk.working')} variant="secondary">
          {t('bulk.submit')}
        </SubmitButton>
      </div>
      <FieldError meta={fields.ids} />
    </AppForm>
  );
}

function Report({ report }: { report: BulkReport }) {
  const t = useTranslations('applications');
  const statusName = useTranslations('vocab.applicationStatus');
  const status = statusName(report.status);
  return (
    <div className="mb-4 rounded-control border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-950" data-testid="bulk-report">
      <p className="font-medium">
        {report.moved.length ? t('bulk.moved', { status, count: report.moved.length }) : t('bulk.nothingMoved')}
        {report.failed.length > 0 && ` ${t('bulk.failed', { count: report.failed.length })}`}
      </p>
      {report.failed.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {report.failed.map((f) => (
            <li key={f.id}>
              {t('bulk.failure', {
                name: f.name ?? t('bulk.unknown'),
                reason: t(`bulk.reasons.${f.error}`, { from: f.from ? statusName(f.from) : '' }),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Ticks or unticks every row of the page; only with JavaScript (without it there is nothing to tick them with). */
export function SelectAllRows({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const toggle = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${BULK_FORM_ID}"]:not(:disabled)`)) box.checked = checked;
  };
  return <input type="checkbox" aria-label={label} className="size-4 accent-brand-700" onChange={(e) => toggle(e.currentTarget.checked)} />;
}
