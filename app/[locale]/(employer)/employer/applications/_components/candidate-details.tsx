import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Candidate } from '@/lib/applications/queries';
import { DOCUMENT_KINDS, kindOfContentType } from '@/lib/storage/file-type';
import { externalHref, telegramHref, telHref } from './contact-links';

const link = 'font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900 break-all';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm font-semibold text-ink-700">{label}</dt>
      <dd className="text-ink-950">{children}</dd>
    </div>
  );
}

const MB = 1024 * 1024;

/** Everything the candidate sent, with contacts as links (mailto:, tel:, t.me) where they are well formed. */
export async function CandidateDetails({ candidate, applicationId }: { candidate: Candidate; applicationId: string }) {
  const [t, tv, format] = await Promise.all([getTranslations('applications.detail'), getTranslations('vocab'), getFormatter()]);
  type VocabKey = Parameters<typeof tv>[0];
  const label = (key: string, fallback: string) => (tv.has(key as VocabKey) ? tv(key as VocabKey) : fallback);
  const missing = <span className="text-ink-500">{t('notStated')}</span>;
  const tel = candidate.phone ? telHref(candidate.phone) : null;
  const tg = candidate.telegram ? telegramHref(candidate.telegram) : null;
  const cv = candidate.cvUrl ? externalHref(candidate.cvUrl) : null;
  const file = candidate.cvFile;
  const kind = file && kindOfContentType(file.contentType);
  const size = (bytes: number) =>
    bytes < MB ? t('sizeKb', { size: Math.max(1, Math.round(bytes / 1024)) }) : t('sizeMb', { size: format.number(bytes / MB, { maximumFractionDigits: 1 }) });

  return (
    <section aria-labelledby="candidate-heading" className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6">
      <h2 id="candidate-heading" className="text-xl font-bold">
        {t('candidate')}
      </h2>
      <dl className="mt-2 divide-y divide-line" data-testid="candidate">
        <Row label={t('email')}>
          <a href={`mailto:${candidate.email}`} className={link}>
            {candidate.email}
          </a>
        </Row>
        <Row label={t('phone')}>
          {!candidate.phone ? missing : tel ? <a href={tel} className={link}>{candidate.phone}</a> : candidate.phone}
        </Row>
        <Row label={t('telegram')}>
          {!candidate.telegram ? missing : tg ? <a href={tg} className={link} rel="noopener noreferrer" target="_blank">{candidate.telegram}</a> : candidate.telegram}
        </Row>
        <Row label={t('languages')}>
          {candidate.languages.length === 0 ? missing : (
            <ul className="space-y-0.5">
              {candidate.languages.map((l) => (
                <li key={`${l.language}-${l.level}`}>
                  {t('languageItem', { language: label(`language.${l.language}`, l.language), level: label(`languageLevel.${l.level}`, l.level) })}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row label={t('experience')}>{candidate.experience ? label(`experience.${candidate.experience}`, candidate.experience) : missing}</Row>
        <Row label={t('preferredShifts')}>{candidate.preferredShifts || missing}</Row>
        <Row label={t('cv')}>
          {!candidate.cvUrl && !file && missing}
          {file && (
            <p>
              {/* An API path: not localized, always a download (the route sends it as an attachment). */}
              <a href={`/api/employer/applications/${applicationId}/cv`} download className={link} data-testid="cv-download">
                {t('cvDownload', { type: kind ? DOCUMENT_KINDS[kind].label : t('cvFileType'), size: size(file.size) })}
              </a>
              <span className="block text-sm break-all text-ink-600">{file.name}</span>
            </p>
          )}
          {candidate.cvUrl && (
            <p className={file ? 'mt-2' : undefined}>
              {cv ? <a href={cv} className={link} rel="noopener noreferrer nofollow" target="_blank">{t('cvLink')}</a> : candidate.cvUrl}
            </p>
          )}
        </Row>
        <Row label={t('consent')}>
          {t('consentValue', { date: format.dateTime(candidate.consentAt, { dateStyle: 'medium', timeStyle: 'short' }), version: candidate.consentVersion })}
        </Row>
      </dl>
      <h3 className="mt-6 text-base font-bold">{t('cover')}</h3>
      {candidate.coverMessage ? (
        <p className="mt-2 whitespace-pre-line break-words text-ink-900" data-testid="cover-message">{candidate.coverMessage}</p>
      ) : (
        <p className="mt-2 text-ink-600">{t('noCover')}</p>
      )}
    </section>
  );
}
