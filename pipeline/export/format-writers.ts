import type { Cell, Columns, ExportRow } from './export-rows.ts';

/** Where encoded bytes go; the promise resolves when the consumer can take more (backpressure). */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

/**
 * Encodes rows of one layout into a byte sink. Rows are taken one at a time, so that none outlives
 * its own formatting; `endBatch` hands the encoded bytes over and waits for the sink.
 */
export interface FormatWriter {
  writeRow(row: ExportRow): void;
  endBatch(): Promise<void>;
  finish(): Promise<void>;
}

/** Bytes handed to the sink at once, at most. @defaultValue 1 MiB */
const CHUNK_BYTES = 1 << 20;
// Text is encoded in pieces this long: short strings die young, where collecting them costs
// nearly nothing, instead of piling up until a full collection.
const PIECE_CHARS = 16_384;

/**
 * Collects text and encodes it as UTF-8 into chunks of up to CHUNK_BYTES, so the sink sees few
 * large writes and no string grows past PIECE_CHARS.
 */
class Utf8Chunker {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private text = '';
  private ready: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: ByteSink) {}

  write(text: string): void {
    this.text += text;
    if (this.text.length >= PIECE_CHARS) this.encode();
  }

  private encode(): void {
    const text = this.text;
    this.text = '';
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.used + text.length * 3 > this.buffer.length) this.seal();
    if (text.length * 3 > this.buffer.length) this.ready.push(this.encoder.encode(text));
    else this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  private seal(): void {
    if (this.used === 0) return;
    this.ready.push(this.buffer.subarray(0, this.used));
    // A fresh buffer: the sink may still hold the last one (a stream queues what it is given).
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  /** Sends everything written so far. */
  async flush(): Promise<void> {
    if (this.text.length > 0) this.encode();
    this.seal();
    const ready = this.ready;
    this.ready = [];
    for (const chunk of ready) await this.sink(chunk);
  }
}

const CSV_SPECIAL = /[",\r\n]/;

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return CSV_SPECIAL.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV in UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF line ends. */
export function createCsvWriter(columns: Columns, sink: ByteSink): FormatWriter {
  const out = new Utf8Chunker(sink);
  out.write(`\ufeff${columns.map(([name]) => csvField(name)).join(',')}\r\n`);
  return {
    writeRow(row) {
      let line = csvField(row[0] ?? null);
      for (let i = 1; i < row.length; i++) line += `,${csvField(row[i] ?? null)}`;
      out.write(`${line}\r\n`);
    },
    endBatch: () => out.flush(),
    finish: () => out.flush(),
  };
}

/** One JSON object a line, keys in column order. */
export function createJsonlWriter(columns: Columns, sink: ByteSink): FormatWriter {
  const out = new Utf8Chunker(sink);
  const names = columns.map(([name]) => name);
  return {
    writeRow(row) {
      // One object and one JSON.stringify: the serializer writes the line in one piece, where
      // stringifying cell by cell made a copy of every escaped text.
      const object: Record<string, Cell> = {};
      for (let i = 0; i < names.length; i++) object[names[i]!] = row[i] ?? null;
      out.write(`${JSON.stringify(object)}\n`);
    },
    endBatch: () => out.flush(),
    finish: () => out.flush(),
  };
}

/** The writer for a format; the Parquet encoder is loaded only when asked for. */
export async function createFormatWriter(
  format: ExportFormat,
  columns: Columns,
  sink: ByteSink,
): Promise<FormatWriter> {
  if (format === 'csv') return createCsvWriter(columns, sink);
  if (format === 'jsonl') return createJsonlWriter(columns, sink);
  const { createParquetWriter } = await import('./parquet-writer.ts');
  return createParquetWriter(columns, sink);
}
