import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ACTIVITIES } from '../../classifiers/data/activities.ts';
import { CURRENT_PROVINCES, FORMER_PROVINCES } from '../../classifiers/data/provinces.ts';
import { exportArticles, manifestFilters, streamSink } from '../../pipeline/export/export-articles.ts';
import { getArticleView } from '../../storage/search/get-article-view.ts';
import { FacetCache } from '../../storage/search/facet-cache.ts';
import { searchArticles, type FacetResult } from '../../storage/search/search-articles.ts';
import { parseSearchParams } from '../../storage/search/search-request.ts';
import type { ReferenceResponse } from '../api-types.ts';
import { HttpError } from '../http-errors.ts';
import type { ServerContext } from '../server-context.ts';

const articleParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const articleQuery = z.object({ raw: z.enum(['1', 'true', '0', 'false']).optional() });
const exportQuery = z.object({
  format: z.enum(['csv', 'jsonl', 'parquet']),
  long: z.enum(['1', 'true', '0', 'false']).optional(),
});

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
} as const;

function zodDetails(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
}

/** Search, article, export and reference routes. */
export function registerSearchRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const facetCache = new FacetCache<FacetResult>();
  app.get('/api/search', async (request) => {
    const search = parseSearchParams(request.query as Record<string, unknown>);
    return searchArticles(ctx.db, search, { facetCache });
  });

  app.get('/api/articles/:id', async (request) => {
    const params = articleParams.safeParse(request.params);
    if (!params.success) throw new HttpError(400, 'article id must be a positive integer', zodDetails(params.error));
    const query = articleQuery.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'raw must be 1 or 0', zodDetails(query.error));
    const includeRaw = query.data.raw === '1' || query.data.raw === 'true';
    const view = await getArticleView(ctx.db, params.data.id, { includeRaw });
    if (!view) throw new HttpError(404, `no article ${params.data.id}`);
    return view;
  });

  app.get('/api/export', async (request, reply) => {
    const { format: _f, long: _l, ...rest } = request.query as Record<string, unknown>;
    const options = exportQuery.safeParse({ format: _f, long: _l });
    if (!options.success) throw new HttpError(400, 'format must be csv, jsonl or parquet', zodDetails(options.error));
    const search = parseSearchParams(rest);
    const { format } = options.data;
    const long = options.data.long === '1' || options.data.long === 'true';
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    const stream = new PassThrough();
    reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="vnnews-${stamp}${long ? '-long' : ''}.${format}"`)
      .header('x-vnnews-filters', encodeURIComponent(JSON.stringify(manifestFilters(search))));
    // Headers go out first; a failure half-way can only cut the download short, which the client sees.
    exportArticles(ctx, search, streamSink(stream), { format, long })
      .then((summary) => {
        request.log.info({ rows: summary.rows, bytes: summary.bytes, format }, 'export streamed');
        stream.end();
      })
      .catch((error: unknown) => {
        request.log.error({ err: error }, 'export failed');
        stream.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    return reply.send(stream);
  });

  app.get('/api/provinces', async (): Promise<ReferenceResponse> => ({
    items: [
      ...CURRENT_PROVINCES.map((unit) => ({ code: unit.slug, label: unit.name, current: unit.slug, era: 'current' })),
      ...FORMER_PROVINCES.map((unit) => ({ code: unit.slug, label: unit.name, current: unit.current, era: 'before-2025' })),
    ],
  }));

  app.get('/api/countries', async (): Promise<ReferenceResponse> => {
    const rows = await ctx.db.selectFrom('countries').select(['alpha2', 'name_vi']).orderBy('name_vi').execute();
    return { items: rows.map((row) => ({ code: row.alpha2, label: row.name_vi })) };
  });

  app.get('/api/activities', async (): Promise<ReferenceResponse> => ({
    items: ACTIVITIES.map((activity) => ({ code: activity.code, label: activity.nameVi })),
  }));
}
