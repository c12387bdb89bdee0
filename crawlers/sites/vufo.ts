import type { SiteProfile } from './site-profile.ts';

/** Liên hiệp các tổ chức hữu nghị Việt Nam (vufo.org.vn). */
export const vufoProfile: SiteProfile = {
  site: 'vufo',
  hosts: ['vufo.org.vn'],
  title: ['h1.title-detail', '.news-detail h1', '.detail-news h1', 'h1.title', 'h1'],
  sapo: ['.sapo', '.news-sapo', '.summary', '.detail-sapo'],
  body: ['.news-content', '.detail-content', '.content-detail', '.article-content'],
  date: ['.news-date', '.date', '.time'],
  author: ['.news-author', '.author'],
  drop: ['.other-news', '.related-news', '.tin-khac'],
};
