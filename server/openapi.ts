/**
 * The OpenAPI 3 document served at /openapi.json, written by hand beside the routes so it says
 * what the parameters mean, not only their types. Shapes follow server/api-types.ts.
 */

type Parameter = { name: string; in: 'query' | 'path' | 'header'; required?: boolean; description: string; schema: Record<string, unknown> };

const list = (description: string): Parameter['schema'] => ({
  description,
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
});

const SEARCH_PARAMETERS: Parameter[] = [
  { name: 'q', in: 'query', description: 'Query text: words (all must occur, side by side ranks higher), "quoted phrases", OR, -exclusion. Diacritics match exactly; without diacritics any.', schema: { type: 'string', maxLength: 2000 } },
  { name: 'province', in: 'query', description: 'Province slugs (LABELS.md), repeated or comma-separated.', schema: list('slugs') },
  { name: 'provinceMode', in: 'query', description: 'named: as the article names it; current: the unit today.', schema: { type: 'string', enum: ['named', 'current'], default: 'named' } },
  { name: 'primaryOnly', in: 'query', description: 'Match only the primary province.', schema: { type: 'boolean', default: false } },
  { name: 'country', in: 'query', description: 'ISO 3166-1 alpha-2 codes.', schema: list('codes') },
  { name: 'activity', in: 'query', description: 'Activity codes.', schema: list('codes') },
  { name: 'source', in: 'query', description: 'Source ids.', schema: list('ids') },
  { name: 'relevantOnly', in: 'query', description: 'Only articles judged relevant.', schema: { type: 'boolean', default: true } },
  { name: 'from', in: 'query', description: 'First day (YYYY-MM-DD, Asia/Ho_Chi_Minh).', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', description: 'Last day, inclusive.', schema: { type: 'string', format: 'date' } },
  { name: 'minConfidence', in: 'query', description: 'Minimum confidence of the matched tags.', schema: { type: 'number', minimum: 0, maximum: 1, default: 0 } },
];

const PAGING_PARAMETERS: Parameter[] = [
  { name: 'sort', in: 'query', description: 'relevance (default with q) or date.', schema: { type: 'string', enum: ['relevance', 'date'] } },
  { name: 'limit', in: 'query', description: 'Items per page.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
  { name: 'cursor', in: 'query', description: 'nextCursor of the previous page.', schema: { type: 'string' } },
  { name: 'facets', in: 'query', description: 'Compute facet counts.', schema: { type: 'boolean', default: true } },
];

const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
const json = (description: string, ref?: string) => ({
  description,
  content: { 'application/json': { schema: ref ? { $ref: `#/components/schemas/${ref}` } : { type: 'object' } } },
});

export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'vnnews API',
      version: '0.1.0',
      description: 'Search, read and export Vietnamese provincial news on foreign affairs and people\'s diplomacy.',
    },
    paths: {
      '/api/search': {
        get: {
          summary: 'Search articles with filters and facets',
          parameters: [...SEARCH_PARAMETERS, ...PAGING_PARAMETERS],
          responses: { 200: json('Results', 'SearchResponse'), 400: error },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with tags, evidence, near-duplicates and optionally the raw page',
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'Article id.', schema: { type: 'integer', minimum: 1 } },
            { name: 'raw', in: 'query', description: '1 to include the stored page.', schema: { type: 'string', enum: ['1', '0', 'true', 'false'] } },
          ],
          responses: { 200: json('The article', 'ArticleView'), 400: error, 404: error },
        },
      },
      '/api/export': {
        get: {
          summary: 'Stream every matching article as CSV (UTF-8 with BOM), JSONL or Parquet',
          parameters: [
            { name: 'format', in: 'query', required: true, description: 'File format.', schema: { type: 'string', enum: ['csv', 'jsonl', 'parquet'] } },
            { name: 'long', in: 'query', description: '1: one row per tag with its evidence.', schema: { type: 'string', enum: ['1', '0', 'true', 'false'] } },
            ...SEARCH_PARAMETERS,
          ],
          responses: {
            200: {
              description: 'The file, streamed',
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/x-ndjson': { schema: { type: 'string' } },
                'application/vnd.apache.parquet': { schema: { type: 'string', format: 'binary' } },
              },
            },
            400: error,
          },
        },
      },
      '/api/sources': { get: { summary: 'Sources with their last crawl', responses: { 200: json('Sources', 'SourcesResponse') } } },
      '/api/sources/{id}/crawl': {
        post: {
          summary: 'Crawl a source now (queued with Redis, else in this process)',
          security: [{ apiKey: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, description: 'Source id.', schema: { type: 'string' } }],
          responses: { 202: json('Started or queued', 'CrawlNowResponse'), 401: error, 404: error },
        },
      },
      '/api/provinces': { get: { summary: 'Province units, former and current', responses: { 200: json('Units', 'ReferenceResponse') } } },
      '/api/countries': { get: { summary: 'Countries with Vietnamese names', responses: { 200: json('Countries', 'ReferenceResponse') } } },
      '/api/activities': { get: { summary: 'Activity types', responses: { 200: json('Activities', 'ReferenceResponse') } } },
      '/api/health': { get: { summary: 'Database and Redis health', responses: { 200: json('Healthy', 'HealthResponse'), 503: json('Degraded', 'HealthResponse') } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { 200: { description: 'Text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
    },
    components: {
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      schemas: {
        ApiError: {
          type: 'object',
          required: ['statusCode', 'error', 'message'],
          properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'string' } } },
        },
        SearchResponse: {
          type: 'object',
          description: 'See server/api-types.ts SearchResponse.',
          properties: {
            total: { type: 'integer' },
            approximate: { type: 'boolean', description: 'Total and facets estimated from a 1-in-64 sample.' },
            ranking: { type: 'string', enum: ['all', 'recent', 'sample'], description: 'What relevance order ranked: all matches, the 1,000 most recent, or a 1-in-256 sample.' },
            items: { type: 'array', items: { type: 'object' } },
            facets: { type: 'object', properties: Object.fromEntries(['province', 'country', 'activity', 'source', 'month'].map((f) => [f, { type: 'array', items: { $ref: '#/components/schemas/FacetBucket' } }])) },
            nextCursor: { type: 'string', nullable: true },
          },
        },
        FacetBucket: { type: 'object', properties: { code: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' } } },
        ArticleView: { type: 'object', description: 'See server/api-types.ts ArticleView.' },
        SourcesResponse: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } },
        CrawlNowResponse: { type: 'object', properties: { sourceId: { type: 'string' }, status: { type: 'string', enum: ['queued', 'started'] }, jobId: { type: 'string' } } },
        ReferenceResponse: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } },
        HealthResponse: { type: 'object', description: 'See server/api-types.ts HealthResponse.' },
      },
    },
  };
}
