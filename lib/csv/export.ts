import { stringify } from 'csv-stringify/sync';
import { TIME_ZONE } from '@/i18n/request';
import { routing, type AppLocale } from '@/i18n/routing';

// The one CSV writer behind every download. Excel is the reader we design for: UTF-8 with a BOM (or it
// reads Russian as mojibake), `;` between cells (the list separator of Russian Excel), CRLF line ends.
// Cells hold text people typed, so one starting with = + - @ tab or CR gets a leading apostrophe and
// cannot run as a formula (OWASP "CSV injection"); numbers stay numbers.

export type CsvCell = string | number | boolean | null | undefined;

const OPTIONS = {
  bom: true,
  delimiter: ';',
  record_delimiter: '\r\n',
  // A line break inside a cell (either kind) is quoted, not only the record delimiter itself.
  quote_record_delimiter: true,
  escape_formulas: true,
  // Quoting a comma too keeps the file readable by tools that guess `,` as the separator.
  quoted_match: ',',
  cast: { boolean: (value: boolean) => (value ? 'yes' : '') },
} as const;

/** A column of an export: its header in the exporter's language and the cell of one record. */
export type CsvColumn<T> = { header: string; cell: (record: T) => CsvCell };

/** The whole file from columns: the same as toCsv, with header and cells kept side by side. */
export function toCsvColumns<T>(columns: readonly CsvColumn<T>[], records: Iterable<T>): string {
  return toCsv(columns.map((c) => c.header), Array.from(records, (r) => columns.map((c) => c.cell(r))));
}

// "2026-12-05 14:02" in the site's time zone (Moscow): every spreadsheet reads it as a date and sorts it
// right, and the header says which zone it is.
const TIME = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });

/** A moment as the site's local time for a cell; nothing for no date. */
export function csvTime(date: Date | null | undefined): string {
  return date ? TIME.format(date) : '';
}

/**
 * The language of an export: `?lang=` (the page it is downloaded from sets its own), else the site's default,
 * Russian. null for a value that is no language of the site, which the route answers with a 400.
 */
export function csvLocale(search: URLSearchParams): AppLocale | null {
  const lang = search.get('lang')?.trim() || routing.defaultLocale;
  return (routing.locales as readonly string[]).includes(lang) ? (lang as AppLocale) : null;
}

/** The whole file: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return stringify([[...header], ...Array.from(rows, (row) => [...row])], OPTIONS);
}

/** A download of `body` named `filename` (ASCII), never cached: exports hold private data. */
export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
