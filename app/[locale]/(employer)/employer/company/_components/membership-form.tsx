'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AppForm, FormError, FormNotice, HiddenFields, SubmitButton, useAppForm } from '@/components/forms';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { changeMembershipAction } from '@/lib/companies/actions';

type Operation = 'remove' | 'makeOwner' | 'makeMember' | 'leave';

type Props = {
  companyId: string;
  userId: string;
  operation: Operation;
  label: string;
  /** When given, the first click only asks this question; a second button does it (without JavaScript: asked at once). */
  confirm?: { question: string; yes: string };
};

/** One membership change (role, removal or leaving) as its own small form. */
export function MembershipForm({ companyId, userId, operation, label, confirm }: Props) {
  const t = useTranslations('team.team');
  const change = useAppForm(changeMembershipAction, { id: `membership-${operation}-${userId}` });
  const [asking, setAsking] = useState(false);
  const hydrated = useHydrated();

  return (
    <AppForm of={change} className="text-sm">
      <FormError />
      <FormNotice />
      <HiddenFields values={{ companyId, userId, operation }} />
      {confirm && hydrated && !asking ? (
        <Button variant="secondary" size="sm" onClick={() => setAsking(true)}>
          {label}
        </Button>
      ) : confirm ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{confirm.question}</span>
          <SubmitButton variant="secondary" size="sm" pendingLabel={t('working')} autoFocus={asking}>
            {confirm.yes}
          </SubmitButton>
          {hydrated && (
            <Button variant="ghost" size="sm" onClick={() => setAsking(false)}>
              {t('cancel')}
            </Button>
          )}
        </div>
      ) : (
        <SubmitButton variant="secondary" size="sm" pendingLabel={t('working')}>
          {label}
        </SubmitButton>
      )}
    </AppForm>
  );
}
