import { createTranslator } from 'next-intl';
import type { AppLocale } from '@/i18n/routing';
import { csvTime, toCsvColumns, type CsvColumn } from '@/lib/csv/export';
import { exportWords } from '@/lib/csv/export-words';
import { localizedUrl } from '@/lib/seo';
import { MESSAGES } from '@/messages';
import type { ExportRow } from './queries';

// The applications export in the exporter's language: headers, statuses and vocabulary as people say them
// ("Английский — B2, выше среднего"), times in the site's zone with the zone in the header. Built on
// createTranslator (not getTranslations) so the route handler and the tests use it as is.

export function applicationsCsv(rows: readonly ExportRow[], locale: AppLocale): string {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: 'exports.applications' });
  const words = exportWords(locale);
  const { label } = words;

  const columns: CsvColumn<ExportRow>[] = [
    { header: t('createdAt'), cell: (r) => csvTime(r.createdAt) },
    { header: t('status'), cell: (r) => label(`applicationStatus.${r.status}`, r.status) },
    { header: t('vacancy'), cell: (r) => r.vacancyTitle },
    { header: t('name'), cell: (r) => r.name },
    { header: t('email'), cell: (r) => r.email },
    { header: t('phone'), cell: (r) => r.phone },
    { header: t('telegram'), cell: (r) => r.telegram },
    { header: t('languages'), cell: (r) => words.languages(r.languages) },
    { header: t('experience'), cell: (r) => (r.experience ? label(`experience.${r.experience}`, r.experience) : '') },
    { header: t('preferredShifts'), cell: (r) => r.preferredShifts },
    { header: t('coverMessage'), cell: (r) => r.coverMessage },
    { header: t('cvUrl'), cell: (r) => r.cvUrl },
    { header: t('erased'), cell: (r) => words.yes(r.erased) },
    { header: t('url'), cell: (r) => localizedUrl(`/employer/applications/${r.id}`, locale) },
  ];
  return toCsvColumns(columns, rows);
}
