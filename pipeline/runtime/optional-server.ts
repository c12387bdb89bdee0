import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from '../../storage/database.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { PipelineQueues } from '../queues.ts';

/** A running HTTP server as `start` and `demo` need it. */
export interface StartedServer {
  url: string;
  close(): Promise<void>;
}

type StartServer = (options: {
  config: Config;
  db: DatabaseHandle['db'];
  database: DatabaseHandle;
  logger: Logger;
  queues?: PipelineQueues;
  /** How the API's crawl-now runs a crawl; absent: the server's default. */
  crawlNow?: (sourceId: string) => Promise<{ sourceId: string; status: 'queued' | 'started'; jobId?: string }>;
}) => Promise<{ url?: string; address?: string; close(): Promise<void> }>;

// Where server/ keeps its entry; the first file that exists and exports startServer is used.
const CANDIDATES = ['../../server/start-server.ts', '../../server/main.ts', '../../server/server.ts', '../../server/index.ts'];

/**
 * Starts the API and search page when server/ provides `startServer`, else resolves to null so
 * `start` and `demo` can say so and go on without it. Imported lazily: the server pulls Fastify in.
 */
export async function startOptionalServer(options: Parameters<StartServer>[0]): Promise<StartedServer | null> {
  for (const candidate of CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    const module = (await import(url.href)) as { startServer?: StartServer };
    if (typeof module.startServer !== 'function') continue;
    const server = await module.startServer(options);
    const address = server.url ?? server.address ?? `http://${options.config.host}:${options.config.port}`;
    return { url: address, close: () => server.close() };
  }
  return null;
}
