import type { SiteProfile } from './site-profile.ts';

/** Báo Đồng Nai (baodongnai.com.vn), home Đồng Nai. */
export const baodongnaiProfile: SiteProfile = {
  site: 'baodongnai',
  hosts: ['baodongnai.com.vn'],
  title: ['h1.title', '.detail-title', 'h1'],
  sapo: ['.sapo', '.hometext', '.summary'],
  body: ['.detail-content', '.bodytext', '.content-detail', '#news-bodyhtml'],
  date: ['.date', '.time', '.hometext-date'],
  author: ['.author', '.detail-author'],
  drop: ['.related', '.news-other', '.tin-lien-quan'],
  homeProvince: 'dong-nai',
};
