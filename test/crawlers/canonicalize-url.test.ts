import { describe, expect, it } from 'vitest';
import { bareHost, canonicalizeUrl } from '../../crawlers/canonicalize-url.ts';

describe('canonicalizeUrl', () => {
  it.each([
    ['drops utm parameters', 'https://baoquocte.vn/a-123456.html?utm_source=fb&utm_medium=social', 'https://baoquocte.vn/a-123456.html'],
    ['drops fbclid, gclid and Zalo tracking', 'https://baoquocte.vn/a-123456.html?fbclid=x&gclid=y&zarsrc=30', 'https://baoquocte.vn/a-123456.html'],
    ['keeps parameters that select the page', 'https://nghean.gov.vn/tin-tuc?ItemID=42&utm_campaign=x', 'https://nghean.gov.vn/tin-tuc?ItemID=42'],
    ['sorts the parameters it keeps', 'https://example.vn/list?page=2&cat=5', 'https://example.vn/list?cat=5&page=2'],
    ['drops the fragment', 'https://vnexpress.net/bai-4712345.html#box_comment', 'https://vnexpress.net/bai-4712345.html'],
    ['drops a trailing slash', 'https://baodanang.vn/doi-ngoai/', 'https://baodanang.vn/doi-ngoai'],
    ['keeps the root slash', 'https://baodanang.vn', 'https://baodanang.vn/'],
    ['lower-cases scheme and host but not the path', 'HTTPS://BaoDaNang.VN/Doi-Ngoai', 'https://baodanang.vn/Doi-Ngoai'],
    ['drops a default port', 'https://vov.vn:443/a-post123456.vov', 'https://vov.vn/a-post123456.vov'],
    ['keeps a non-default port', 'http://127.0.0.1:8080/baomau-a/', 'http://127.0.0.1:8080/baomau-a'],
    ['collapses doubled slashes in the path', 'https://qdnd.vn//quoc-te//tin-781234', 'https://qdnd.vn/quoc-te/tin-781234'],
    ['drops a trailing dot of the host', 'https://nhandan.vn./a-post812345.html', 'https://nhandan.vn/a-post812345.html'],
    ['drops user and password', 'https://user:pw@thoidai.com.vn/a-post1.html', 'https://thoidai.com.vn/a-post1.html'],
    ['removes a query made only of tracking', 'https://tuoitre.vn/x-2024.htm?utm_source=a&ref=home', 'https://tuoitre.vn/x-2024.htm'],
  ])('%s', (_case, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('resolves a relative link against its page', () => {
    expect(canonicalizeUrl('../the-gioi/bai-4712345.html?utm_source=rss', 'https://vnexpress.net/thoi-su/trang-2')).toBe(
      'https://vnexpress.net/the-gioi/bai-4712345.html',
    );
  });

  it.each([['mailto:toasoan@baodanang.vn'], ['javascript:void(0)'], ['tel:0236000000'], ['http://[bad']])('rejects %s', (input) => {
    expect(canonicalizeUrl(input)).toBeUndefined();
  });

  it('gives the same answer when applied twice', () => {
    const once = canonicalizeUrl('https://WWW.Example.vn:443/a/b/?z=1&utm_x=2&a=3#top') as string;
    expect(canonicalizeUrl(once)).toBe(once);
  });

  it('names a host without its www prefix', () => {
    expect(bareHost('https://www.VietnamPlus.vn/x')).toBe('vietnamplus.vn');
  });
});
