import type { SiteProfile } from './site-profile.ts';

/** VietnamPlus (vietnamplus.vn, TTXVN). */
export const vietnamplusProfile: SiteProfile = {
  site: 'vietnamplus',
  hosts: ['vietnamplus.vn'],
  title: ['h1.article__title', 'h1.details__headline', 'h1.cms-title'],
  sapo: ['.article__sapo', 'h2.sapo', '.details__summary', '.cms-desc'],
  body: ['div.article__body', 'div.content.article-body', 'div[itemprop=\'articleBody\']', '.details__content'],
  date: ['.article__meta time', 'time.time', '.source time', '.cms-date'],
  author: ['.article__author .name', '.author .name', '.article__author', '.cms-author', '.details__author'],
  drop: ['.article__related', '.related-news', '.box-related', '.article__tag'],
};
