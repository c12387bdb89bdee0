import type { SiteProfile } from './site-profile.ts';

/** Tiền Phong (tienphong.vn). */
export const tienphongProfile: SiteProfile = {
  site: 'tienphong',
  hosts: ['tienphong.vn'],
  title: ['h1.article__title', 'h1.cms-title'],
  sapo: ['div.article__sapo', '.cms-desc', '.sapo'],
  body: ['div.article__body', 'div.cms-body'],
  date: ['.article__meta time', 'time.time', '.cms-date'],
  author: ['.article__author .name', '.article__author', '.cms-author'],
  drop: ['.article__related', '.related-news', '.article__tag'],
};
