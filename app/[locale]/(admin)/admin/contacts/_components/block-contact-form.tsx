'use client';

import { AppForm, FormError, FormNotice, SelectField, TextField, useAppForm } from '@/components/forms';
import { blockContactAction } from '@/lib/moderation/board/actions';
import { CONTACT_KINDS } from '@/lib/moderation/risk/types';
import { SubmitButton } from '../../_components/admin-form';
import { useAdminTranslate } from '../../_components/admin-texts';
import { ReasonField } from '../../_components/reason-field';

type Texts = {
  kind: string;
  kinds: Record<(typeof CONTACT_KINDS)[number], string>;
  value: string;
  hint: string;
  reason: string;
  reasonHint: string;
  submit: string;
  pending: string;
};

/** Block a contact typed by the admin; works without JavaScript, errors next to their fields. */
export function BlockContactForm({ texts }: { texts: Texts }) {
  const block = useAppForm(blockContactAction, { defaultValue: { kind: 'telegram' } });
  const { fields } = block;

  return (
    <AppForm of={block} translate={useAdminTranslate()} className="space-y-4" data-testid="block-contact-form">
      <FormError />
      <FormNotice />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <SelectField meta={fields.kind!} label={texts.kind} options={CONTACT_KINDS.map((k) => [k, texts.kinds[k]] as const)} />
        <TextField meta={fields.value!} label={texts.value} hint={texts.hint} required maxLength={300} />
      </div>
      <ReasonField meta={fields.reason!} label={texts.reason} hint={texts.reasonHint} />
      <SubmitButton variant="primary" pendingLabel={texts.pending}>
        {texts.submit}
      </SubmitButton>
    </AppForm>
  );
}
