import type { SiteProfile } from './site-profile.ts';

/** Người Lao Động (nld.com.vn). */
export const nldProfile: SiteProfile = {
  site: 'nld',
  hosts: ['nld.com.vn'],
  title: ['h1.detail-title', 'h1[data-role=\'title\']'],
  sapo: ['h2.detail-sapo', '.detail-sapo'],
  body: ['div.detail-content[data-role=\'content\']', 'div.detail-content'],
  date: ['div.detail-time time', 'div.detail-time', '[data-role=\'publishdate\']'],
  author: ['p.name[data-role=\'author\']', '.detail-author .name', '.author-info .name'],
  drop: ['.VCSortableInPreviewMode[type=\'RelatedNewsBox\']', '.kbwscwl-relatedbox', '.detail__related', '.box-category', '.relate-container'],
};
