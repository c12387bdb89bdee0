import type { SiteProfile } from './site-profile.ts';

/** Báo Quảng Ninh (baoquangninh.vn), home Quảng Ninh. */
export const baoquangninhProfile: SiteProfile = {
  site: 'baoquangninh',
  hosts: ['baoquangninh.vn'],
  title: ['h1.title', '.detail-title', 'h1'],
  sapo: ['.sapo', '.news-sapo'],
  body: ['.content-news', '.detail-content', '.news-content'],
  date: ['.date', '.time'],
  author: ['.author'],
  drop: ['.related', '.news-other'],
  homeProvince: 'quang-ninh',
};
