import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../pipeline/config.ts';
import type { Logger } from '../pipeline/logger.ts';
import type { PipelineQueues } from '../pipeline/queues.ts';
import type { Backend } from '../storage/database.ts';
import type { Database } from '../storage/tables/database.ts';
import type { CrawlNowResponse } from './api-types.ts';
import { createCrawlNow } from './crawl-now.ts';
import { handleError, HttpError } from './http-errors.ts';
import { RequestMetrics } from './metrics.ts';
import { registerOpsRoutes } from './routes/ops-routes.ts';
import { registerSearchRoutes } from './routes/search-routes.ts';
import { registerSourceRoutes } from './routes/source-routes.ts';
import type { ServerContext } from './server-context.ts';

export interface ServerOptions {
  config: Config;
  db: Kysely<Database>;
  /** For the health report. @defaultValue `postgres` when config.databaseUrl is set, else `pglite` */
  backend?: Backend;
  /** The BullMQ queues when Redis is configured. */
  queues?: PipelineQueues;
  logger?: Logger;
  /** How crawl-now starts a crawl; by default a queue job with Redis, else a background crawl here. */
  crawlNow?: (sourceId: string) => Promise<CrawlNowResponse>;
  /** Registers the analysts' web page (server/web); gets the queues to mount their dashboard. */
  registerWebUi?: (app: FastifyInstance, services: { queues?: PipelineQueues }) => void | Promise<void>;
}

/** The Fastify app with every route, not listening: `app.inject()` in tests, {@link startServer} to serve. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Fastify's instance type follows the logger's type; the routes only need the base logger.
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger as FastifyBaseLogger } : { logger: false }),
    // Long path parameters are validated by the routes with a clear 400, not cut by the router.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  const ctx: ServerContext = {
    config: options.config,
    db: options.db,
    backend: options.backend ?? (options.config.databaseUrl ? 'postgres' : 'pglite'),
    queues: options.queues,
    logger: options.logger,
    metrics: new RequestMetrics(),
    crawlNow:
      options.crawlNow ??
      createCrawlNow({ config: options.config, db: options.db, queues: options.queues, logger: options.logger }),
  };

  app.addHook('onResponse', async (request, reply) => {
    ctx.metrics.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => handleError(new HttpError(404, `no route ${request.method} ${request.url.split('?')[0]}`), request, reply));

  registerSearchRoutes(app, ctx);
  registerSourceRoutes(app, ctx);
  registerOpsRoutes(app, ctx);
  await options.registerWebUi?.(app, { queues: options.queues });
  return app;
}

/** Builds the server and listens on config.host:config.port (0 picks a free port). */
export async function startServer(options: ServerOptions): Promise<{ url: string; app: FastifyInstance; close(): Promise<void> }> {
  const app = await buildServer(options);
  await app.listen({ host: options.config.host, port: options.config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.config.port;
  const host = options.config.host.includes(':') ? `[${options.config.host}]` : options.config.host;
  return { url: `http://${host}:${port}`, app, close: () => app.close() };
}
