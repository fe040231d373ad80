import { stringify } from 'csv-stringify/sync';

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
