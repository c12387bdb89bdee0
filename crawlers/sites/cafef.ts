import type { SiteProfile } from './site-profile.ts';

/** CafeF (cafef.vn). */
export const cafefProfile: SiteProfile = {
  site: 'cafef',
  hosts: ['cafef.vn'],
  title: ['h1.title', 'h1[data-role=\'title\']'],
  sapo: ['h2.sapo', '.sapo'],
  body: ['div.detail-content.afcbc-body', 'div.detail-content', '#mainContent'],
  date: ['span.pdate', '.dateandcat .pdate'],
  author: ['p.author', '.author', '.detail-author'],
  drop: ['#listNewsInContent', '.tindnd', '.link-content-footer', '.VCSortableInPreviewMode[type=\'RelatedNewsBox\']', '.kbwscwl-relatedbox', '.relate-container'],
};
