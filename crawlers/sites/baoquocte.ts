import type { SiteProfile } from './site-profile.ts';

/** Báo Thế giới & Việt Nam (baoquocte.vn, Bộ Ngoại giao). */
export const baoquocteProfile: SiteProfile = {
  site: 'baoquocte',
  hosts: ['baoquocte.vn', 'worldandvietnam.vn'],
  title: ['h1.titleDetailNews', 'h1.detail-title', 'h1.article-title', 'h1.title'],
  sapo: ['.sapo', '.detail-sapo', '.article-sapo', 'h2.desc'],
  body: ['#__MB_MASTERCMS_EL_3', 'div.contentDetail', 'div.detail-content', 'div.article-content', 'div.__MASTERCMS_CONTENT'],
  date: ['.time', '.date', '.article-date'],
  author: ['.author', '.article-author', '.detail-author'],
  drop: ['.related', '.article-related', '.box-related', '.tags'],
};
