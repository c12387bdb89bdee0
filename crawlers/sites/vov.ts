import type { SiteProfile } from './site-profile.ts';

/** Đài Tiếng nói Việt Nam (vov.vn). */
export const vovProfile: SiteProfile = {
  site: 'vov',
  hosts: ['vov.vn'],
  title: ['h1.article-title', 'h1.article__title', 'h1.vovvn-title', 'h1.cms-title'],
  sapo: ['.article__sapo', '.article-summary', '.sapo', '.cms-desc'],
  body: ['div.article__body', 'div.article-content', 'div.text-long', 'div[itemprop=\'articleBody\']'],
  date: ['.article__meta time', '.article-date', '.datetime', 'time'],
  author: ['.article__author', '.article-author', '.author'],
  drop: ['.article__related', '.article-related', '.related-news'],
};
