import type { SiteProfile } from './site-profile.ts';

/** Báo Cao Bằng (baocaobang.vn), home Cao Bằng. */
export const baocaobangProfile: SiteProfile = {
  site: 'baocaobang',
  hosts: ['baocaobang.vn'],
  title: ['h1.title', '.detail-title', 'h1'],
  sapo: ['.sapo', '.lead'],
  body: ['.detail-content', '.content-detail', '.news-content'],
  date: ['.date', '.time'],
  author: ['.author'],
  drop: ['.related', '.news-other'],
  homeProvince: 'cao-bang',
};
