import type { SiteProfile } from './site-profile.ts';

/** Tuổi Trẻ (tuoitre.vn): current layout (detail-title, detail-sapo, detail-content) and the 2015 layout (title-2, txt-head, fck). */
export const tuoitreProfile: SiteProfile = {
  site: 'tuoitre',
  hosts: ['tuoitre.vn', 'tuoitrenews.vn'],
  title: ['h1.detail-title', 'h1.article-title', 'h1.title-2'],
  sapo: ['h2.detail-sapo', 'p.detail-sapo', 'p.txt-head', 'h2.sapo'],
  body: ['div.detail-content[data-role=\'content\']', 'div.detail-content.afcbc-body', 'div.left-side div.fck', 'div.fck'],
  date: ['div.detail-time [data-role=\'publishdate\']', 'div.detail-time', 'span.date', 'div.date-time'],
  author: ['div.author-info .name', '.detail-author .name', 'a.author', 'div.author', 'div.fck + strong', 'div.left-side > strong', 'div.fck strong:last-child'],
  drop: ['.VCSortableInPreviewMode[type=\'RelatedNewsBox\']', '.relate-container', '.kbwscwl-relatedbox', '.box-tin-lien-quan', '.tool-bar', '.fb-comments'],
};
