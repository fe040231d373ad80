'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { AppForm, CheckboxField, FormError, FormNotice, HiddenFields, SubmitButton, TextareaField, useAppForm } from '@/components/forms';
import { Button, buttonStyles } from '@/components/ui/button';
import { changeApplicationStatusAction } from '@/lib/applications/actions';
import { canMailOn, MAIL_STATUSES, type EmployerStatus, type MailStatus } from '@/lib/applications/pipeline';
import { MESSAGE_MAX, StatusChangeSchema } from '@/lib/applications/pipeline-schemas';

export type Move = { to: EmployerStatus; back: boolean };

type Props = {
  applicationId: string;
  /** Only the moves pipeline.ts allows from the current status. */
  moves: Move[];
  /** The mail templates, already in the vacancy's language, to prefill the editable text. */
  mailTexts: Record<MailStatus, string>;
  email: string;
};

/**
 * Buttons for the allowed moves; invite and reject open a small form with the optional, editable mail. Each
 * form stays mounted after its move (only its fields go when the step is no longer allowed), so its answer
 * («Статус обновлён») is still there to read.
 */
export function StatusControls({ applicationId, moves, mailTexts, email }: Props) {
  const t = useTranslations('applications.pipeline');
  const label = (m: Move) =>
    m.back && (m.to === 'viewed' || m.to === 'shortlisted' || m.to === 'invited') ? t(`back.${m.to}`) : t(`move.${m.to}`);
  const simple = moves.filter((m) => !canMailOn(m.to));
  return (
    <div className="space-y-4" data-testid="status-controls">
      <SimpleMoves applicationId={applicationId} moves={simple.map((m) => ({ to: m.to, label: label(m) }))} />
      {MAIL_STATUSES.map((to) => {
        const move = moves.find((m) => m.to === to);
        return <MailStep key={to} applicationId={applicationId} to={to} label={move ? label(move) : null} text={mailTexts[to]} email={email} />;
      })}
    </div>
  );
}

function SimpleMoves({ applicationId, moves }: { applicationId: string; moves: { to: EmployerStatus; label: string }[] }) {
  const t = useTranslations('applications.pipeline');
  const form = useAppForm(changeApplicationStatusAction, { id: `status-${applicationId}` });
  return (
    <AppForm of={form}>
      <FormError />
      <FormNotice />
      {moves.length > 0 && (
        <div className="flex flex-wrap gap-2">
          <HiddenFields values={{ applicationId }} />
          {moves.map((m) => (
            <MoveButton key={m.to} value={m.to} workingLabel={t('working')}>
              {m.label}
            </MoveButton>
          ))}
        </div>
      )}
    </AppForm>
  );
}

type MailStepProps = { applicationId: string; to: MailStatus; label: string | null; text: string; email: string };

/** Invite or reject with the optional mail; `label` null = the step is not allowed now (only its answer stays). */
function MailStep({ applicationId, to, label, text, email }: MailStepProps) {
  const t = useTranslations('applications.pipeline');
  const step = useAppForm(changeApplicationStatusAction, {
    schema: StatusChangeSchema,
    id: `status-${to}-${applicationId}`,
    defaultValue: { sendMail: 'on', message: text },
  });
  const failed = step.reply?.status === 'error';
  return (
    <AppForm of={step}>
      <FormNotice />
      {label && (
        <details open={failed || undefined} className="rounded-control border border-line bg-sand-50" data-step={to}>
          <summary className={buttonStyles({ variant: to === 'rejected' ? 'secondary' : 'primary', className: 'w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden' })}>
            {label}
          </summary>
          <div className="space-y-4 p-4">
            <FormError />
            <HiddenFields values={{ applicationId, status: to }} />
            <CheckboxField meta={step.fields.sendMail} label={t('sendMail')} labelClassName="text-sm font-medium" />
            <TextareaField meta={step.fields.message} label={t('message')} hint={t('messageHint', { email })} rows={10} maxLength={MESSAGE_MAX} />
            <SubmitButton pendingLabel={t('working')} className="sm:w-auto">
              {label}
            </SubmitButton>
          </div>
        </details>
      )}
    </AppForm>
  );
}

function MoveButton({ value, workingLabel, children }: { value: EmployerStatus; workingLabel: string; children: ReactNode }) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get('status') === value;
  return (
    <Button type="submit" name="status" value={value} variant="secondary" disabled={pending} aria-disabled={pending}>
      {mine ? workingLabel : children}
    </Button>
  );
}
