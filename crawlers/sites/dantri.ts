import type { SiteProfile } from './site-profile.ts';

/** Dân trí (dantri.com.vn). */
export const dantriProfile: SiteProfile = {
  site: 'dantri',
  hosts: ['dantri.com.vn'],
  title: ['h1.title-page', 'h1.dt-news__title', 'h1.e-magazine__title'],
  sapo: ['h2.singular-sapo', 'div.singular-sapo', '.dt-news__sapo', 'h2.e-magazine__sapo'],
  body: ['div.singular-content', 'div.dt-news__content', 'div.e-magazine__body'],
  date: ['time.author-time', '.dt-news__time', '.author-time'],
  author: ['div.author-name', '.author-wrap .author-name', '.dt-news__author'],
  drop: ['.article-related', '.dt-news__related', 'article.article-item'],
};
