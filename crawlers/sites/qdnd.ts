import type { SiteProfile } from './site-profile.ts';

/** Quân đội nhân dân (qdnd.vn). */
export const qdndProfile: SiteProfile = {
  site: 'qdnd',
  hosts: ['qdnd.vn'],
  title: ['h1.post-title', 'h1.title'],
  sapo: ['.post-summary', '.sapo'],
  body: ['div.post-content', 'div.detail-content'],
  date: ['.post-subinfo .date', '.post-date', '.date'],
  author: ['.post-author', '.author'],
  drop: ['.related-news', '.post-related', '.post-tags'],
};
