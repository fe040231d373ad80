'use client';

import { FormProvider, getFormProps, type FormMetadata } from '@conform-to/react';
import { useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { hasFieldErrors, type FormReply } from '@/lib/forms/reply';
import { FormTextProvider, type FormTranslate } from './form-text';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's schema
type Handle = { form: FormMetadata<any, string[]>; action: (formData: FormData) => void; reply: FormReply<unknown> | null };

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
 */
export function AppForm({ of, translate, children, ...rest }: Props) {
  const { form, action, reply } = of;
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (reply?.status === 'error' && !hasFieldErrors(reply)) ref.current?.querySelector<HTMLElement>('[data-form-error]')?.focus();
  }, [reply]);

  return (
    <FormProvider context={form.context}>
      <FormTextProvider value={{ translate, reply }}>
        <form ref={ref} {...getFormProps(form)} {...rest} action={action}>
          {children}
        </form>
      </FormTextProvider>
    </FormProvider>
  );
}
