import type { SiteProfile } from './site-profile.ts';

/** Lao Động (laodong.vn). */
export const laodongProfile: SiteProfile = {
  site: 'laodong',
  hosts: ['laodong.vn'],
  title: ['h1.title', 'article h1', '.detail-title h1'],
  sapo: ['div.chappeau', '.chappeau', '.sapo'],
  body: ['div.art-body', 'div.article-content', 'div.detail-content'],
  date: ['.time', '.datetime', 'time'],
  author: ['.author', '.art-author', '.author-info .name'],
  drop: ['.art-related', '.related-news', '.box-related'],
};
