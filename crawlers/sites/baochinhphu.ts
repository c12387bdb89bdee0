import type { SiteProfile } from './site-profile.ts';

/** Báo Điện tử Chính phủ (baochinhphu.vn). */
export const baochinhphuProfile: SiteProfile = {
  site: 'baochinhphu',
  hosts: ['baochinhphu.vn', 'chinhphu.vn'],
  title: ['h1.detail-title', 'h1.article-title', 'h1.title'],
  sapo: ['h2.detail-sapo', '.detail-sapo', '.sapo'],
  body: ['div.detail-content[data-role=\'content\']', 'div.detail-content', 'div.article-content'],
  date: ['.detail-time', '.date'],
  author: ['.detail-author .name', '.author-info .name', '.detail-author', '.author'],
  drop: ['.VCSortableInPreviewMode[type=\'RelatedNewsBox\']', '.kbwscwl-relatedbox', '.related-news'],
};
