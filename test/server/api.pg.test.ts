import { parquetReadObjects } from 'hyparquet';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../pipeline/config.ts';
import { buildServer } from '../../server/build-server.ts';
import type { ApiError, ArticleView, HealthResponse, SearchResponse, SourcesResponse } from '../../server/api-types.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { backends } from '../setup/postgres.ts';
import { SEED_ARTICLES, seedArticles } from '../search/seed-articles.ts';

const API_KEY = 'test-key-0123456789';

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`HTTP API (${backend.name})`, () => {
    let handle: DatabaseHandle;
    let app: FastifyInstance;
    let ids: Map<string, number>;
    const crawled: string[] = [];

    beforeAll(async () => {
      handle = await backend.open();
      ids = await seedArticles(handle.db, SEED_ARTICLES);
      app = await buildServer({
        config: loadConfig({ API_KEY, LOG_LEVEL: 'silent' }),
        db: handle.db,
        backend: handle.backend,
        crawlNow: async (sourceId) => {
          crawled.push(sourceId);
          return { sourceId, status: 'started' };
        },
      });
    });
    afterAll(async () => {
      await app?.close();
      await handle?.close();
    });

    it('searches with filters and facets', async () => {
      const response = await app.inject({ url: '/api/search?q=an%20do&province=da-nang&provinceMode=current' });
      expect(response.statusCode).toBe(200);
      const body = response.json<SearchResponse>();
      expect(body.total).toBe(2);
      expect(body.facets.country).toEqual([{ code: 'IN', label: 'Ấn Độ', count: 2 }]);
      expect(body.items[0]!.snippet).toContain('<mark>');
    });

    it('accepts repeated and comma-separated list parameters', async () => {
      const repeated = await app.inject({ url: '/api/search?country=LA&country=KR' });
      const commas = await app.inject({ url: '/api/search?country=LA,KR' });
      expect(repeated.json<SearchResponse>().total).toBe(2);
      expect(commas.json<SearchResponse>().total).toBe(2);
    });

    it.each([
      ['an impossible date', '/api/search?from=2022-02-30', 'from'],
      ['a malformed date', '/api/search?to=22-1-1', 'to'],
      ['an unknown province', '/api/search?province=atlantis', 'province'],
      ['an unknown country', '/api/search?country=XX', 'country'],
      ['an unknown activity', '/api/search?activity=party', 'activity'],
      ['a limit out of range', '/api/search?limit=1000', 'limit'],
      ['a confidence above one', '/api/search?minConfidence=2', 'minConfidence'],
      ['an unknown sort', '/api/search?sort=random', 'sort'],
      ['a forged cursor', '/api/search?cursor=abc', 'cursor'],
      ['a query of 10,000 characters', `/api/search?q=${'a'.repeat(10_000)}`, 'q'],
      ['an article id that is not a number', '/api/articles/abc', 'id'],
      ['an unknown export format', '/api/export?format=xlsx', 'format'],
      ['export with an impossible date', '/api/export?format=csv&to=2023-13-01', 'to'],
    ])('answers 400 to %s', async (_name, url, field) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(400);
      const body = response.json<ApiError>();
      expect(body.error).toBe('Bad Request');
      expect([body.message, ...(body.details ?? [])].join(' ')).toContain(field);
    });

    it.each([
      ["'; drop table articles; --"],
      ['" OR 1=1 --'],
      ['\u202eđà nẵng\u202c'],
      ['😀 hợp tác 🇻🇳'],
      ['nul\u0000byte'],
      ['(((( )))) & | ! <-> :*'],
      ['%ED%A0%80'],
    ])('answers the hostile query %j with results', async (q) => {
      const response = await app.inject({ url: '/api/search', query: { q } });
      expect(response.statusCode).toBe(200);
      expect(response.json<SearchResponse>().total).toBeGreaterThanOrEqual(0);
    });

    it('still has its articles after the hostile queries', async () => {
      const response = await app.inject({ url: '/api/search?relevantOnly=false&limit=100' });
      expect(response.json<SearchResponse>().total).toBe(SEED_ARTICLES.length);
    });

    it('returns an article with evidence, and the raw page on request', async () => {
      const id = ids.get('khanh-hoa-korea')!;
      const plain = await app.inject({ url: `/api/articles/${id}` });
      expect(plain.statusCode).toBe(200);
      const view = plain.json<ArticleView>();
      expect(view.tags.find((tag) => tag.kind === 'country')?.evidence[0]?.text).toBe('Hàn Quốc');
      expect(view.raw).toBeUndefined();
      const raw = await app.inject({ url: `/api/articles/${id}?raw=1` });
      expect(raw.json<ArticleView>().raw?.html).toContain('<h1>Lễ hội giao lưu');
      expect((await app.inject({ url: '/api/articles/99999' })).statusCode).toBe(404);
    });

    it('streams a CSV export with a BOM and a Parquet export a reader can read', async () => {
      const csv = await app.inject({ url: '/api/export?format=csv&country=KR' });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="vnnews-\d+\.csv"/);
      expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.rawPayload.toString('utf8')).toContain('Lễ hội giao lưu văn hóa Khánh Hoà - Hàn Quốc');
      const parquet = await app.inject({ url: '/api/export?format=parquet&long=1' });
      const bytes = parquet.rawPayload;
      const file = new Uint8Array(bytes).buffer;
      const rows = await parquetReadObjects({ file });
      expect(rows.some((row) => row.kind === 'country' && row.code === 'IN')).toBe(true);
    });

    it('lists sources with their article counts', async () => {
      const body = (await app.inject({ url: '/api/sources' })).json<SourcesResponse>();
      expect(body.items.find((source) => source.id === 'baoquangnam')).toMatchObject({ articles: 1, lastCrawl: null });
    });

    it('refuses crawl-now without the right key and accepts it with the key', async () => {
      expect((await app.inject({ method: 'POST', url: '/api/sources/thoidai/crawl' })).statusCode).toBe(401);
      const wrong = await app.inject({ method: 'POST', url: '/api/sources/thoidai/crawl', headers: { 'x-api-key': 'nope' } });
      expect(wrong.statusCode).toBe(401);
      expect(crawled).toEqual([]);
      const ok = await app.inject({ method: 'POST', url: '/api/sources/thoidai/crawl', headers: { 'x-api-key': API_KEY } });
      expect(ok.statusCode).toBe(202);
      expect(ok.json()).toEqual({ sourceId: 'thoidai', status: 'started' });
      const unknown = await app.inject({ method: 'POST', url: '/api/sources/nowhere/crawl', headers: { 'x-api-key': API_KEY } });
      expect(unknown.statusCode).toBe(404);
      expect(crawled).toEqual(['thoidai']);
    });

    it('reports health, metrics and the OpenAPI document', async () => {
      const health = await app.inject({ url: '/api/health' });
      expect(health.json<HealthResponse>()).toEqual({ status: 'ok', database: { ok: true, backend: backend.name }, redis: null });
      const metrics = await app.inject({ url: '/metrics' });
      expect(metrics.headers['content-type']).toContain('text/plain');
      expect(metrics.body).toContain('vnnews_http_request_duration_seconds_bucket{method="GET",route="/api/search"');
      expect(metrics.body).toContain('vnnews_articles{relevant="true"} 5');
      const openapi = (await app.inject({ url: '/openapi.json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
      expect(openapi.openapi).toMatch(/^3\./);
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/export', '/api/sources/{id}/crawl']));
    });
  });
}
