import type { SiteProfile } from './site-profile.ts';

/** Nhân Dân (nhandan.vn). */
export const nhandanProfile: SiteProfile = {
  site: 'nhandan',
  hosts: ['nhandan.vn'],
  title: ['h1.article__title', 'h1.box-title-detail', 'h1.title'],
  sapo: ['div.article__sapo', '.box-des-detail', '.sapo'],
  body: ['div.article__body', 'div.detail-content-body', 'div.box-content-detail'],
  date: ['.article__meta time', 'time.time', '.box-date'],
  author: ['.article__author .name', '.article__author', '.box-author strong', '.author'],
  drop: ['.article__related', '.box-related', '.related-news', '.article__tags'],
};
