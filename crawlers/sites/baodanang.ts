import type { SiteProfile } from './site-profile.ts';

/** Báo Đà Nẵng (baodanang.vn), home Đà Nẵng. */
export const baodanangProfile: SiteProfile = {
  site: 'baodanang',
  hosts: ['baodanang.vn'],
  title: ['h1.title', '.detail h1', 'h1'],
  sapo: ['.sapo', '.detail .sapo', '.lead'],
  body: ['.detail-content', '#content', '.article-content', '.news-content'],
  date: ['.date', '.time'],
  author: ['.author'],
  drop: ['.related', '.news-other', '.tin-lien-quan'],
  homeProvince: 'da-nang',
};
