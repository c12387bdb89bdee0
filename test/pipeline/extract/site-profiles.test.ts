import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { SITE_PROFILES, findSiteProfile } from '../../../crawlers/sites/index.ts';

describe('site profiles', () => {
  it.each([
    ['https://vnexpress.net/a-123.html', 'vnexpress'],
    ['https://e.vnexpress.net/news/a-1.html', 'vnexpress'],
    ['http://tuoitre.vn/tin/a/724115.html', 'tuoitre'],
    ['https://www.nld.com.vn/a.htm', 'nld'],
    ['https://vietnamnet.vn/vn/the-gioi/a-698054.html', 'vietnamnet'],
    ['https://baoquocte.vn/a.html', 'baoquocte'],
    ['https://thoidai.com.vn/a.html', 'thoidai'],
  ])('maps %s to the %s profile', (url, site) => {
    expect(findSiteProfile(url)?.site).toBe(site);
  });

  it.each([['https://example.org/a.html'], ['not a url'], [null]])('finds no profile for %j', (url) => {
    expect(findSiteProfile(url)).toBeNull();
  });

  it('gives every host to one profile only', () => {
    const hosts = SITE_PROFILES.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('holds only selectors cheerio can compile', () => {
    const $ = cheerio.load('<html><body><p>x</p></body></html>');
    for (const profile of SITE_PROFILES) {
      for (const selector of [profile.title, profile.sapo, profile.body, profile.date, profile.author, profile.drop, profile.captions].flat()) {
        if (selector === undefined) continue;
        expect(() => $(selector), `${profile.site}: ${selector}`).not.toThrow();
      }
    }
  });
});
