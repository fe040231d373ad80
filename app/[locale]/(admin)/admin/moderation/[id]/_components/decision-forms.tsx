import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { RejectionPreview } from '@/lib/moderation/decision-preview-queries';
import { REASON_SLOT } from '@/lib/moderation/decision-preview-queries';
import type { ReviewKind } from '@/lib/moderation/review-queries';
import { RISK_THRESHOLD } from '@/lib/moderation/risk';
import { REJECTION_PRESETS } from '@/lib/moderation/review-schemas';
import { ApproveForm } from './approve-form';
import { RejectionForm } from './rejection-form';

type Props = {
  vacancyId: string;
  kind: ReviewKind;
  version: string;
  canApprove: boolean;
  riskScore: number | null;
  preview: RejectionPreview;
};

/**
 * Approve, or reject with a preset reason and a note; both name the version the admin has seen. At or
 * above the risk threshold rejecting comes first as the primary button, and approving needs "I checked
 * the reasons".
 */
export async function DecisionForms({ vacancyId, kind, version, canApprove, riskScore, preview }: Props) {
  const [t, td, tl, locale] = await Promise.all([getTranslations('moderation'), getTranslations('decisions'), getTranslations('vocab.language'), getLocale()]);
  // Inside a Russian sentence a language's name is written in lower case.
  const language = (code: 'ru' | 'en') => (locale === 'ru' ? tl(code).toLocaleLowerCase('ru') : tl(code));
  const hidden = { vacancyId, kind, version };
  const presets = REJECTION_PRESETS.map((p) => ({ value: p, label: t(`reject.presets.${p}.label`) }));
  const risky = riskScore !== null && riskScore >= RISK_THRESHOLD;

  const approve = canApprove && (
    <div className={risky ? 'mt-6 border-t border-line pt-4' : undefined}>
      {risky && <h3 className="font-semibold">{td('review.approveHeading')}</h3>}
      <ApproveForm
        hidden={{ ...hidden, decision: 'approve' }}
        submitLabel={kind === 'new' ? t('review.approve') : t('review.approveEdit')}
        pendingLabel={t('review.approving')}
        risky={risky}
        acknowledgeHint={td('review.acknowledgeHint', { score: riskScore ?? 0, threshold: RISK_THRESHOLD })}
      />
    </div>
  );
  const reject = (
    <div className={risky ? 'mt-3' : 'mt-6 border-t border-line pt-4'}>
      <h3 className="font-semibold">{t('review.rejectHeading')}</h3>
      <RejectionForm
        hidden={{ ...hidden, decision: 'reject' }}
        presets={presets}
        variant={risky ? 'primary' : 'secondary'}
        preview={{
          adLocale: preview.adLocale,
          adLanguage: language(preview.adLocale),
          presetTexts: preview.presetTexts,
          mails: preview.mails.map((m) => ({ ...m, language: language(m.locale) })),
          slot: REASON_SLOT,
        }}
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
  );

  return (
    <Card as="section" aria-labelledby="decision-heading" className="border-brand-200" data-testid="decision" data-risky={risky || undefined}>
      <h2 id="decision-heading" className="text-lg font-bold">
        {t('review.decisionHeading')}
      </h2>
      {risky && <p className="mt-2 text-sm font-medium text-accent-700">{td('review.riskyNote', { score: riskScore ?? 0 })}</p>}
      {risky ? (
        <>
          {reject}
          {approve}
        </>
      ) : (
        <>
          {approve}
          {reject}
        </>
      )}
    </Card>
  );
}
