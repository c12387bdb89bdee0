import type { SiteProfile } from './site-profile.ts';

/** Công an nhân dân (cand.com.vn). */
export const candProfile: SiteProfile = {
  site: 'cand',
  hosts: ['cand.com.vn'],
  title: ['h1.box-title-detail', 'h1.detail-title', 'h1.title'],
  sapo: ['.box-des-detail', '.detail-sapo', '.sapo'],
  body: ['div.detail-content-body', 'div.box-content-detail', 'div.detail-content'],
  date: ['.box-date', '.detail-time', '.date'],
  author: ['.box-author strong', '.author', '.detail-author'],
  drop: ['.box-related', '.related-news', '.box-tags'],
};
