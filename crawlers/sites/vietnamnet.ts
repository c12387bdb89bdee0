import type { SiteProfile } from './site-profile.ts';

/** VietNamNet (vietnamnet.vn): the current layout and the 2020 one (ArticleLead, ArticleContent). */
export const vietnamnetProfile: SiteProfile = {
  site: 'vietnamnet',
  hosts: ['vietnamnet.vn'],
  title: ['h1.content-detail-title', 'h1.title', 'h1.article-title'],
  sapo: ['h2.content-detail-sapo', 'div.ArticleLead', '.sapo'],
  body: ['div.maincontent#maincontent', 'div#maincontent', 'div.maincontent', 'div#ArticleContent', 'div.ArticleContent'],
  date: ['.bread-crumb-detail__time', 'span.ArticleDate', '.ArticleDateTime', '.publish-date'],
  author: ['.article-detail-author__info .name', '.article-author .name'],
  drop: ['.inner-article', '.article-relate', '.related', '.box-taitro', '.VnnAdsPos', '.vnn-share', 'table.table-related', '.newsletter'],
};
