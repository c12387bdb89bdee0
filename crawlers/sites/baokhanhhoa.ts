import type { SiteProfile } from './site-profile.ts';

/** Báo Khánh Hòa (baokhanhhoa.vn), home Khánh Hòa. */
export const baokhanhhoaProfile: SiteProfile = {
  site: 'baokhanhhoa',
  hosts: ['baokhanhhoa.vn'],
  title: ['h1.article__title', 'h1.title', 'h1'],
  sapo: ['.article__sapo', '.sapo'],
  body: ['.article__body', '.detail-content', '.news-content'],
  date: ['.article__meta time', '.date'],
  author: ['.article__author', '.author'],
  drop: ['.article__related', '.related'],
  homeProvince: 'khanh-hoa',
};
