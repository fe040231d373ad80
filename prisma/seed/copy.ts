// COPY … FROM STDIN over a plain `pg` client, without another dependency: a query object that pg's
// client drives through the protocol's copy-in messages (the interface pg-copy-streams also uses).
import { once } from 'node:events';
import type pg from 'pg';

/** A column of a COPY and how to turn a row's value into COPY text (arrays as PG array literals). */
export type CopyColumn<Row> = { name: string; value: (row: Row) => unknown };

type Connection = {
  query: (text: string) => void;
  sendCopyFromChunk: (chunk: Buffer) => void;
  endCopyFrom: () => void;
  sendCopyFail: (message: string) => void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
};

/** PG array literal: {"a","b"}; quotes and backslashes escaped inside elements. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

const SPECIAL = /[\\\n\r\t]/;
const SPECIAL_ALL = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format: \N for null, backslash escapes for the four special characters. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return copyText(JSON.stringify(value));
}

/** Rows as COPY text, cut into buffers of about `chunkBytes` (one protocol message each). */
export function encodeRows<Row>(columns: readonly CopyColumn<Row>[], rows: Iterable<Row>, chunkBytes = 1 << 20): Buffer[] {
  const buffers: Buffer[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? '\t' : '') + copyText(columns[i]!.value(row));
    line += '\n';
    lines.push(line);
    size += line.length;
    if (size >= chunkBytes) {
      buffers.push(Buffer.from(lines.join('')));
      lines = [];
      size = 0;
    }
  }
  if (lines.length) buffers.push(Buffer.from(lines.join('')));
  return buffers;
}

/** The query object pg's client submits: sends the buffers once the server asks for copy data. */
class CopyIn {
  readonly text: string;
  readonly done: Promise<number>;
  callback?: undefined;
  private rows = 0;
  private error: Error | null = null;
  private settle!: { resolve: (rows: number) => void; reject: (err: Error) => void };

  constructor(text: string, private readonly chunks: Iterable<Buffer>) {
    this.text = text;
    this.done = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  async handleCopyInResponse(connection: Connection): Promise<void> {
    try {
      for (const chunk of this.chunks) {
        if (this.error) return;
        connection.sendCopyFromChunk(chunk);
        if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
      }
      connection.endCopyFrom();
    } catch (err) {
      connection.sendCopyFail(err instanceof Error ? err.message : String(err));
    }
  }

  handleCommandComplete(msg: { text?: string }): void {
    this.rows = Number(/\d+$/.exec(msg.text ?? '')?.[0] ?? 0);
  }

  handleError(err: Error): void {
    this.error ??= err;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve(this.rows);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** COPY table (columns) FROM STDIN with the given COPY-text buffers; resolves to the rows copied. */
export async function copyInto(client: pg.ClientBase, table: string, columns: readonly string[], chunks: Iterable<Buffer>): Promise<number> {
  const copy = new CopyIn(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`, chunks);
  (client as unknown as { query: (q: CopyIn) => unknown }).query(copy);
  return copy.done;
}

/** Encodes and copies rows in one call (small tables). */
export async function copyRows<Row>(client: pg.ClientBase, table: string, columns: readonly CopyColumn<Row>[], rows: Iterable<Row>): Promise<number> {
  return copyInto(client, table, columns.map((c) => c.name), encodeRows(columns, rows));
}
