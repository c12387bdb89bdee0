import type { SiteProfile } from './site-profile.ts';

/** Báo Lâm Đồng (baolamdong.vn), home Lâm Đồng. */
export const baolamdongProfile: SiteProfile = {
  site: 'baolamdong',
  hosts: ['baolamdong.vn'],
  title: ['h1.article__title', 'h1.title', 'h1'],
  sapo: ['.article__sapo', '.sapo'],
  body: ['.article__body', '.detail-content', '.news-content'],
  date: ['.article__meta time', '.date'],
  author: ['.article__author', '.author'],
  drop: ['.article__related', '.related'],
  homeProvince: 'lam-dong',
};
