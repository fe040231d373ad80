'use client';

import { useTranslations } from 'next-intl';
import { composeReasonText } from '@/lib/moderation/reason-text';
import type { RejectionPreset } from '@/lib/moderation/review-schemas';

export type PreviewData = {
  /** The ad's language, its name, and each preset's text in it. */
  adLocale: 'ru' | 'en';
  adLanguage: string;
  presetTexts: Partial<Record<RejectionPreset, string>>;
  /** The mail per language of the company's members; `slot` marks where the reason goes. */
  mails: { locale: 'ru' | 'en'; language: string; recipients: number; subject: string; text: string }[];
  slot: string;
};

/** "What the employer will read": the note on their dashboard and the mail, in the employer's language. */
export function EmployerPreview({ preview, preset, note }: { preview: PreviewData; preset: string; note: string }) {
  const t = useTranslations('decisions.preview');
  const reason = preset ? composeReasonText(preview.presetTexts, preset, note) : '';

  return (
    <section aria-labelledby="employer-preview-heading" className="rounded-control border border-line bg-canvas p-3 text-sm" data-testid="employer-preview">
      <h4 id="employer-preview-heading" className="font-semibold text-ink-950">
        {t('heading')}
      </h4>
      {!reason ? (
        <p className="mt-1 text-ink-600">{t('empty')}</p>
      ) : (
        <div aria-live="polite" className="mt-2 space-y-3">
          <div>
            <p className="font-medium text-ink-700">{t('dashboard', { language: preview.adLanguage })}</p>
            <p className="mt-1 rounded-control border border-line bg-surface px-3 py-2 break-words whitespace-pre-wrap" lang={preview.adLocale} data-testid="preview-note">
              {reason}
            </p>
          </div>
          {preview.mails.length === 0 ? (
            <p className="text-ink-600">{t('noRecipients')}</p>
          ) : (
            preview.mails.map((m) => (
              <div key={m.locale} data-testid={`preview-mail-${m.locale}`}>
                <p className="font-medium text-ink-700">{t('mail', { language: m.language, count: m.recipients })}</p>
                <div className="mt-1 rounded-control border border-line bg-surface px-3 py-2" lang={m.locale}>
                  <p className="font-semibold break-words">{m.subject}</p>
                  <p className="mt-2 break-words whitespace-pre-wrap">{m.text.split(preview.slot).join(reason)}</p>
                </div>
              </div>
            ))
          )}
        </div>
      )}
    </section>
  );
}
