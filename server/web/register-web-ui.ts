import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PipelineQueues } from '../../pipeline/queues.ts';
import { registerQueueDashboard } from './queue-dashboard.ts';

/** The page's files: plain HTML, CSS and browser ES modules, served as they are (no build step). */
export const WEB_ROOT = fileURLToPath(new URL('./public/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Resolves a request path to a file under {@link WEB_ROOT}, or undefined when it would leave the
 * folder (`..`) or names a type the page does not use.
 */
export function webFileOf(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(WEB_ROOT, relative);
  if (!file.startsWith(WEB_ROOT.endsWith(sep) ? WEB_ROOT : WEB_ROOT + sep)) return undefined;
  if (!(extname(file) in CONTENT_TYPES)) return undefined;
  return file;
}

/**
 * Serves the analysts' page at `/` (index.html) and its modules at `/web/<file>`, and the queue
 * dashboard under /admin/queues when the server has queues (Redis). A tiny handler instead of
 * @fastify/static: the page is a dozen small files and needs no ranges or directory listings.
 */
export async function registerWebUi(
  app: FastifyInstance,
  services: { queues?: PipelineQueues } = {},
): Promise<void> {
  const serve = async (urlPath: string, reply: FastifyReply) => {
    const file = webFileOf(urlPath);
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) {
      return reply
        .code(404)
        .type('application/json')
        .send({ statusCode: 404, error: 'Not Found', message: `no file ${urlPath}` });
    }
    return reply
      .type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', 'no-cache')
      .send(body);
  };
  app.get('/', (_request, reply) => serve('/', reply));
  app.get('/web/*', (request, reply) => serve(`/${(request.params as { '*': string })['*']}`, reply));
  if (services.queues) await registerQueueDashboard(app, services.queues);
}
