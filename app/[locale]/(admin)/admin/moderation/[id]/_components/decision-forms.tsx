import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { decideReviewAction } from '@/lib/moderation/actions';
import type { ReviewKind } from '@/lib/moderation/review-queries';
import { REJECTION_PRESETS } from '@/lib/moderation/review-schemas';
import { AdminForm } from '../../../_components/admin-form';
import { RejectionForm } from './rejection-form';

type Props = { vacancyId: string; kind: ReviewKind; version: string; canApprove: boolean };

/** Approve, or reject with a preset reason and a note; both name the version the admin has seen. */
export async function DecisionForms({ vacancyId, kind, version, canApprove }: Props) {
  const t = await getTranslations('moderation');
  const hidden = { vacancyId, kind, version };
  const presets = REJECTION_PRESETS.map((p) => ({ value: p, label: t(`reject.presets.${p}.label`) }));

  return (
    <Card as="section" aria-labelledby="decision-heading" className="border-brand-200" data-testid="decision">
      <h2 id="decision-heading" className="text-lg font-bold">
        {t('review.decisionHeading')}
      </h2>
      {canApprove && (
        <AdminForm
          action={decideReviewAction}
          hidden={{ ...hidden, decision: 'approve' }}
          submitLabel={kind === 'new' ? t('review.approve') : t('review.approveEdit')}
          pendingLabel={t('review.approving')}
          variant="primary"
        />
      )}
      <div className="mt-6 border-t border-line pt-4">
        <h3 className="font-semibold">{t('review.rejectHeading')}</h3>
        <RejectionForm
          hidden={{ ...hidden, decision: 'reject' }}
          presets={presets}
          labels={{
            preset: t('review.preset'),
            choose: t('review.choosePreset'),
            note: t('review.note'),
            noteHint: t('review.noteHint'),
            submit: kind === 'new' ? t('review.reject') : t('review.rejectEdit'),
            pending: t('review.rejecting'),
          }}
        />
      </div>
    </Card>
  );
}
