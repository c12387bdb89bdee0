import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHttpClient } from '../../crawlers/http-client.ts';

const PAGE = '<html><body><p>Đà Nẵng hợp tác với Ấn Độ</p></body></html>';

describe("the crawler's HTTP client", () => {
  let server: Server;
  let base: string;
  const connections = new Set<unknown>();
  const client = new NodeHttpClient();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/gzip') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        response.end(gzipSync(PAGE));
      } else if (path === '/br') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
        response.end(brotliCompressSync(PAGE));
      } else if (path === '/moved') {
        response.writeHead(301, { location: '/gzip' });
        response.end();
      } else if (path === '/not-modified') {
        response.writeHead(304, { 'content-encoding': 'gzip', etag: '"v1"' });
        response.end();
      } else if (path === '/trickle') {
        // Headers at once, then the body too slowly: the timeout covers the body as well.
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html>');
        setTimeout(() => response.end('</html>'), 2_000).unref();
      } else {
        response.writeHead(200, { 'content-type': 'text/plain', 'x-user-agent': request.headers['user-agent'] ?? '' });
        response.end(PAGE);
      }
    });
    server.on('connection', (socket) => connections.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const fetchText = async (path: string, headers: Record<string, string> = {}, timeoutMillis = 5_000) => {
    const response = await client.stream({ url: `${base}${path}`, headers, timeout: { request: timeoutMillis } });
    const chunks: Buffer[] = [];
    for await (const chunk of response.stream) chunks.push(chunk as Buffer);
    return { response, text: Buffer.concat(chunks).toString('utf8') };
  };

  it('gives the body of a gzip or brotli response decompressed, and the headers as sent', async () => {
    for (const path of ['/gzip', '/br']) {
      const { response, text } = await fetchText(path);
      expect(text).toBe(PAGE);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.url).toBe(`${base}${path}`);
    }
  });

  it('sends the headers it is given', async () => {
    const { response } = await fetchText('/plain', { 'User-Agent': 'vnnews-test/1' });
    expect(response.headers['x-user-agent']).toBe('vnnews-test/1');
  });

  it('leaves redirects to the crawl', async () => {
    const { response, text } = await fetchText('/moved');
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/gzip');
    expect(text).toBe('');
  });

  it('reads a 304 without a body even when it names an encoding', async () => {
    const { response, text } = await fetchText('/not-modified');
    expect(response.statusCode).toBe(304);
    expect(text).toBe('');
  });

  it('fails a body that arrives slower than the timeout', async () => {
    await expect(fetchText('/trickle', {}, 300)).rejects.toThrow(/timed out after 300 ms/);
  });

  it('reuses its connections', async () => {
    const before = connections.size;
    for (let i = 0; i < 5; i += 1) await fetchText('/plain');
    expect(connections.size - before).toBeLessThanOrEqual(1);
  });
});
