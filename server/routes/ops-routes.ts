import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { QUEUE_NAMES } from '../../pipeline/queues.ts';
import type { HealthResponse } from '../api-types.ts';
import { renderSamples, type Sample } from '../metrics.ts';
import { buildOpenApiDocument } from '../openapi.ts';
import type { ServerContext } from '../server-context.ts';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Health, Prometheus metrics and the OpenAPI document. */
export function registerOpsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async (_request, reply) => {
    const database: HealthResponse['database'] = { ok: true, backend: ctx.backend };
    try {
      await sql`select 1`.execute(ctx.db);
    } catch (error) {
      Object.assign(database, { ok: false, error: message(error) });
    }
    let redis: HealthResponse['redis'] = null;
    if (ctx.queues) {
      try {
        await ctx.queues.connection.ping();
        redis = { ok: true };
      } catch (error) {
        redis = { ok: false, error: message(error) };
      }
    }
    const ok = database.ok && (redis === null || redis.ok);
    const body: HealthResponse = { status: ok ? 'ok' : 'degraded', database, redis };
    return reply.status(ok ? 200 : 503).send(body);
  });

  app.get('/metrics', async (_request, reply) => {
    const samples = await gatherSamples(ctx);
    return reply
      .header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
      .send(renderSamples(samples) + ctx.metrics.render());
  });

  const document = buildOpenApiDocument();
  app.get('/openapi.json', async () => document);
}

/** Queue depths and job totals from Redis, crawl and article counters from the database. */
async function gatherSamples(ctx: ServerContext): Promise<Sample[]> {
  const samples: Sample[] = [];
  if (ctx.queues) {
    const jobs: Sample = { name: 'vnnews_queue_jobs', help: 'Jobs in each queue by state (completed and failed are those kept).', type: 'gauge', values: [] };
    for (const name of QUEUE_NAMES) {
      try {
        const counts = await ctx.queues[name].getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
        for (const [state, value] of Object.entries(counts)) jobs.values.push({ labels: { queue: name, state }, value });
      } catch {
        // Redis down: the health route says so; metrics keep serving what they can.
      }
    }
    samples.push(jobs);
  }
  const [runs, totals, pages, articles] = await Promise.all([
    sql<{ status: string; n: number }>`select status, count(*)::int as n from crawl_runs group by status`.execute(ctx.db),
    sql<{ fetched: number; unchanged: number; failed: number; stored: number }>`
      select coalesce(sum(fetched), 0)::bigint as fetched, coalesce(sum(unchanged), 0)::bigint as unchanged,
        coalesce(sum(failed), 0)::bigint as failed, coalesce(sum(articles_stored), 0)::bigint as stored from crawl_runs`.execute(ctx.db),
    sql<{ status: string; n: number }>`select status, count(*)::int as n from pages group by status`.execute(ctx.db),
    sql<{ relevant: boolean; n: number }>`select relevant, count(*)::int as n from articles group by relevant`.execute(ctx.db),
  ]);
  samples.push({
    name: 'vnnews_crawl_runs_total',
    help: 'Crawl runs by final status.',
    type: 'counter',
    values: runs.rows.map((row) => ({ labels: { status: row.status }, value: Number(row.n) })),
  });
  const total = totals.rows[0];
  samples.push({
    name: 'vnnews_crawl_pages_total',
    help: 'Pages handled by all crawl runs, by outcome.',
    type: 'counter',
    values: total
      ? [
          { labels: { outcome: 'fetched' }, value: Number(total.fetched) },
          { labels: { outcome: 'unchanged' }, value: Number(total.unchanged) },
          { labels: { outcome: 'failed' }, value: Number(total.failed) },
          { labels: { outcome: 'article_stored' }, value: Number(total.stored) },
        ]
      : [],
  });
  samples.push({
    name: 'vnnews_pages',
    help: 'Stored pages by processing status.',
    type: 'gauge',
    values: pages.rows.map((row) => ({ labels: { status: row.status }, value: Number(row.n) })),
  });
  samples.push({
    name: 'vnnews_articles',
    help: 'Stored articles by relevance decision.',
    type: 'gauge',
    values: articles.rows.map((row) => ({ labels: { relevant: String(row.relevant) }, value: Number(row.n) })),
  });
  return samples;
}
