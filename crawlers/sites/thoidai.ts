import type { SiteProfile } from './site-profile.ts';

/** Thời Đại (thoidai.com.vn, Liên hiệp các tổ chức hữu nghị Việt Nam). */
export const thoidaiProfile: SiteProfile = {
  site: 'thoidai',
  hosts: ['thoidai.com.vn'],
  title: ['h1.article-title', 'h1.title-detail', 'h1.title'],
  sapo: ['.article-sapo', '.sapo', '.article-desc'],
  body: ['#__MB_MASTERCMS_EL_3', 'div.article-content', 'div.__MASTERCMS_CONTENT', 'div.detail-content'],
  date: ['.article-date', '.format_time', '.date'],
  author: ['.article-author', '.author', '.detail-author'],
  drop: ['.related', '.article-related', '.tags'],
};
