'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { FormError, FormNotice } from '@/app/[locale]/(auth)/_components/form-fields';
import { useFormFeedback } from '@/app/[locale]/(auth)/_components/use-form-feedback';
import { Button } from '@/components/ui/button';
import { changeMembershipAction } from '@/lib/companies/actions';

type Operation = 'remove' | 'makeOwner' | 'makeMember' | 'leave';

type Props = {
  companyId: string;
  userId: string;
  operation: Operation;
  label: string;
  /** When given, the first click only asks this question; a second button does it. */
  confirm?: { question: string; yes: string };
};

/** One membership change (role, removal or leaving) as its own small form. */
export function MembershipForm({ companyId, userId, operation, label, confirm }: Props) {
  const t = useTranslations('team.team');
  const [state, action] = useActionState(changeMembershipAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const f = useFormFeedback(state, formRef);
  const [asking, setAsking] = useState(false);

  return (
    <form ref={formRef} action={action} className="text-sm">
      <FormError message={f.formError} />
      <FormNotice message={f.notice} />
      <input type="hidden" name="companyId" value={companyId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="operation" value={operation} />
      {confirm && !asking ? (
        <Button variant="secondary" size="sm" onClick={() => setAsking(true)}>
          {label}
        </Button>
      ) : confirm ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{confirm.question}</span>
          <Pending label={t('working')} focus>
            <span>{confirm.yes}</span>
          </Pending>
          <Button variant="ghost" size="sm" onClick={() => setAsking(false)}>
            {t('cancel')}
          </Button>
        </div>
      ) : (
        <Pending label={t('working')}>{label}</Pending>
      )}
    </form>
  );
}

function Pending({ label, children, focus = false }: { label: string; children: ReactNode; focus?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-disabled={pending} autoFocus={focus}>
      {pending ? label : children}
    </Button>
  );
}
