import { createTranslator } from 'next-intl';
import type { AppLocale } from '@/i18n/routing';
import { csvTime, toCsvColumns, type CsvColumn } from '@/lib/csv/export';
import { exportWords } from '@/lib/csv/export-words';
import { localizedUrl } from '@/lib/seo';
import { MESSAGES } from '@/messages';
import type { DashboardVacancy } from './dashboard-queries';
import type { VacancyExportFacts } from './export-queries';

// The dashboard's vacancies as a spreadsheet in the exporter's language: status and vocabulary labels,
// times in the site's zone (named in the header), the last 30 days' figures.

export type VacancyExportRow = DashboardVacancy & { facts: VacancyExportFacts | null };

export function vacanciesCsv(rows: readonly VacancyExportRow[], locale: AppLocale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'exports.vacancies' });
  const words = exportWords(locale);
  const { label } = words;
  const fact = <K extends keyof VacancyExportFacts>(r: VacancyExportRow, key: K, vocab: string) => {
    const value = r.facts?.[key];
    return typeof value === 'string' ? label(`${vocab}.${value}`, value) : '';
  };
  const columns: CsvColumn<VacancyExportRow>[] = [
    { header: t('title'), cell: (r) => r.title },
    { header: t('status'), cell: (r) => label(`vacancyStatus.${r.status}`, r.status) },
    { header: t('revision'), cell: (r) => words.yes(r.hasRevision) },
    { header: t('publishedAt'), cell: (r) => csvTime(r.publishedAt) },
    { header: t('expiresAt'), cell: (r) => csvTime(r.expiresAt) },
    { header: t('schedule'), cell: (r) => fact(r, 'schedule', 'schedule') },
    { header: t('shiftPattern'), cell: (r) => r.facts?.shiftPattern ?? '' },
    { header: t('nightShifts'), cell: (r) => words.yes(r.facts?.nightShifts ?? false) },
    { header: t('employment'), cell: (r) => fact(r, 'employment', 'employment') },
    { header: t('experience'), cell: (r) => fact(r, 'experience', 'experience') },
    { header: t('languages'), cell: (r) => words.languages(r.facts?.languages ?? []) },
    { header: t('views30'), cell: (r) => r.stats30.views },
    { header: t('applyClicks30'), cell: (r) => r.stats30.applyClicks },
    { header: t('applications30'), cell: (r) => r.stats30.applications },
    // The public page while it is public; otherwise the company's own page of it.
    { header: t('url'), cell: (r) => localizedUrl(r.status === 'published' ? `/vacancies/${r.slug}` : `/employer/vacancies/${r.id}`, locale) },
  ];
  return toCsvColumns(columns, rows);
}
