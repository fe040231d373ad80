'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Field, FormError, FormNotice, SubmitButton } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { Button, buttonStyles } from '@/components/ui/button';
import { changeApplicationStatusAction } from '@/lib/applications/actions';
import { canMailOn, type EmployerStatus, type MailStatus } from '@/lib/applications/pipeline';
import { MESSAGE_MAX } from '@/lib/applications/pipeline-schemas';

export type Move = { to: EmployerStatus; back: boolean };

type Props = {
  applicationId: string;
  /** Only the moves pipeline.ts allows from the current status. */
  moves: Move[];
  /** The mail templates, already in the vacancy's language, to prefill the editable text. */
  mailTexts: Record<MailStatus, string>;
  email: string;
};

/** Buttons for the allowed moves; invite and reject open a small form with the optional, editable mail. */
export function StatusControls({ applicationId, moves, mailTexts, email }: Props) {
  const t = useTranslations('applications.pipeline');
  const [state, action] = useActionState(changeApplicationStatusAction, null);
  const boxRef = useRef<HTMLDivElement>(null);
  const unused = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, unused);
  const failed = state?.ok === false;

  // Several forms share one result, so focus moves within the whole box, not one form.
  useEffect(() => {
    if (failed) boxRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [failed, state]);

  const label = (m: Move) =>
    m.back && (m.to === 'viewed' || m.to === 'shortlisted' || m.to === 'invited') ? t(`back.${m.to}`) : t(`move.${m.to}`);
  const simple = moves.filter((m) => !canMailOn(m.to));
  const withMail = moves.filter((m): m is Move & { to: MailStatus } => canMailOn(m.to));

  return (
    <div ref={boxRef} className="space-y-4" data-testid="status-controls">
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      {simple.length > 0 && (
        <form action={action} className="flex flex-wrap gap-2">
          <input type="hidden" name="applicationId" value={applicationId} />
          {simple.map((m) => (
            <MoveButton key={m.to} value={m.to} workingLabel={t('working')}>
              {label(m)}
            </MoveButton>
          ))}
        </form>
      )}
      {withMail.map((m) => {
        const mine = failed && f.valueOf('status') === m.to;
        return (
          <details key={`${m.to}-${f.version}`} open={mine || undefined} className="rounded-control border border-line bg-sand-50" data-step={m.to}>
            <summary className={buttonStyles({ variant: m.to === 'rejected' ? 'secondary' : 'primary', className: 'w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden' })}>
              {label(m)}
            </summary>
            <form action={action} className="space-y-4 p-4">
              <input type="hidden" name="applicationId" value={applicationId} />
              <input type="hidden" name="status" value={m.to} />
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  name="sendMail"
                  defaultChecked={mine ? f.valueOf('sendMail') === 'on' : true}
                  className="size-4 accent-brand-700"
                />
                {t('sendMail')}
              </label>
              <Field name="message" label={t('message')} errors={mine ? f.errorsFor('message') : []} hint={t('messageHint', { email })}>
                {(control) => (
                  <textarea
                    {...control}
                    className={`${control.className} py-2 text-[0.9375rem]`}
                    rows={10}
                    maxLength={MESSAGE_MAX}
                    defaultValue={mine ? f.valueOf('message') : mailTexts[m.to]}
                  />
                )}
              </Field>
              <SubmitButton pendingLabel={t('working')} className="sm:w-auto">
                {label(m)}
              </SubmitButton>
            </form>
          </details>
        );
      })}
    </div>
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
