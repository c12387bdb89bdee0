import type { SiteProfile } from './site-profile.ts';

/** Thanh Niên (thanhnien.vn). */
export const thanhnienProfile: SiteProfile = {
  site: 'thanhnien',
  hosts: ['thanhnien.vn'],
  title: ['h1.detail-title', 'h1.details__headline', 'h1.cms-title'],
  sapo: ['h2.detail-sapo', 'div.detail-sapo', 'div.sapo', 'h2.sapo'],
  body: ['div.detail-content[data-role=\'content\']', 'div.detail-cmain', 'div#abody', 'div.cms-body'],
  date: ['div.detail-time', 'div.meta time', 'time'],
  author: ['div.author-info .name', '.detail-author .name', '.details__author .name', 'div.author'],
  drop: ['.VCSortableInPreviewMode[type=\'RelatedNewsBox\']', '.kbwscwl-relatedbox', '.details__morenews', '.related-news'],
};
