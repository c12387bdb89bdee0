import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { latestCrawlRuns } from '../../storage/crawl-runs-repository.ts';
import { getSource, listSources } from '../../storage/sources-repository.ts';
import type { CrawlRunView, SourcesResponse } from '../api-types.ts';
import { HttpError } from '../http-errors.ts';
import type { ServerContext } from '../server-context.ts';

const sourceParams = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'not a source id') });

function iso(value: Date | string | null): string | null {
  return value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Compares in constant time so the key cannot be guessed byte by byte from response times. */
function keyMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function requireApiKey(request: FastifyRequest, ctx: ServerContext): void {
  const expected = ctx.config.apiKey;
  const given = request.headers['x-api-key'];
  if (!expected) throw new HttpError(401, 'this server has no API_KEY configured, so crawl-now is disabled');
  if (typeof given !== 'string' || !keyMatches(given, expected)) {
    throw new HttpError(401, 'missing or wrong x-api-key header');
  }
}

/** Sources with their last crawl, and crawl-now. */
export function registerSourceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sources', async (): Promise<SourcesResponse> => {
    const [sources, runs, counts] = await Promise.all([
      listSources(ctx.db),
      latestCrawlRuns(ctx.db),
      ctx.db
        .selectFrom('articles')
        .select(['source_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('source_id')
        .execute(),
    ]);
    const runBySource = new Map(runs.map((run) => [run.source_id, run]));
    const countBySource = new Map(counts.map((row) => [row.source_id, Number(row.n)]));
    return {
      items: sources.map((source) => {
        const run = runBySource.get(source.id);
        const lastCrawl: CrawlRunView | null = run
          ? {
              id: Number(run.id),
              trigger: run.trigger,
              status: run.status,
              startedAt: iso(run.started_at) ?? '',
              finishedAt: iso(run.finished_at),
              discovered: run.discovered,
              fetched: run.fetched,
              unchanged: run.unchanged,
              failed: run.failed,
              articlesStored: run.articles_stored,
              relevant: run.relevant,
              error: run.error,
            }
          : null;
        return {
          id: source.id,
          name: source.name,
          homepage: source.homepage,
          kind: source.kind,
          homeProvince: source.home_province,
          schedule: source.schedule,
          enabled: source.enabled,
          disabledReason: source.disabled_reason,
          articles: countBySource.get(source.id) ?? 0,
          lastCrawl,
        };
      }),
    };
  });

  app.post('/api/sources/:id/crawl', async (request, reply) => {
    requireApiKey(request, ctx);
    const params = sourceParams.safeParse(request.params);
    if (!params.success) throw new HttpError(400, 'bad source id', params.error.issues.map((issue) => issue.message));
    if (!(await getSource(ctx.db, params.data.id))) throw new HttpError(404, `no source ${params.data.id}`);
    const result = await ctx.crawlNow(params.data.id);
    return reply.status(202).send(result);
  });
}
