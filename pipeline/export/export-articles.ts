import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import {
  defaultExportBatchSize,
  streamExportRecords,
  type ExportSource,
} from '../../storage/search/export-query.ts';
import { loadLabels } from '../../storage/search/labels.ts';
import type { SearchRequest } from '../../storage/search/search-request.ts';
import { createRowBuilder, LONG_COLUMNS, WIDE_COLUMNS } from './export-rows.ts';
import { createFormatWriter, type ByteSink, type ExportFormat } from './format-writers.ts';

export interface ExportOptions {
  format: ExportFormat;
  /** One row per tag with its evidence instead of one row per article. @defaultValue false */
  long?: boolean;
  /**
   * Rows read per database round trip, and written between two waits for the output.
   * @defaultValue 100 on PostgreSQL, 1000 on PGlite
   */
  batchSize?: number;
  /** Called after every batch. */
  onProgress?: (progress: { articles: number; rows: number }) => void;
}

/** What an export wrote; the manifest repeats it. */
export interface ExportSummary {
  format: ExportFormat;
  layout: 'wide' | 'long';
  /** Rows written (articles in the wide layout, tags in the long one). */
  rows: number;
  articles: number;
  bytes: number;
  /** Hex sha256 of every byte written. */
  sha256: string;
  extractorVersions: string[];
  classifierVersions: string[];
}

/** FILE.manifest.json: how a dataset was made. */
export interface ExportManifest extends ExportSummary {
  file: string;
  createdAt: string;
  filters: Omit<SearchRequest, 'limit' | 'cursor' | 'facets' | 'sort'>;
}

/** The filters of a request, as recorded in a manifest. */
export function manifestFilters(request: SearchRequest): ExportManifest['filters'] {
  const { limit: _limit, cursor: _cursor, facets: _facets, sort: _sort, ...filters } = request;
  return filters;
}

/**
 * Streams every article matching `request` into `sink` in the chosen format, batch by batch, so
 * memory stays flat however large the export. Hashes what it writes.
 */
export async function exportArticles(
  source: ExportSource,
  request: SearchRequest,
  sink: ByteSink,
  options: ExportOptions,
): Promise<ExportSummary> {
  const long = options.long ?? false;
  const hash = createHash('sha256');
  let bytes = 0;
  const hashingSink: ByteSink = (chunk) => {
    hash.update(chunk);
    bytes += chunk.byteLength;
    return sink(chunk);
  };
  const labels = await loadLabels(source.db);
  const writer = await createFormatWriter(options.format, long ? LONG_COLUMNS : WIDE_COLUMNS, hashingSink);
  const build = createRowBuilder(labels);
  const batchSize = options.batchSize ?? defaultExportBatchSize(source.backend);
  const extractorVersions = new Set<string>();
  const classifierVersions = new Set<string>();
  let rows = 0;
  let articles = 0;
  let lastId = 0;
  let pending = 0;
  const records = long
    ? streamExportRecords(source, request, 'long', batchSize)
    : streamExportRecords(source, request, 'wide', batchSize);
  for await (const record of records) {
    if (record.id !== lastId) {
      articles++;
      lastId = record.id;
      extractorVersions.add(record.extractor_version);
      classifierVersions.add(record.classifier_version);
    }
    const row = 'kind' in record ? build.longRow(record) : build.wideRow(record);
    if (row) {
      writer.writeRow(row);
      rows++;
    }
    if (++pending === batchSize) {
      pending = 0;
      await writer.endBatch();
      options.onProgress?.({ articles, rows });
    }
  }
  await writer.endBatch();
  options.onProgress?.({ articles, rows });
  await writer.finish();
  return {
    format: options.format,
    layout: long ? 'long' : 'wide',
    rows,
    articles,
    bytes,
    sha256: hash.digest('hex'),
    extractorVersions: [...extractorVersions].sort(),
    classifierVersions: [...classifierVersions].sort(),
  };
}

/**
 * A sink writing into a Node stream, waiting for `drain` when its buffer is full. Fails when the
 * stream is closed first (a download the client gave up on), so the export stops and gives back
 * its database connection instead of waiting for a `drain` that never comes.
 */
export function streamSink(stream: Writable): ByteSink {
  const closed = () => new Error('the output stream was closed before the export finished');
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (stream.destroyed || stream.writableEnded) {
        reject(closed());
        return;
      }
      if (stream.write(chunk)) {
        resolve();
        return;
      }
      const settle = (error?: Error) => {
        stream.off('drain', onDrain);
        stream.off('error', onError);
        stream.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => settle();
      const onError = (error: Error) => settle(error);
      const onClose = () => settle(closed());
      stream.on('drain', onDrain);
      stream.on('error', onError);
      stream.on('close', onClose);
    });
}

/**
 * Exports into `outPath` (written as `outPath.partial` and renamed when complete, so a failed
 * export leaves no truncated file) and writes `outPath.manifest.json` beside it.
 */
export async function exportToFile(
  source: ExportSource,
  request: SearchRequest,
  outPath: string,
  options: ExportOptions,
  now: () => Date = () => new Date(),
): Promise<{ manifest: ExportManifest; manifestPath: string }> {
  const partial = `${outPath}.partial`;
  // Room for a few chunks, so formatting goes on while the disk writes.
  const stream = createWriteStream(partial, { highWaterMark: 4 << 20 });
  const closed = new Promise<void>((resolve, reject) => {
    stream.once('finish', resolve);
    stream.once('error', reject);
  });
  let summary: ExportSummary;
  try {
    summary = await exportArticles(source, request, streamSink(stream), options);
    stream.end();
    await closed;
    await rename(partial, outPath);
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  const manifest: ExportManifest = {
    file: outPath.split(/[\\/]/).at(-1) ?? outPath,
    createdAt: now().toISOString(),
    filters: manifestFilters(request),
    ...summary,
  };
  const manifestPath = `${outPath}.manifest.json`;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, manifestPath };
}
