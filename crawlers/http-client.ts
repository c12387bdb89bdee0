import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { BaseHttpClient, HttpRequest, HttpResponse, RedirectHandler, ResponseTypes, StreamingHttpResponse } from '@crawlee/http';

/** Raised when a request (headers and body) takes longer than its timeout. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
}

/**
 * crawlee's HTTP client over Node's own `http`/`https`, with keep-alive connections: a plain GET,
 * its response streamed back with the body decompressed (gzip, deflate, br). crawlee's default
 * client (got-scraping) builds browser-like headers, cookie jars, proxies and HTTP/2 sessions for
 * every request, none of which this crawler uses (it sends its own User-Agent, no cookies, no
 * proxy); on a crawl of a local site that machinery cost about a third of the crawl's CPU.
 *
 * Redirects are never followed: the crawl handles them itself (crawlers/crawl-routes.ts), so a
 * redirect target is fetched once, under its own URL. `timeout.request` bounds the whole exchange,
 * body included.
 */
export class NodeHttpClient implements BaseHttpClient {
  readonly #agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };

  async sendRequest<TResponseType extends keyof ResponseTypes = 'text'>(
    request: HttpRequest<TResponseType>,
  ): Promise<HttpResponse<TResponseType>> {
    const response = await this.stream(request as HttpRequest);
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const type = request.responseType ?? 'text';
    const body = type === 'buffer' ? bytes : type === 'json' ? JSON.parse(bytes.toString('utf8')) : bytes.toString(request.encoding ?? 'utf8');
    return { ...response, complete: true, body } as unknown as HttpResponse<TResponseType>;
  }

  stream(request: HttpRequest, _onRedirect?: RedirectHandler): Promise<StreamingHttpResponse> {
    const url = new URL(request.url);
    const agent = this.#agents[url.protocol as 'http:' | 'https:'];
    if (!agent) return Promise.reject(new Error(`unsupported protocol ${url.protocol} (${url.href})`));
    const transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string | string[]> = { 'accept-encoding': 'gzip, deflate, br' };
    for (const [name, value] of Object.entries(request.headers ?? {})) if (value !== undefined) headers[name.toLowerCase()] = value;
    const timeoutMillis = request.timeout && 'request' in request.timeout ? request.timeout.request : undefined;
    const tls = (request as { https?: { rejectUnauthorized?: boolean } }).https;

    return new Promise<StreamingHttpResponse>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const outgoing = transport.request(url, {
        method: request.method?.toUpperCase() ?? 'GET',
        headers,
        agent,
        ...(request.signal ? { signal: request.signal } : {}),
        ...(tls?.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}),
        ...(request.insecureHTTPParser ? { insecureHTTPParser: true } : {}),
      });
      const fail = (error: Error) => {
        if (timer) clearTimeout(timer);
        reject(error);
      };
      if (timeoutMillis !== undefined && Number.isFinite(timeoutMillis)) {
        timer = setTimeout(() => {
          outgoing.destroy(new RequestTimeoutError(`request timed out after ${timeoutMillis} ms`));
        }, timeoutMillis);
      }
      outgoing.on('error', fail);
      outgoing.on('response', (incoming) => {
        const bodiless = incoming.statusCode === 204 || incoming.statusCode === 304 || outgoing.method === 'HEAD';
        const body = bodiless ? incoming : decoded(incoming);
        // crawlee reads the URL from the stream; a client-side IncomingMessage has an empty `url`.
        (body as Readable & { url?: string }).url = url.href;
        const done = () => {
          if (timer) clearTimeout(timer);
        };
        body.on('end', done);
        body.on('close', done);
        // A timeout or a reset during the body ends the body with the error.
        outgoing.on('error', (error) => body.destroy(error));
        if (body !== incoming) incoming.on('error', (error) => body.destroy(error));
        resolve({
          stream: body,
          request,
          redirectUrls: [],
          url: url.href,
          ip: incoming.socket?.remoteAddress,
          statusCode: incoming.statusCode ?? 0,
          statusMessage: incoming.statusMessage,
          headers: incoming.headers,
          trailers: incoming.trailers,
          complete: incoming.complete,
          // Progress is not tracked: counting bytes would need a reader on the body before crawlee's.
          downloadProgress: { percent: 0, transferred: 0 },
          uploadProgress: { percent: 1, transferred: 0 },
        });
      });
      const payload = request.body;
      if (typeof payload === 'string' || Buffer.isBuffer(payload)) outgoing.end(payload);
      else outgoing.end();
    });
  }

  /** Closes the idle keep-alive connections. */
  close(): void {
    for (const agent of Object.values(this.#agents)) agent.destroy();
  }
}

/** The body as sent, or decompressed when the server compressed it. */
function decoded(incoming: http.IncomingMessage): Readable {
  const encoding = String(incoming.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return incoming.pipe(createGunzip());
  if (encoding === 'deflate') return incoming.pipe(createInflate());
  if (encoding === 'br') return incoming.pipe(createBrotliDecompress());
  return incoming;
}
