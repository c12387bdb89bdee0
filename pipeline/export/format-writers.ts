import { ByteWriter, ParquetWriter, schemaFromColumnData, type BasicType, type ColumnSource } from 'hyparquet-writer';
import type { Cell, ColumnType, ExportRow } from './export-rows.ts';

/** Where encoded bytes go; `write` resolves when the consumer can take more (backpressure). */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

/** Encodes rows of one layout into a byte sink, batch by batch. */
export interface FormatWriter {
  writeRows(rows: ExportRow[]): Promise<void>;
  finish(): Promise<void>;
}

const encoder = new TextEncoder();

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF line ends. */
export function createCsvWriter(columns: ReadonlyArray<readonly [string, ColumnType]>, sink: ByteSink): FormatWriter {
  const names = columns.map(([name]) => name);
  let started = false;
  return {
    async writeRows(rows) {
      let text = '';
      if (!started) {
        text += `\ufeff${names.map((name) => csvField(name)).join(',')}\r\n`;
        started = true;
      }
      // Plain concatenation: no array per row (a large export is millions of cells).
      for (const row of rows) {
        let line = csvField(row[names[0]!] ?? null);
        for (let i = 1; i < names.length; i++) line += `,${csvField(row[names[i]!] ?? null)}`;
        text += `${line}\r\n`;
      }
      await sink(encoder.encode(text));
    },
    async finish() {
      if (!started) await this.writeRows([]);
    },
  };
}

/** One JSON object a line, keys in column order. */
export function createJsonlWriter(columns: ReadonlyArray<readonly [string, ColumnType]>, sink: ByteSink): FormatWriter {
  return {
    async writeRows(rows) {
      if (rows.length === 0) return;
      let text = '';
      for (const row of rows) {
        const ordered: ExportRow = {};
        for (const [name] of columns) ordered[name] = row[name] ?? null;
        text += `${JSON.stringify(ordered)}\n`;
      }
      await sink(encoder.encode(text));
    },
    async finish() {},
  };
}

const PARQUET_TYPES: Record<ColumnType, BasicType> = { string: 'STRING', int: 'INT64', double: 'DOUBLE', boolean: 'BOOLEAN' };

/**
 * A hyparquet ByteWriter that hands its bytes to the sink after every row group and starts over,
 * so memory holds one row group at a time. `offset` keeps counting, as the footer needs it.
 */
class SinkByteWriter extends ByteWriter {
  constructor(private readonly sink: ByteSink) {
    super(1 << 20);
  }
  flush(): Promise<void> {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return this.sink(chunk);
  }
  override finish(): void {}
}

/** Parquet with one row group per batch of rows (snappy). */
export function createParquetWriter(columns: ReadonlyArray<readonly [string, ColumnType]>, sink: ByteSink): FormatWriter {
  const writer = new SinkByteWriter(sink);
  const toColumns = (rows: ExportRow[]): ColumnSource[] =>
    columns.map(([name, type]) => ({
      name,
      type: PARQUET_TYPES[type],
      nullable: true,
      data: rows.map((row) => {
        const value = row[name] ?? null;
        return type === 'int' && value !== null ? BigInt(value as number) : value;
      }),
    }));
  const parquet = new ParquetWriter({
    writer,
    schema: schemaFromColumnData({ columnData: toColumns([]) }),
    createdBy: 'vnnews export',
  });
  return {
    async writeRows(rows) {
      if (rows.length === 0) return;
      await parquet.write({ columnData: toColumns(rows), rowGroupSize: rows.length });
      await writer.flush();
    },
    async finish() {
      await parquet.finish();
      await writer.flush();
    },
  };
}

/** The writer for a format. */
export function createFormatWriter(
  format: ExportFormat,
  columns: ReadonlyArray<readonly [string, ColumnType]>,
  sink: ByteSink,
): FormatWriter {
  if (format === 'csv') return createCsvWriter(columns, sink);
  if (format === 'jsonl') return createJsonlWriter(columns, sink);
  return createParquetWriter(columns, sink);
}
