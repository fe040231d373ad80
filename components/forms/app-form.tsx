'use client';

import { FormProvider, getFormProps, type FormMetadata } from '@conform-to/react';
import { startTransition, useEffect, useRef, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { hasFieldErrors, type FormReply } from '@/lib/forms/reply';
import { FormTextProvider, type FormTranslate } from './form-text';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's schema
type Handle = { form: FormMetadata<any, string[]>; action: (formData: FormData) => void; warm: () => void; reply: FormReply<unknown> | null };

type Props = Omit<ComponentPropsWithoutRef<'form'>, 'action' | 'onSubmit' | 'id' | 'noValidate' | 'translate'> & {
  /** What useAppForm returned. */
  of: Handle;
  /** For keys the page's client messages lack (the admin's texts); return undefined for the rest. */
  translate?: FormTranslate;
  children: ReactNode;
};

/**
 * The <form> of the form layer: posts to the server action (a plain POST without JavaScript), validates with
 * the schema first when JavaScript runs, and after a refusal without field errors moves focus to the form's
 * error (Conform itself focuses the first invalid field).
 *
 * With JavaScript the form is sent by hand rather than through React's `<form action>`: React 19 resets a form
 * after its action runs, which would empty every field the server just refused (Conform only refills them
 * after a full render, as without JavaScript). Sent this way the fields keep what was typed. React still marks
 * the form as being sent (the submit handler starts a transition), so useFormStatus in a button sees it.
 */
export function AppForm({ of, translate, children, ...rest }: Props) {
  const { form, action, warm, reply } = of;
  const ref = useRef<HTMLFormElement>(null);
  const formProps = getFormProps(form);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    warm();
    formProps.onSubmit(event);
    // Refused by the schema in the browser, or a list intent Conform handled itself.
    if (event.defaultPrevented) return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => action(formData));
  };

  useEffect(() => {
    if (reply?.status === 'error' && !hasFieldErrors(reply)) ref.current?.querySelector<HTMLElement>('[data-form-error]')?.focus();
  }, [reply]);

  return (
    <FormProvider context={form.context}>
      <FormTextProvider value={{ translate, reply }}>
        <form ref={ref} {...formProps} {...rest} action={action} onSubmit={onSubmit} onFocus={warm} onPointerDown={warm}>
          {children}
        </form>
      </FormTextProvider>
    </FormProvider>
  );
}
