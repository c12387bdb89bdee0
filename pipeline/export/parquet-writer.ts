import {
  ByteWriter,
  ParquetWriter,
  schemaFromColumnData,
  type BasicType,
  type ColumnSource,
} from 'hyparquet-writer';
import type { ColumnType, Columns, ExportRow } from './export-rows.ts';
import type { ByteSink, FormatWriter } from './format-writers.ts';

// Long, nearly unique texts: a dictionary never pays off and min/max statistics of article bodies
// help no reader, but trying both was half of the encoder's time.
const FREE_TEXT = new Set(['url', 'title', 'sapo', 'text', 'evidence', 'evidence_text']);

const PARQUET_TYPES: Record<ColumnType, BasicType> = {
  string: 'STRING',
  int: 'INT64',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
};

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

/**
 * Parquet (snappy), in row groups of about `rowGroupRows` rows: readers skip and compress by row
 * group, so groups are larger than a database batch; memory holds one group. @defaultValue 2000 rows
 */
export function createParquetWriter(columns: Columns, sink: ByteSink, rowGroupRows = 2_000): FormatWriter {
  const writer = new SinkByteWriter(sink);
  const toColumns = (rows: ExportRow[]): ColumnSource[] =>
    columns.map(([name, type], i) => ({
      name,
      type: PARQUET_TYPES[type],
      nullable: true,
      ...(FREE_TEXT.has(name) ? { encoding: 'PLAIN' as const, statistics: false } : {}),
      data: rows.map((row) => {
        const value = row[i] ?? null;
        return type === 'int' && value !== null ? BigInt(value as number) : value;
      }),
    }));
  const parquet = new ParquetWriter({
    writer,
    schema: schemaFromColumnData({ columnData: toColumns([]) }),
    createdBy: 'vnnews export',
  });
  let rows: ExportRow[] = [];
  const writeGroup = async () => {
    if (rows.length === 0) return;
    const group = rows;
    rows = [];
    await parquet.write({ columnData: toColumns(group), rowGroupSize: group.length });
    await writer.flush();
  };
  return {
    writeRow(row) {
      rows.push(row);
    },
    async endBatch() {
      if (rows.length >= rowGroupRows) await writeGroup();
    },
    async finish() {
      await writeGroup();
      await parquet.finish();
      await writer.flush();
    },
  };
}
