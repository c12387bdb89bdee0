import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleSite, type SampleSite } from '../../sample-site/server.ts';

describe('the sample site', () => {
  let site: SampleSite;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${site.url}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    site = await startSampleSite({ articlesPerOutlet: 20, slowMillis: 200 });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('serves robots.txt disallowing the print pages and naming the sitemaps', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toContain('Disallow: /baomau-a/ban-in/');
    expect(text).toContain(`Sitemap: ${site.url}/baomau-b/sitemap.xml`);
  });

  it('lists every article of outlet A in its sitemap index, one child gzipped', async () => {
    const index = await (await get('/baomau-a/sitemap.xml')).text();
    expect(index).toContain('<sitemapindex');
    const plain = await (await get('/baomau-a/sitemaps/bai-viet-1.xml')).text();
    const zipped = await get('/baomau-a/sitemaps/bai-viet-2.xml.gz');
    expect(zipped.headers.get('content-type')).toBe('application/x-gzip');
    const unzipped = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    for (const article of site.articles.filter((a) => a.outletId === 'baomau-a')) {
      expect(plain.includes(article.path) || unzipped.includes(article.path)).toBe(true);
    }
  });

  it('answers 304 to a request with the current ETag or a later If-Modified-Since, and 200 after a change', async () => {
    const article = site.articles.find((a) => a.outletId === 'baomau-c') as (typeof site.articles)[number];
    const first = await get(article.path);
    const etag = first.headers.get('etag') as string;
    const lastModified = first.headers.get('last-modified') as string;
    expect((await get(article.path, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(article.path, { 'if-modified-since': lastModified })).status).toBe(304);
    site.updateArticle(article.id, { title: 'Tiêu đề đã sửa' });
    const changed = await get(article.path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Tiêu đề đã sửa');
    expect((await get(article.path, { 'if-modified-since': lastModified })).status).toBe(200);
  });

  it('fails the flaky page once, then serves it', async () => {
    expect((await get(site.traps.flaky)).status).toBe(500);
    expect((await get(site.traps.flaky)).status).toBe(200);
  });

  it('redirects, answers 404 and delays as its traps say', async () => {
    const redirect = await get(site.traps.redirectFrom);
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, site.traps.redirectTo]);
    expect((await get(site.traps.notFound)).status).toBe(404);
    const started = Date.now();
    expect((await get(site.traps.slow)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('pages its listings with rel=next up to the last page', async () => {
    const firstPage = await (await get('/baomau-c/doi-ngoai')).text();
    expect(firstPage).toContain('rel="next" href="/baomau-c/doi-ngoai/trang-2"');
    expect((await get('/baomau-c/doi-ngoai/trang-99')).status).toBe(404);
  });

  it('writes foreign-affairs news with other provinces and countries in the sidebar', async () => {
    const article = site.articles.find((a) => a.outletId === 'baomau-a' && a.activity === 'agreement') ?? site.articles.find((a) => a.activity !== null);
    const html = await (await get(article?.path ?? '/')).text();
    expect(html).toContain('application/ld+json');
    expect(html).toMatch(/<aside class="most-read">.*(Singapore|Trung Quốc|Campuchia|Đài Loan|Hà Lan|Thái Lan)/s);
  });

  it('logs every request with its validators', async () => {
    await get('/baomau-b/', { 'if-none-match': '"x"' });
    expect(site.requests.at(-1)).toMatchObject({ path: '/baomau-b/', status: 200, ifNoneMatch: '"x"' });
    expect(site.requestCount(`${site.url}/baomau-b/`)).toBe(1);
  });

  it('scales to thousands of generated articles', async () => {
    const big = await startSampleSite({ articlesPerOutlet: 1000, includeFixtures: false });
    try {
      expect(big.articles.length).toBe(3000);
      expect(new Set(big.articles.map((a) => a.path)).size).toBe(3000);
      const urlset = await (await fetch(`${big.url}/baomau-b/sitemap.xml`)).text();
      expect(urlset.match(/<loc>/g)?.length).toBe(1000);
    } finally {
      await big.close();
    }
  });
});
